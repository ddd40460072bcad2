/**
 * Table → the text of dsl/directives-table.ts. Deterministic: page order throughout, no
 * dates, no environment; the same sources always give the same bytes.
 */
import type { DirectiveSpec } from "../../dsl/directive-spec.ts";
import type { Entry, Table } from "./build.ts";
import { vocabularies } from "./overrides.ts";
import { configFiles, groups, unitSections, type GroupName } from "./sources.ts";

export interface EmitInput {
  readonly table: Table;
  /** "252 (252.39-1~deb12u2)" */
  readonly version: string;
  /** the source of the directives newer than 252: "262 (Debian 262.1-1, sid)" */
  readonly newerVersion: string;
  /** scope.name → description */
  readonly docs: ReadonlyMap<string, string>;
}

const GROUP_CONST: Record<GroupName, string> = { exec: "execDirectives", kill: "killDirectives", resourceControl: "resourceControlDirectives" };
const IRREGULAR = " Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line.";

const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

function value(v: unknown): string {
  if (Array.isArray(v)) {
    for (const [name, vocab] of Object.entries(vocabularies)) if (same(v, vocab)) return name;
    return `[${v.map(value).join(", ")}]`;
  }
  return JSON.stringify(v);
}

export function specText(spec: DirectiveSpec): string {
  return `{ ${Object.entries(spec).map(([k, v]) => `${k}: ${value(v)}`).join(", ")} }`;
}

