/**
 * Model → table: every documented directive with its spec and description, cross-checked
 * against what the programs themselves parse (`systemd --dump-configuration-items`, the key
 * tables compiled into systemd-networkd, udevadm, systemd-nspawn, systemd-resolved) and
 * against systemd.directives(7). Every disagreement goes into the report.
 */
import type { DirectiveSpec } from "../../dsl/directive-spec.ts";
import type { Documented, Model } from "./gather.ts";
import { accumulates, guess } from "./infer.ts";
import { addedIn } from "./newer.ts";
import { overrides, vocabularies } from "./overrides.ts";
import { configFiles, groups, repeatableSections, unitSections, unitTypes, type GroupName } from "./sources.ts";

export interface Entry {
  readonly name: string;
  readonly spec: DirectiveSpec;
  /** typed as text because nothing more precise is known */
  readonly irregular: boolean;
  /** where its description comes from in docs/: "Unit", "exec", "network.Route", … */
  readonly scope: string;
  /** the version its page says added it ("Added in version NNN."; pages before systemd 254 never say) */
  readonly added?: number;
  /** set on directives newer than the floor (systemd 252): the version that added them (merge.ts) */
  readonly since?: number;
}

export interface Table {
  readonly unitSections: ReadonlyMap<string, { readonly own: readonly Entry[]; readonly groups: readonly GroupName[] }>;
  readonly groups: ReadonlyMap<GroupName, readonly Entry[]>;
  readonly unitTypes: Readonly<Record<string, readonly string[]>>;
  readonly configFiles: ReadonlyMap<string, { readonly sections: ReadonlyMap<string, readonly Entry[]>; readonly repeatable: readonly string[] }>;
}

export interface Report {
  readonly lines: string[];
}

/** `systemd --dump-configuration-items`: section → directive → value hint. */
export function parseDump(dump: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of dump.split("\n")) {
    const header = /^\[(\w+)\]$/.exec(line);
    if (header?.[1]) out.set(header[1], (current = new Map()));
    else if (current && line.includes("=")) current.set(line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1));
  }
  return out;
}

/** systemd.directives(7): directive name → the pages it names, e.g. "systemd.exec(5)". */
export function parseDirectivesIndex(roffText: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let name: string | undefined;
  for (const line of roffText.split("\n")) {
    const head = /^\\fI([A-Za-z0-9]+)=\\fR$/.exec(line);
    if (head?.[1]) {
      name = head[1];
      continue;
    }
    if (line === ".RE") name = undefined;
    if (!name) continue;
    for (const m of line.matchAll(/\\fB([a-z.\\-]+)\\fR\((\d)\)/g)) {
      const pages = out.get(name) ?? new Set<string>();
      pages.add(`${(m[1] ?? "").replace(/\\-/g, "-")}(${m[2]})`);
      out.set(name, pages);
    }
  }
  return out;
}

const pageRef = (page: string): string => `${page.slice(0, page.lastIndexOf("."))}(${page.slice(page.lastIndexOf(".") + 1)})`;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A value is "named" by its page when it appears as a token of the text. */
const pageNames = (text: string, value: string): boolean =>
  new RegExp(`(^|[^\\w-])${escapeRe(value)}($|[^\\w-])`).test(text);

/**
 * `used`: the override keys that named a directive of these pages; main.ts reports those that
 * name one of neither systemd.
 */
