// site.facts.json: gathered facts, merged per machine, written deterministically
// (sorted keys, no timestamps) so the file diffs well when committed.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { factsPath, type FactsFile, type GatheredFacts } from "../../compiler/facts.ts";

const sortedObject = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]!]));

/** Adds or replaces the given machines' facts, keeping the others'; returns the file's path. */
export function storeFacts(siteDir: string, gathered: Readonly<Record<string, GatheredFacts>>): string {
  const path = factsPath(siteDir);
  const previous = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Partial<FactsFile>) : {};
  const machines = { ...(previous.hearth === 1 ? previous.machines : {}), ...gathered };
  const file: FactsFile = { hearth: 1, machines: sortedObject(Object.fromEntries(Object.entries(machines).map(([m, f]) => [m, sortedObject(f as unknown as Record<string, unknown>) as unknown as GatheredFacts]))) };
  writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return path;
}