/** A description fit for a one-line JSDoc: no comment terminator, no line break. */
const jsdoc = (text: string): string => text.replace(/\*\//g, "*\\/").replace(/\s+/g, " ").trim();

/** A directive's one-line JSDoc: "systemd 259+: " first when it is newer than 252. */
const describe = (e: Entry, docs: ReadonlyMap<string, string>): string =>
  jsdoc(`${e.since ? `systemd ${e.since}+: ` : ""}${docs.get(`${e.scope}.${e.name}`) ?? "TODO"}${e.irregular ? IRREGULAR : ""}`);

/** The table entry: its spec, with `since` last when the directive is newer than 252. */
const entryText = (e: Entry): string => specText(e.since ? ({ ...e.spec, since: e.since } as DirectiveSpec) : e.spec);

function entries(list: readonly Entry[], docs: ReadonlyMap<string, string>, indent: string): string[] {
  return list.flatMap((e) => [`${indent}/** ${describe(e, docs)} */`, `${indent}${key(e.name)}: ${entryText(e)},`]);
}

export function emit({ table, version, newerVersion, docs }: EmitInput): string {
  const out: string[] = [];
  const usedVocab = new Set<string>();
  const collect = (e: Entry): void => {
    if (e.spec.kind === "enum" || e.spec.kind === "string") {
      const values = (e.spec as { values?: readonly unknown[] }).values;
      if (values) for (const [name, vocab] of Object.entries(vocabularies)) if (same(values, vocab)) usedVocab.add(name);
    }
    if (e.spec.kind === "enum" && e.spec.prefixed) for (const [name, vocab] of Object.entries(vocabularies)) if (same(e.spec.prefixed, vocab)) usedVocab.add(name);
  };
  for (const es of table.groups.values()) es.forEach(collect);
  for (const s of table.unitSections.values()) s.own.forEach(collect);
  for (const f of table.configFiles.values()) for (const es of f.sections.values()) es.forEach(collect);

  out.push(
    "// GENERATED FILE: do not edit. Regenerate with `npm run gen:directives` (scripts/gen-directives/).",
    "/**",
    ` * Every directive hearth knows, for systemd ${version} as Debian 12 ships it: section → directive`,
    " * → value spec (dsl/directive-spec.ts), with a one-line description in hearth's own words.",
    " *",
    " * Sources: the man pages Debian installs (systemd.unit(5), systemd.service(5), systemd.socket(5),",
    " * systemd.timer(5), systemd.path(5), systemd.mount(5), systemd.automount(5), systemd.swap(5),",
    " * systemd.slice(5), systemd.exec(5), systemd.kill(5), systemd.resource-control(5),",
    " * systemd.network(5), systemd.netdev(5), systemd.link(5), systemd.nspawn(5), resolved.conf(5)),",
    " * cross-checked against `systemd --dump-configuration-items`, the key tables compiled into",
    " * systemd-networkd, udevadm, systemd-nspawn and systemd-resolved, and systemd.directives(7).",
    " * Old spellings and deprecated settings systemd still parses are left out.",
    " *",
    ` * Directives added after 252 come from the same pages and programs of systemd ${newerVersion},`,
    " * each with `since`: the version that introduced it, as its page says (\"Added in version NNN.\"),",
    " * or as scripts/gen-directives/merge.ts derives it where a page dates an entry by an older name.",
    " * A directive without `since` is in systemd 252, the floor hearth targets.",
    " */",
    'import type { DirectiveSpec } from "./directive-spec.ts";',
    "",
    'export type { DirectiveSpec, DirectiveKind } from "./directive-spec.ts";',
    'export { specifierChars } from "./directive-spec.ts";',
    "",
  );
  for (const name of Object.keys(vocabularies))
    if (usedVocab.has(name)) out.push(`const ${name} = ${JSON.stringify(vocabularies[name as keyof typeof vocabularies]).replace(/,/g, ", ")} as const;`);
  out.push("");

  const pageOf = (page: string): string => `${page.slice(0, page.lastIndexOf("."))}(${page.slice(page.lastIndexOf(".") + 1)})`;
  for (const [name, list] of table.groups) {
    out.push(`/** Directives shared by the unit types that run processes (${pageOf(groups[name].page)}). */`);
    out.push(`export const ${GROUP_CONST[name]} = {`, ...entries(list, docs, "  "), "} as const satisfies Record<string, DirectiveSpec>;", "");
  }
  out.push("/** The sections of unit files, [Unit] first and [Install] last, in the order they are rendered. */", "export const sections = {");
  for (const s of unitSections) {
    const t = table.unitSections.get(s.section);
    if (!t) continue;
    out.push(`  /** [${s.section}] (${pageOf(s.page)}${s.groups.map((g) => `, ${pageOf(groups[g].page)}`).join("")}) */`, `  ${key(s.section)}: {`);
    out.push(...entries(t.own, docs, "    "));
    for (const g of t.groups) out.push(`    ...${GROUP_CONST[g]},`);
    out.push("  },");
  }
  out.push("} as const satisfies Record<string, Record<string, DirectiveSpec>>;", "");

  out.push("/** The sections each unit type may contain, [Unit] first and [Install] last. */", "export const unitTypes = {");
  for (const [type, secs] of Object.entries(table.unitTypes)) out.push(`  ${type}: [${secs.map((s) => JSON.stringify(s)).join(", ")}],`);
  out.push("} as const satisfies Record<string, readonly (keyof typeof sections)[]>;", "");

  for (const [type, f] of table.configFiles) {
    const source = configFiles[type];
    out.push(`/** The sections of a ${source?.about ?? type}. */`, `export const ${type}Sections = {`);
    for (const [section, list] of f.sections) out.push(`  ${key(section)}: {`, ...entries(list, docs, "    "), "  },");
    out.push("} as const satisfies Record<string, Record<string, DirectiveSpec>>;", "");
  }
  out.push(
    "/**",
    " * Configuration files other than units: their sections, and the sections that may appear",
    " * several times in one file (one [Address] or [Route] block per address or route).",
    " */",
    "export const configFileTypes = {",
  );
  for (const [type, f] of table.configFiles)
    out.push(`  ${type}: { sections: ${type}Sections, repeatable: [${f.repeatable.map((s) => JSON.stringify(s)).join(", ")}] },`);
  out.push("} as const;", "");
  return out.join("\n");
}

/** "SR-IOV" → "SRIOV", "network" → "Network": a piece of a TypeScript type name. */
const pascal = (s: string): string => s.replace(/[^A-Za-z0-9]/g, "").replace(/^./, (c) => c.toUpperCase());

/** The interface name of a section's directives, e.g. "ServiceDirectives", "NetworkRouteDirectives". */
export const interfaceName = (file: string | undefined, section: string): string => `${file ? pascal(file) : ""}${pascal(section)}Directives`;

/**
 * The text of dsl/directive-types.ts: one interface per section with one JSDoc'd property per
 * directive. TypeScript 7's editor hover does not carry JSDoc through mapped types, so the
 * types editors show are spelled out here, each property's type computed from its table entry.
 */
export function emitTypes({ table, docs }: EmitInput): string {
  const out: string[] = [
    "// GENERATED FILE: do not edit. Regenerate with `npm run gen:directives` (scripts/gen-directives/).",
    "/**",
    " * One interface per section, one property per directive, each with its description: what an",
    " * editor shows on hover in site.ts. Type-only; dsl/directives.ts builds the section types on it.",
    " */",
    `import type { ${[...Object.values(GROUP_CONST), "sections", ...[...table.configFiles.keys()].map((t) => `${t}Sections`)].join(", ")} } from "./directives-table.ts";`,
    'import type { ValueOf } from "./directives.ts";',
    "",
  ];
  const prop = (e: Entry, source: string): string[] => [
    `  /** ${describe(e, docs)} */`,
    `  readonly ${key(e.name)}?: ValueOf<${source}[${JSON.stringify(e.name)}]>;`,
  ];
  for (const [name, list] of table.groups) {
    out.push(`/** Directives of ${groups[name].page.replace(/\.(\d)$/, "($1)")}. */`, `export interface ${pascal(GROUP_CONST[name])} {`);
    for (const e of list) out.push(...prop(e, `(typeof ${GROUP_CONST[name]})`));
    out.push("}", "");
  }
  const unitNames: string[] = [];
  for (const s of unitSections) {
    const t = table.unitSections.get(s.section);
    if (!t) continue;
    const own = new Set(t.own.map((e) => e.name));
    for (const g of t.groups) for (const e of table.groups.get(g) ?? []) if (own.has(e.name)) throw new Error(`[${s.section}] ${e.name}= is both its own and in ${g}`);
    const ext = t.groups.map((g) => pascal(GROUP_CONST[g]));
    out.push(`/** [${s.section}] */`, `export interface ${interfaceName(undefined, s.section)}${ext.length ? ` extends ${ext.join(", ")}` : ""} {`);
    for (const e of t.own) out.push(...prop(e, `(typeof sections)[${JSON.stringify(s.section)}]`));
    out.push("}", "");
    unitNames.push(s.section);
  }
  out.push("/** Unit file section → the interface of its directives. */", "export interface UnitSectionDirectives {");
  for (const s of unitNames) out.push(`  readonly ${key(s)}: ${interfaceName(undefined, s)};`);
  out.push("}", "");
  for (const [type, f] of table.configFiles) {
    for (const [section, list] of f.sections) {
      out.push(`/** [${section}] of ${configFiles[type]?.about ?? type} */`, `export interface ${interfaceName(type, section)} {`);
      for (const e of list) out.push(...prop(e, `(typeof ${type}Sections)[${JSON.stringify(section)}]`));
      out.push("}", "");
    }
  }
  out.push("/** Configuration file type → section → the interface of its directives. */", "export interface ConfigSectionDirectives {");
  for (const [type, f] of table.configFiles) {
    out.push(`  readonly ${type}: {`);
    for (const section of f.sections.keys()) out.push(`    readonly ${key(section)}: ${interfaceName(type, section)};`);
    out.push("  };");
  }
  out.push("}", "");
  return out.join("\n");
}
