// A machine's fingerprint: everything its generation depends on — its expanded
// items (whatever line they were declared on), its facts, and the state of the
// files they read from disk. Equal fingerprints give equal generations, so a
// rebuild compiles, hashes and packs only the machines whose fingerprint moved.
import { sha256 } from "./digest.ts";
import { join } from "node:path";
import type { Facts } from "../dsl/nodes.ts";
import type { ExpandedLayers } from "./layers.ts";
import { withoutPlace } from "./memo.ts";
import type { SourceReader } from "./sources.ts";

/** Files and trees the items read from disk, absolute. */
export interface DiskInputs {
  readonly files: readonly string[];
  readonly trees: readonly string[];
}

/** Where a node was declared does not change what it builds; bytes count by their digest. */
const replacer = (key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? sha256(value) : withoutPlace(key, value);

/**
 * The part of the fingerprint that only changes when site.ts is evaluated again: one
 * text per item (the texts themselves: comparing them costs less than hashing them, on
 * every rebuild), kept apart rather than joined, which would copy them all once more.
 */
export function itemsKey(machine: string, facts: Facts, expanded: ExpandedLayers, siteDir: string): { key: readonly string[]; disk: DiskInputs } {
  const parts = [machine, JSON.stringify(facts)];
  const files: string[] = [];
  const trees: string[] = [];
  for (const { item, layer } of expanded.items) {
    // without a replacer JSON.stringify takes V8's fast path; a node's location (dsl/location.ts)
    // has no enumerable fields and prints as {} wherever it was declared; only bytes need the replacer
    parts.push(layer.name, item.kind === "file" && item.source.kind === "bytes" ? JSON.stringify(item, replacer) : JSON.stringify(item));
    if (item.kind === "file" && item.source.kind === "disk") files.push(join(siteDir, item.source.from));
    if (item.kind === "tree") trees.push(join(siteDir, item.from));
  }
  return { key: parts, disk: { files, trees } };
}

/** Whether two items keys are the same. */
export function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The items whose JSON differs between two items keys of a machine, each with its
 * index among the items and its JSON in `before`; undefined when anything else
 * differs (the machine, its facts, the number of items or a layer's name).
 */
export function changedItems(before: readonly string[], now: readonly string[]): { index: number; was: string }[] | undefined {
  if (now.length !== before.length || now[0] !== before[0] || now[1] !== before[1]) return undefined;
  const changed: { index: number; was: string }[] = [];
  // after the machine and its facts: a layer's name, then an item's JSON, for each item
  for (let i = 2; i < now.length; i += 2) {
    if (now[i] !== before[i]) return undefined;
    if (now[i + 1] !== before[i + 1]) changed.push({ index: (i - 2) / 2, was: before[i + 1]! });
  }
  return changed;
}

/**
 * The state of the disk inputs now: a changed, added or removed file below a tree moves it.
 * `seen` holds the keys already taken during this build, so a file or tree many machines
 * read (a shared layer's) is looked at once per build, not once per machine.
 */
export function diskKey(disk: DiskInputs, reader: SourceReader, seen: Map<string, string> = new Map()): string {
  const once = (path: string, key: () => string): string => seen.get(path) ?? seen.set(path, key()).get(path)!;
  const parts = disk.files.map((f) => once(f, () => reader.contentKey(f)));
  for (const root of disk.trees)
    parts.push(
      once(`${root}/`, () => {
        const listing = reader.listTree(root);
        return listing instanceof Error ? `!${listing.message}` : listing.map((e) => `${e.rel}=${e.kind === "d" ? "d" : e.kind === "l" ? `l:${e.target}` : reader.contentKey(e.abs)}`).join("|");
      }),
    );
  return parts.join("\n");
}
