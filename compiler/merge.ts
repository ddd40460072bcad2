// Merges a machine's path definitions into one tree. Two layers writing the same
// path is an error naming every definition, unless they say how they combine.
import { PREFIX } from "../dsl/validate.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { Content, Definition } from "./definitions.ts";
import type { EvaluatedSite } from "./evaluate.ts";
import { forEachParent } from "./generation.ts";

/** A path of the merged tree; file contents are still unread. */
export interface MergedEntry {
  readonly path: string;
  readonly kind: "f" | "d" | "l";
  readonly mode: number | undefined;
  readonly owner: string | undefined;
  /** several parts when definitions append to each other */
  readonly parts: readonly Content[];
  readonly target?: string;
  readonly definitions: readonly Definition[];
}

const abs = (path: string): string => `${PREFIX}/${path}`;
const describe = (d: Definition): string => `layer "${d.origin.layer.name}": ${d.origin.what}`;

/** A file or link from its definitions: the first says what it is, the others append their text. */
function leafEntry(path: string, used: readonly Definition[]): MergedEntry {
  const base = used[0]!;
  const parts = used.flatMap((d) => (d.content ? [d.content] : []));
  const entry = { path, kind: base.kind, mode: base.mode, owner: base.owner, parts, definitions: used };
  return base.target !== undefined ? { ...entry, target: base.target } : entry;
}

export function mergeDefinitions(ev: EvaluatedSite, definitions: readonly Definition[], machine: string): { entries: MergedEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const conflict = (message: string, defs: readonly Definition[], hint: string): void => {
    diagnostics.push({
      severity: "error",
      message,
      at: ev.place(defs[0]!.origin.at),
      related: defs.map((d) => ({ message: describe(d), at: ev.place(d.origin.at) })),
      hint,
      machine,
    });
  };
  const byPath = new Map<string, Definition[]>();
  for (const d of definitions) {
    const list = byPath.get(d.path);
    if (list) list.push(d);
    else byPath.set(d.path, [d]);
  }

  const entries: MergedEntry[] = [];
  for (const [path, defs] of byPath) {
    // most paths have one definition: nothing to combine or to check against another
    if (defs.length === 1) {
      const d = defs[0]!;
      entries.push(d.kind === "d" ? { path, kind: "d", mode: d.mode, owner: d.owner, parts: [], definitions: defs } : leafEntry(path, defs));
      continue;
    }
    const dirs = defs.filter((d) => d.kind === "d");
    const others = defs.filter((d) => d.kind !== "d");
    if (dirs.length > 0 && others.length > 0) {
      conflict(`${abs(path)} is a directory in one definition and a ${others[0]!.kind === "l" ? "link" : "file"} in another`, [dirs[0]!, others[0]!], "keep only one of them, or move one to another path");
      continue;
    }
    if (dirs.length > 0) {
      const explicit = dirs.filter((d) => d.mode !== undefined || d.owner !== undefined);
      const distinct = new Set(explicit.map((d) => `${d.mode}:${d.owner}`));
      if (distinct.size > 1) conflict(`${abs(path)} is given different modes or owners`, explicit, "give the directory one mode and owner");
      entries.push({ path, kind: "d", mode: explicit[0]?.mode, owner: explicit[0]?.owner, parts: [], definitions: dirs });
      continue;
    }
    const overrides = others.filter((d) => d.combine === "override");
    const appends = others.filter((d) => d.combine === "append");
    const uniques = others.filter((d) => d.combine === "unique");
    const layers = [...new Set(others.map((d) => `"${d.origin.layer.name}"`))];
    const written = layers.length > 1 ? `by ${layers.length === 2 ? "two" : layers.length} layers: ${layers.join(" and ")}` : `twice in layer ${layers[0]}`;
    if (overrides.length > 1) {
      conflict(`${abs(path)} is overridden ${written}`, overrides, "only one definition of a path may use { combine: \"override\" }");
      continue;
    }
    if (overrides.length === 0 && uniques.length > 1) {
      conflict(
        `${abs(path)} is written ${written}`,
        uniques,
        'keep one of them, or mark one { combine: "override" } to replace the others, or { combine: "append" } to add its text',
      );
      continue;
    }
    const base = overrides[0] ?? uniques[0] ?? appends[0]!;
    const tail = appends.filter((d) => d !== base);
    if ([base, ...tail].length > 1 && [base, ...tail].some((d) => d.kind !== "f")) {
      conflict(`${abs(path)} is a link, which cannot be appended to`, [base, ...tail], "append only to files");
      continue;
    }
    entries.push(leafEntry(path, [base, ...tail]));
  }

  // A file or link cannot also be the parent directory of another path.
  const leaves = new Map(entries.filter((e) => e.kind !== "d").map((e) => [e.path, e]));
  for (const e of entries) {
    let parent: MergedEntry | undefined;
    forEachParent(e.path, (dir) => void (parent ??= leaves.get(dir)));
    if (parent) conflict(`${abs(parent.path)} is a ${parent.kind === "l" ? "link" : "file"} but ${abs(e.path)} is put below it`, [parent.definitions[0]!, e.definitions[0]!], "rename one of them");
  }
  return { entries, diagnostics };
}
