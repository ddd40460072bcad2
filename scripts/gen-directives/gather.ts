/**
 * Reads the pages into one model: per file type, its sections in page order, each with its
 * directives in page order and the text that documents them.
 */
import { parseMan, plain, type ManEntry, type ManPage } from "./roff.ts";
import { installed, type Source } from "./man.ts";
import { bySection as keysBySection, programKeys } from "./keys.ts";
import { configFiles, groups, unitSections, type GroupName } from "./sources.ts";

export interface Documented {
  readonly name: string;
  readonly page: string;
  /** the entry's text; several names documented together share it */
  readonly text: string;
  /** the entry's first line, e.g. "ManagedOOMSwap=auto|kill, ManagedOOMMemoryPressure=auto|kill" */
  readonly head: string;
  /** every name of the same entry, e.g. Before= and After= */
  readonly siblings: readonly string[];
}

export interface Model {
  /** unit file section → its own directives (not the shared groups) */
  readonly unitSections: ReadonlyMap<string, readonly Documented[]>;
  readonly groups: ReadonlyMap<GroupName, readonly Documented[]>;
  /** config file type → section → directives */
  readonly configFiles: ReadonlyMap<string, ReadonlyMap<string, readonly Documented[]>>;
  /** config file type → section → the section's intro text */
  readonly intros: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** config file type → section → keys compiled into the program that parses it */
  readonly programKeys: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
  /** plain text of every page read, by page name ("systemd.exec.5") */
  readonly pageTexts: ReadonlyMap<string, string>;
  /** sections documented only as "the same keys as [Other]": section → other */
  readonly sameAs: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const DIRECTIVE = /^[A-Z][A-Za-z0-9]*$/;
/** Pages read only to find enum values that a directive's own page leaves to them. */
const VALUE_PAGES = ["systemd-nspawn.1"];

function documented(page: string, entries: readonly ManEntry[]): Documented[] {
  const out: Documented[] = [];
  const seen = new Set<string>();
  for (const e of entries)
    for (const name of e.names)
      if (DIRECTIVE.test(name) && !seen.has(name)) {
        seen.add(name);
        out.push({ name, page, text: e.text, head: e.head, siblings: e.names });
      }
  return out;
}

/**
 * "[DHCPV4] SECTION OPTIONS" → "DHCPv4": the program's own spelling (sections are matched
 * case-sensitively), else the page's most frequent spelling outside headings.
 */
function sectionSpelling(source: string, upper: string, programSections: Iterable<string>): string {
  for (const s of programSections) if (s.toUpperCase() === upper) return s;
  const counts = new Map<string, number>();
  for (const m of source.split("\n").filter((l) => !l.startsWith(".SH")).join("\n").matchAll(/\[([A-Za-z0-9-]+)\]/g)) {
    const name = (m[1] ?? "").replace(/\\-/g, "-");
    if (name.toUpperCase() === upper) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) throw new Error(`no spelling of section [${upper}] found in its page`);
  return best[0];
}

/** Reads one systemd's pages (by default the installed one's). */
export function gather({ fetch, source = installed }: { fetch: boolean; source?: Source }): Model {
  const pages = new Map<string, { source: string; man: ManPage }>();
  const page = (name: string): { source: string; man: ManPage } => {
    let p = pages.get(name);
    if (!p) {
      const roff = source.readPage(name, { fetch });
      p = { source: roff.replace(/\\-/g, "-"), man: parseMan(roff) };
      pages.set(name, p);
    }
    return p;
  };

  const unit = new Map<string, readonly Documented[]>();
  for (const s of unitSections)
    unit.set(s.section, documented(s.page, page(s.page).man.entries.filter((e) => e.heading === s.heading)));

  const grouped = new Map<GroupName, readonly Documented[]>();
  for (const [name, g] of Object.entries(groups) as [GroupName, (typeof groups)[GroupName]][]) {
    const entries = page(g.page).man.entries.filter((e) => g.headings === "*" || (g.headings as readonly string[]).includes(e.heading));
    grouped.set(name, documented(g.page, entries));
  }

  const files = new Map<string, Map<string, readonly Documented[]>>();
  const intros = new Map<string, Map<string, string>>();
  const keysOf = new Map<string, Map<string, Set<string>>>();
  const sameAs = new Map<string, Map<string, string>>();
  for (const [type, f] of Object.entries(configFiles)) {
    const { source: text, man } = page(f.page);
    const keys = keysBySection(programKeys(source.readProgram(f.program, { fetch })));
    keysOf.set(type, keys);
    const same = new Map<string, string>();
    sameAs.set(type, same);
    const bySection = new Map<string, Documented[]>();
    const introBySection = new Map<string, string>();
    if (f.single) {
      bySection.set(f.single.section, documented(f.page, man.entries.filter((e) => e.heading === f.single?.heading)));
      introBySection.set(f.single.section, man.intros.get(f.single.heading) ?? "");
    } else {
      const headings = [...man.intros.keys()].filter((h) => /^\[.*\] SECTION OPTIONS$/.test(h));
      for (const h of headings) {
        const section = sectionSpelling(text, h.slice(1, h.indexOf("]")), keys.keys());
        const intro = man.intros.get(h) ?? "";
        bySection.set(section, documented(f.page, man.entries.filter((e) => e.heading === h)));
        introBySection.set(section, intro);
        const other = /accepts the same keys as (?:the )?\[([A-Za-z0-9-]+)\]/i.exec(intro)?.[1];
        if (bySection.get(section)?.length === 0 && other) same.set(section, sectionSpelling(text, other.toUpperCase(), keys.keys()));
      }
    }
    files.set(type, bySection);
    intros.set(type, introBySection);
  }
  // Pages that only explain values (systemd-nspawn(1) for the .nspawn settings).
  for (const extra of VALUE_PAGES) page(extra);
  const pageTexts = new Map([...pages].map(([name, p]) => [name, p.source.split("\n").filter((l) => !l.startsWith(".")).map(plain).join(" ")]));
  return { unitSections: unit, groups: grouped, configFiles: files, intros, programKeys: keysOf, sameAs, pageTexts };
}