export function build(model: Model, dump: Map<string, Map<string, string>>, index: Map<string, Set<string>>): { table: Table; report: Report; used: ReadonlySet<string> } {
  const report: string[] = [];
  const used = new Set<string>();

  const entry = (scope: string, d: Documented, hint: string | undefined, inherited?: DirectiveSpec): Entry => {
    const key = `${scope}.${d.name}`;
    const override = overrides[key];
    if (override) used.add(key);
    let g = guess(d.text, hint);
    // systemd names time settings "…Sec" (nanosecond ones "…NSec", left as they are).
    if (g.irregular && /[a-z]Sec$/.test(d.name) && !/NSec$/.test(d.name)) g = { spec: { kind: "timespan" }, irregular: false, from: "name ends in Sec" };
    let spec = override ?? inherited ?? g.spec;
    // A list the page says accumulates is one line per item; a text guess becomes a list.
    if (!override && !inherited && accumulates(d.text)) {
      if (spec.kind === "string") spec = { kind: "list" };
      else if ((spec.kind === "address" || spec.kind === "mac" || spec.kind === "int" || spec.kind === "enum") && !spec.repeat) spec = { ...spec, repeat: true };
    }
    if (spec.kind === "enum") {
      // Signal names are signal(7)'s; "the same values as X=" sends the reader to X's entry.
      const texts = [`${d.head}\n${d.text}`, ...(/same values as/.test(d.text) ? [model.pageTexts.get(d.page) ?? ""] : []), model.pageTexts.get(d.page) ?? "", ...[...model.pageTexts.values()]];
      const missing = spec.values.filter(
        (v): v is string => typeof v === "string" && !v.endsWith(":") && !(vocabularies.signals as readonly string[]).includes(v) && !texts.some((t) => pageNames(t, v)),
      );
      const elsewhere = spec.values.filter((v): v is string => typeof v === "string" && !missing.includes(v) && !(vocabularies.signals as readonly string[]).includes(v) && !pageNames(`${d.head}\n${d.text}`, v));
      if (missing.length) report.push(`enum values that no page names: ${key} ${missing.map((v) => `"${v}"`).join(" ")}`);
      if (elsewhere.length > 3) report.push(`enum values named elsewhere than ${key}'s own entry (checked against the whole page): ${elsewhere.length}`);
    }
    const added = addedIn(d.text);
    return { name: d.name, spec, irregular: !override && !inherited && g.irregular, scope, ...(added !== undefined ? { added } : {}) };
  };

  // ---- unit file sections and the shared groups
  const groupEntries = new Map<GroupName, Entry[]>();
  for (const name of Object.keys(groups) as GroupName[])
    groupEntries.set(name, (model.groups.get(name) ?? []).map((d) => entry(name, d, dump.get("Service")?.get(d.name))));
  const unit = new Map<string, { own: Entry[]; groups: readonly GroupName[] }>();
  for (const s of unitSections) {
    const own = (model.unitSections.get(s.section) ?? []).map((d) => entry(s.section, d, dump.get(s.section)?.get(d.name)));
    unit.set(s.section, { own, groups: s.groups });
    // Cross-check against what systemd parses.
    const parsed = dump.get(s.section);
    if (!parsed) {
      report.push(`systemd --dump-configuration-items has no [${s.section}] section`);
      continue;
    }
    const documented = new Set([...own.map((e) => e.name), ...s.groups.flatMap((g) => (groupEntries.get(g) ?? []).map((e) => e.name))]);
    const notParsed = [...documented].filter((n) => !parsed.has(n));
    const notDocumented = [...parsed.keys()].filter((n) => !documented.has(n));
    if (notParsed.length) report.push(`[${s.section}] documented by the man pages but not parsed by systemd (left in): ${notParsed.join(" ")}`);
    if (notDocumented.length) report.push(`[${s.section}] parsed by systemd but not documented (left out: old spellings and deprecated settings): ${notDocumented.join(" ")}`);
  }

  // ---- other file types
  const files = new Map<string, { sections: Map<string, Entry[]>; repeatable: string[] }>();
  for (const [type, f] of Object.entries(configFiles)) {
    const sections = new Map<string, Entry[]>();
    const programKeys = model.programKeys.get(type) ?? new Map();
    const allProgramKeys = [...programKeys].flatMap(([s, keys]) => [...keys].map((k: string) => `${s}.${k}`));
    const docs = model.configFiles.get(type) ?? new Map();
    for (const [section, documented] of docs) {
      const list: Entry[] = [];
      const keys: ReadonlySet<string> = programKeys.get(section) ?? new Set();
      for (const d of documented as readonly Documented[]) {
        let name = d.name;
        // The linker shares a string's storage with the tail of a longer one ("PIE.Parent" in
        // "FlowQueuePIE.Parent"), so a key may only be visible as a suffix.
        const known = keys.has(name) || allProgramKeys.some((k) => k.endsWith(`${section}.${name}`));
        if (!known) {
          const spelled = [...keys].find((k) => k.toLowerCase() === name.toLowerCase());
          if (spelled) {
            report.push(`${type} [${section}] ${name}= is spelled ${spelled}= by ${f.program} (the program's spelling is used)`);
            name = spelled;
          } else {
            report.push(`${type} [${section}] ${name}= is documented in ${pageRef(f.page)} but ${f.program} does not parse it (left out)`);
            continue;
          }
        }
        const inheritFrom = /^(?:As in|Same as|As) (?:the )?\[([A-Za-z0-9-]+)\] section\b/.exec(d.text)?.[1];
        const inherited = inheritFrom ? sections.get(inheritFrom)?.find((e) => e.name === name)?.spec : undefined;
        list.push(entry(`${type}.${section}`, { ...d, name }, undefined, inherited));
      }
      sections.set(section, list);
    }
    for (const [section, other] of model.sameAs.get(type) ?? new Map()) {
      const copy = (sections.get(other) ?? []).map((e) => ({ ...e, scope: `${type}.${section}` }));
      sections.set(section, copy);
      report.push(`${type} [${section}] is documented as "the same keys as [${other}]": ${copy.length} directives copied`);
    }
    for (const [section, keys] of programKeys) {
      if (docs.has(section)) continue;
      const ours = type === "network" || type === "netdev";
      if (!ours) report.push(`${type}: ${f.program} parses a section [${section}] that ${pageRef(f.page)} does not document (left out)`);
      void keys;
    }
    // (main.ts reports the names that are a section of neither systemd)
    const repeatable = (repeatableSections[type] ?? []).filter((s) => sections.has(s));
    for (const [section] of sections) {
      const intro = model.intros.get(type)?.get(section) ?? "";
      if (/Specify several \[|specified multiple times|may be specified more than once/.test(intro) && !repeatable.includes(section))
        report.push(`${type} [${section}]: its page says it may appear several times, but it is not in repeatableSections`);
    }
    files.set(type, { sections, repeatable });
  }

  // ---- systemd.directives(7) agrees on where each directive is documented
  const pageOf = (d: Documented): string => pageRef(d.page);
  const check = (name: string, page: string, where: string): void => {
    const pages = index.get(name);
    if (!pages?.has(page)) report.push(`systemd.directives(7) does not list ${name}= under ${page} (${where})`);
  };
  for (const [section, ds] of model.unitSections) for (const d of ds) check(d.name, pageOf(d), `[${section}]`);
  for (const [g, ds] of model.groups) for (const d of ds) check(d.name, pageOf(d), g);
  for (const [type, secs] of model.configFiles) for (const [s, ds] of secs) for (const d of ds) check(d.name, pageOf(d), `${type} [${s}]`);
  const ourPages = new Set([
    ...unitSections.map((s) => pageRef(s.page)), ...Object.values(groups).map((g) => pageRef(g.page)), ...Object.values(configFiles).map((f) => pageRef(f.page)),
  ]);
  const documentedNames = new Set<string>();
  for (const ds of [...model.unitSections.values(), ...model.groups.values()]) for (const d of ds) documentedNames.add(`${d.name}@${pageOf(d)}`);
  for (const secs of model.configFiles.values()) for (const ds of secs.values()) for (const d of ds) documentedNames.add(`${d.name}@${pageOf(d)}`);
  for (const [name, pages] of index)
    for (const page of pages)
      if (ourPages.has(page) && !documentedNames.has(`${name}@${page}`) && /^[A-Z]/.test(name))
        report.push(`systemd.directives(7) lists ${name}= under ${page}, but no section of that page documents it as a directive`);

  return {
    table: { unitSections: unit, groups: groupEntries, unitTypes, configFiles: files },
    report: { lines: report },
    used,
  };
}
