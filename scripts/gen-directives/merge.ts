/**
 * Floor table + newer table → one table: every directive of systemd 252 as 252 has it (its
 * spec, its place), and every directive only the newer systemd has, marked `since` with the
 * version that introduced it, placed after its neighbour in the newer page's order.
 *
 * The version comes from the directive's entry: "Added in version NNN." An entry that
 * documents several names is dated once, by its oldest name, so a name added to an old entry
 * later (StartupMemoryHigh= beside MemoryHigh=, UpheldBy= beside WantedBy=) shows a date at or
 * before 252 although 252 lacks it. Such a name is dated, in this order:
 * 1. 252 parses it (its `--dump-configuration-items`, its programs' key tables): it is a 252
 *    directive 252's pages left out, added without `since`;
 * 2. AssertFoo= takes the date of ConditionFoo=, which systemd.unit(5) says it mirrors;
 * 3. the same name in another section of the same file type, dated after 252 there
 *    ([DHCPv6] UseDNR= by [DHCPv4] UseDNR=): the feature came to both;
 * 4. the first "CHANGES WITH NNN" of systemd's NEWS after 252 that names it ("Foo=");
 * 5. otherwise the newer systemd's own version, the latest it can have been added in: the
 *    directive is refused on machines that might lack it, never accepted on one that does.
 * Every name dated by 1–5 is reported.
 */
import type { Entry, Table } from "./build.ts";
import type { GroupName } from "./sources.ts";

export interface Dating {
  /** the floor's upstream version: 252 */
  readonly floor: number;
  /** the newer source's upstream version, e.g. 262 */
  readonly newer: number;
  /** how the floor's systemd spells `name` in `section` of `file` ("unit" for unit files), compared case-insensitively; undefined if it does not parse it */
  floorSpelling(file: string, section: string, name: string): string | undefined;
  /** the first NEWS release after the floor that names "name=", if any */
  news(name: string): number | undefined;
}

/** How a directive only the newer pages document got its place in the table. */
export type How = "page" | "floor" | "condition" | "sibling" | "news" | "newest";

const HOW: Record<Exclude<How, "page" | "floor">, string> = {
  condition: "its Condition counterpart",
  sibling: "the same name in another section",
  news: "NEWS",
  newest: "the newest source, as nothing dates it",
};

