// site.facts.json: gathered facts, merged per machine, written deterministically
// (sorted keys, no timestamps) so the file diffs well when committed.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { factsPath, type FactsFile, type GatheredFacts } from "../../compiler/facts.ts";

const sortedObject = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]!]));

/**
 * A machine's new facts, keeping the WireGuard key recorded before when this gathering
 * brought none: the key lives in /var/lib on the machine, which hearth never deletes,
 * and a gathering that could not read it (no wg, no sudo) is no sign that it is gone.
 */
function merge(previous: GatheredFacts | undefined, gathered: GatheredFacts): GatheredFacts {
  const kept = previous?.wireguardPublicKey;
  return gathered.wireguardPublicKey === undefined && kept !== undefined ? { ...gathered, wireguardPublicKey: kept } : gathered;
}

/** Adds or replaces the given machines' facts, keeping the others'; returns the file's path. */
export function storeFacts(siteDir: string, gathered: Readonly<Record<string, GatheredFacts>>): string {
  const path = factsPath(siteDir);
  const previous = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Partial<FactsFile>) : {};
  const before: FactsFile["machines"] = previous.hearth === 1 && previous.machines ? previous.machines : {};
  const machines = { ...before, ...Object.fromEntries(Object.entries(gathered).map(([m, f]) => [m, merge(before[m], f)])) };
  const file: FactsFile = { hearth: 1, machines: sortedObject(Object.fromEntries(Object.entries(machines).map(([m, f]) => [m, sortedObject(f as unknown as Record<string, unknown>) as unknown as GatheredFacts]))) };
  writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return path;
}
