/**
 * npm run gen:directives — regenerates dsl/directives-table.ts from systemd 252's man pages
 * and programs on this (Debian 12) machine, adds the directives of a newer systemd (newer.ts)
 * marked with the version that introduced them, and prints where the sources disagree.
 *
 *   --offline   never fetch: read what is installed and what ~/.cache/hearth holds (fail instead)
 *   --check     write nothing; exit 1 if the committed table differs from a fresh one
 *   --report    print the full disagreement report (default: a count per kind)
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, parseDirectivesIndex, parseDump } from "./build.ts";
import { readDocs } from "./docs.ts";
import { emit, emitTypes } from "./emit.ts";
import { gather } from "./gather.ts";
import { readPage, systemdPackageVersion } from "./man.ts";
import { addNewer } from "./merge.ts";
import { overrides } from "./overrides.ts";
import { repeatableSections } from "./sources.ts";
import { NEWER, newerSource, newerUnitKeys, newsDating, upstreamMajor } from "./newer.ts";

const root = join(import.meta.dirname, "..", "..");
const target = join(root, "dsl", "directives-table.ts");
const fixture = join(root, "test", "types", "every-directive.fixture.ts");
const typesTarget = join(root, "dsl", "directive-types.ts");
const args = new Set(process.argv.slice(2));

/** Generates the table text and the report; throws if a source is missing. */
export function generate({ fetch }: { fetch: boolean }): {
  text: string;
  types: string;
  report: string[];
  /** the newer systemd's own disagreements, for --report only */
  newerReport: string[];
  /** where directives newer than 252 were added, and how many */
  counts: ReadonlyMap<string, number>;
  missingDocs: string[];
} {
  const model = gather({ fetch });
  const dump = parseDump(execFileSync("/lib/systemd/systemd", ["--dump-configuration-items"], { encoding: "utf8" }));
  const index = parseDirectivesIndex(readPage("systemd.directives.7", { fetch: false }));
  const floor = build(model, dump, index);
  const report = floor.report;
  // The newer systemd: its pages date every directive; its key tables confirm what it parses.
  const source = newerSource();
  const newerModel = gather({ fetch, source });
  const newer = build(newerModel, newerUnitKeys(source, { fetch }), parseDirectivesIndex(source.readPage("systemd.directives.7", { fetch })));
  const floorVersion = upstreamMajor(systemdPackageVersion());
  const floorSpelling = (file: string, section: string, name: string): string | undefined => {
    const keys = file === "unit"
      ? [...(dump.get(section)?.keys() ?? [])].map((k) => `${section}.${k}`)
      : [...(model.programKeys.get(file) ?? new Map<string, ReadonlySet<string>>())].flatMap(([s, ks]) => [...ks].map((k) => `${s}.${k}`));
    // a key may only be visible as the tail of a longer one, as build.ts explains
    const tail = `${section}.${name}`.toLowerCase();
    const found = keys.filter((k) => k.toLowerCase().endsWith(tail)).map((k) => k.slice(k.length - name.length));
    return found.includes(name) ? name : found.sort()[0];
  };
  const dating = { floor: floorVersion, newer: upstreamMajor(source.version), floorSpelling, news: newsDating(source, floorVersion, { fetch }) };
  const { table, counts } = addNewer(floor.table, newer.table, dating, report.lines);
  for (const key of Object.keys(overrides)) if (!floor.used.has(key) && !newer.used.has(key)) report.lines.push(`override for an undocumented directive ignored: ${key}`);
  for (const [type, sections] of Object.entries(repeatableSections))
    for (const s of sections) if (!table.configFiles.get(type)?.sections.has(s)) report.lines.push(`repeatable section [${s}] is not a section of ${type} files`);
  const docs = readDocs();
  const missingDocs: string[] = [];
  const known = new Set<string>();
  // "[network.*]" holds descriptions shared by every section of a file type (Parent=, Handle=, …).
  const shared = (scope: string, name: string): string => `${scope.slice(0, scope.indexOf(".") + 1)}*.${name}`;
  const need = (scope: string, name: string): void => {
    known.add(`${scope}.${name}`);
    if (!docs.has(`${scope}.${name}`) && scope.includes(".") && docs.has(shared(scope, name))) {
      known.add(shared(scope, name));
      docs.set(`${scope}.${name}`, docs.get(shared(scope, name)) ?? "");
    }
    if (!docs.has(`${scope}.${name}`)) missingDocs.push(`${scope}.${name}`);
  };
  for (const [g, es] of table.groups) for (const e of es) need(g, e.name);
  for (const [, s] of table.unitSections) for (const e of s.own) need(e.scope, e.name);
  for (const [, f] of table.configFiles) for (const [, es] of f.sections) for (const e of es) need(e.scope, e.name);
  for (const k of docs.keys()) if (!known.has(k)) report.lines.push(`description for an unknown directive: ${k}`);
  const version = `${execFileSync("/lib/systemd/systemd", ["--version"], { encoding: "utf8" }).split(" ")[1]} (Debian ${systemdPackageVersion()})`;
  const newerVersion = `${upstreamMajor(source.version)} (Debian ${source.version}, ${NEWER.suite})`;
  return {
    text: emit({ table, version, newerVersion, docs }),
    types: emitTypes({ table, version, newerVersion, docs }),
    report: report.lines,
    newerReport: newer.report.lines,
    counts,
    missingDocs: [...new Set(missingDocs)],
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { text, types, report, newerReport, counts, missingDocs } = generate({ fetch: !args.has("--offline") });
  const newerTotal = [...counts.values()].reduce((a, b) => a + b, 0);
  if (args.has("--report")) {
    for (const line of report) console.log(line);
    console.log(`\ndirectives newer than systemd 252, by section (${newerTotal}):`);
    for (const [where, n] of counts) console.log(`${String(n).padStart(4)}  ${where}`);
    console.log(`\nthe newer systemd's own pages against its own programs:`);
    for (const line of newerReport) console.log(line);
  } else {
    const kinds = new Map<string, number>();
    for (const line of report) {
      const kind = line.replace(/[:(].*$/, "").replace(/\[[^\]]*\]|\S+=|\b(network|netdev|link|nspawn|resolved)\b/g, "").replace(/\s+/g, " ").trim();
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    for (const [k, n] of kinds) console.log(`${String(n).padStart(4)}  ${k}`);
    console.log(`${String(newerTotal).padStart(4)}  directives newer than systemd 252, marked since`);
    console.log("(--report prints every line)");
  }
  if (missingDocs.length) {
    console.error(`hearth: ${missingDocs.length} directives have no description in scripts/gen-directives/docs/: ${missingDocs.slice(0, 20).join(" ")}${missingDocs.length > 20 ? " …" : ""}`);
    if (!args.has("--allow-missing-docs")) process.exit(1);
  }
  if (args.has("--check")) {
    const same = readFileSync(target, "utf8") === text && readFileSync(typesTarget, "utf8") === types;
    console.log(same ? "dsl/directives-table.ts and dsl/directive-types.ts are up to date" : "dsl/directives-table.ts or dsl/directive-types.ts differs from a fresh generation: run npm run gen:directives");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  writeFileSync(typesTarget, types);
  console.log(`wrote dsl/directives-table.ts (${text.length} bytes) and dsl/directive-types.ts (${types.length} bytes)`);
  // The fixture is made from the table just written, so load it in a fresh process.
  writeFileSync(fixture, execFileSync(process.execPath, ["--import", "tsx", "-e", `import { fixtureText } from ${JSON.stringify(join(import.meta.dirname, "fixtures.ts"))}; process.stdout.write(fixtureText());`], { encoding: "utf8", maxBuffer: 1 << 26 }));
  console.log("wrote test/types/every-directive.fixture.ts");
}
