// A machine whose new items differ from its last compile's only in the bytes of
// files that one text or bytes definition writes alone (an edit to a layer's text:
// a config value, a note) builds the same tree, the same units and the same checks
// as before, around other bytes. Its new generation is the last one with those
// bytes swapped in: collecting, merging and checking the items again, about
// half of compiling a machine, is skipped. Anything else compiles as usual.
import { relativeToPrefix } from "../dsl/validate.ts";
import { buildGeneration, knownDigests, UNIT_DIR, type Generation, type GenUnitSpec } from "./generation.ts";
import type { FileNode } from "../dsl/nodes.ts";
import type { ExpandedLayers } from "./layers.ts";
import { changedItems } from "./machine-key.ts";
import type { Definition } from "./definitions.ts";

/** What a compile keeps so that its generation can take new bytes (machine.ts). */
export interface SwapBasis {
  /** paths (relative to /usr/local) whose bytes one text or bytes definition gives alone */
  readonly paths: ReadonlySet<string>;
  /** the units' specs the generation was built with */
  readonly specs: readonly GenUnitSpec[];
}

/**
 * Files whose bytes can be swapped: the only definition of their path (an override
 * or an append would make another one count), from text or bytes (a file read from
 * disk takes its mode from the disk), and not below the unit directory (a unit file
 * shipped with file() is a unit's definition).
 */
export function swappablePaths(definitions: readonly Definition[]): ReadonlySet<string> {
  const count = new Map<string, number>();
  for (const d of definitions) count.set(d.path, (count.get(d.path) ?? 0) + 1);
  const paths = new Set<string>();
  for (const d of definitions)
    if (d.kind === "f" && count.get(d.path) === 1 && d.content !== undefined && d.content.kind !== "disk" && !d.path.startsWith(`${UNIT_DIR}/`)) paths.add(d.path);
  return paths;
}

/**
 * The new bytes of each file, by path, when the items `expanded` (whose items key is
 * `key`, machine-key.ts) differ from those of key `before` only in the bytes of files
 * `basis` can swap; undefined when anything else differs. Only the old JSON of a
 * changed item is read back, so a session keeps no items between builds.
 */
export function changedBytes(before: readonly string[], key: readonly string[], expanded: ExpandedLayers, basis: SwapBasis): Map<string, Uint8Array> | undefined {
  if (expanded.diagnostics.length > 0 || expanded.layers.some((l) => l.problems.length > 0)) return undefined;
  const items = changedItems(before, key);
  if (!items) return undefined;
  const changed = new Map<string, Uint8Array>();
  for (const { index, was: wasJson } of items) {
    const is = expanded.items[index]!.item;
    const was = JSON.parse(wasJson) as Partial<FileNode>;
    if (was.kind !== "file" || is.kind !== "file" || was.source?.kind === "disk" || is.source.kind === "disk") return undefined;
    if (was.path !== is.path || was.mode !== is.mode || was.owner !== is.owner || was.combine !== is.combine || (was.problems?.length ?? 0) + is.problems.length > 0) return undefined;
    const path = relativeToPrefix(is.path);
    if (!basis.paths.has(path)) return undefined;
    changed.set(path, is.source.kind === "text" ? Buffer.from(is.source.text) : is.source.bytes);
  }
  return changed;
}

/** A machine's generation with new bytes for some of its files; hashes only what changed. */
export function swapBytes(generation: Generation, changed: ReadonlyMap<string, Uint8Array>, basis: SwapBasis): Generation {
  const tree = generation.tree.map((e) => {
    const content = changed.get(e.path);
    return content ? { ...e, content } : e;
  });
  return buildGeneration(tree, basis.specs, generation.packages, knownDigests(generation));
}