export function addNewer(floor: Table, newer: Table, dating: Dating, report: string[]): { table: Table; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const names = (list: readonly Entry[] | undefined): Set<string> => new Set((list ?? []).map((e) => e.name));
  // file type → name → the earliest date after the floor any of its sections gives it
  const dated = new Map<string, Map<string, number>>();
  const note = (file: string, e: Entry): void => {
    if (e.added === undefined || e.added <= dating.floor) return;
    const m = dated.get(file) ?? new Map<string, number>();
    dated.set(file, m);
    m.set(e.name, Math.min(m.get(e.name) ?? Infinity, e.added));
  };
  for (const list of newer.groups.values()) for (const e of list) note("unit", e);
  for (const s of newer.unitSections.values()) for (const e of s.own) note("unit", e);
  for (const [type, f] of newer.configFiles) for (const list of f.sections.values()) for (const e of list) note(type, e);

  /** `file`/`sections`: where the floor's parsers are asked (a group asks [Service]). */
  const mergeList = (old: readonly Entry[], fresh: readonly Entry[], elsewhere: ReadonlySet<string>, where: string, file: string, section: string): Entry[] => {
    const out = [...old];
    let after = -1;
    let added = 0;
    for (const e of fresh) {
      const i = out.findIndex((x) => x.name === e.name);
      if (i >= 0) {
        after = i;
        continue;
      }
      if (elsewhere.has(e.name)) continue;
      const { since, how } = date(e, out, file, section);
      const page = e.added === undefined ? "undated" : `"Added in version ${e.added}"`;
      if (how === "floor") report.push(`parsed by ${dating.floor} but not in its pages, added without since: ${where} ${e.name}= (${page} in systemd ${dating.newer})`);
      else if (how !== "page") {
        const spelled = dating.floorSpelling(file, section, e.name);
        const parsed = spelled ? `${dating.floor} parses it only spelled ${spelled}=` : `not parsed by ${dating.floor}`;
        report.push(`newer directive dated by ${HOW[how]}: ${where} ${e.name}= since ${since} (${page} in systemd ${dating.newer}, ${parsed})`);
      }
      out.splice(++after, 0, since === undefined ? e : { ...e, since });
      if (since !== undefined) added++;
    }
    const gone = old.filter((e) => !fresh.some((f) => f.name === e.name)).map((e) => `${e.name}=`);
    if (fresh.length && gone.length) report.push(`no longer documented by systemd ${dating.newer}, kept as ${dating.floor} has them: ${where} ${gone.join(" ")}`);
    if (added) counts.set(where, added);
    return out;
  };

  const date = (e: Entry, siblings: readonly Entry[], file: string, section: string): { since: number | undefined; how: How } => {
    if (e.added !== undefined && e.added > dating.floor) return { since: e.added, how: "page" };
    if (dating.floorSpelling(file, section, e.name) === e.name) return { since: undefined, how: "floor" };
    const condition = e.name.startsWith("Assert") ? siblings.find((s) => s.name === `Condition${e.name.slice("Assert".length)}`)?.since : undefined;
    if (condition !== undefined) return { since: condition, how: "condition" };
    const sibling = dated.get(file)?.get(e.name);
    if (sibling !== undefined) return { since: sibling, how: "sibling" };
    const news = dating.news(e.name);
    if (news !== undefined && news > dating.floor) return { since: news, how: "news" };
    return { since: dating.newer, how: "newest" };
  };

  // ---- unit file sections and the groups they share
  const groupUsers = (g: GroupName): Set<string> => {
    const out = new Set<string>();
    for (const [, s] of floor.unitSections) if (s.groups.includes(g)) for (const e of s.own) out.add(e.name);
    return out;
  };
  const groups = new Map<GroupName, readonly Entry[]>();
  for (const [g, list] of floor.groups) groups.set(g, mergeList(list, newer.groups.get(g) ?? [], groupUsers(g), g, "unit", "Service"));
  const unitSections = new Map<string, { own: readonly Entry[]; groups: readonly GroupName[] }>();
  for (const [section, s] of floor.unitSections) {
    const shared = new Set(s.groups.flatMap((g) => [...names(groups.get(g))]));
    unitSections.set(section, { own: mergeList(s.own, newer.unitSections.get(section)?.own ?? [], shared, `[${section}]`, "unit", section), groups: s.groups });
  }

  // ---- other file types: sections only the newer systemd has join after their neighbour
  const configFiles = new Map<string, { sections: ReadonlyMap<string, readonly Entry[]>; repeatable: readonly string[] }>();
  for (const [type, f] of floor.configFiles) {
    const fresh = newer.configFiles.get(type);
    const order = [...f.sections.keys()];
    let after = -1;
    for (const section of fresh?.sections.keys() ?? []) {
      const i = order.indexOf(section);
      if (i >= 0) after = i;
      else order.splice(++after, 0, section);
    }
    const sections = new Map<string, readonly Entry[]>();
    for (const section of order) {
      if (!f.sections.has(section)) report.push(`a section only systemd ${dating.newer} has: ${type} [${section}]`);
      sections.set(section, mergeList(f.sections.get(section) ?? [], fresh?.sections.get(section) ?? [], new Set(), `${type} [${section}]`, type, section));
    }
    const repeatable = [...f.repeatable, ...(fresh?.repeatable ?? []).filter((s) => !f.sections.has(s) && !f.repeatable.includes(s))];
    configFiles.set(type, { sections, repeatable });
  }
  return { table: { unitSections, groups, unitTypes: floor.unitTypes, configFiles }, counts };
}
