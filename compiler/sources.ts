// Reads the files and directory trees site.ts refers to (fromFile, tree), with a
// cache keyed by path, size and mtime so a rebuild reads only what changed. Within
// one build a path is stat'ed (and a tree listed) once, however many machines read
// it: the build sees one snapshot, and fifty machines sharing a layer cost one look.
import { readdirSync, readFileSync, readlinkSync, statSync, lstatSync, type Stats } from "node:fs";
import { sha256 } from "./digest.ts";
import { join } from "node:path";

export interface TreeItem {
  /** relative to the tree's root, "/"-separated */
  readonly rel: string;
  readonly kind: "f" | "d" | "l";
  readonly executable: boolean;
  readonly abs: string;
  readonly target?: string;
}

export interface SourceReader {
  /** a new build starts: files are looked at again */
  beginBuild(): void;
  /** this process has just written `abs`: look at it again */
  forget(abs: string): void;
  /** file contents, or an Error whose message says what went wrong */
  readFile(abs: string): Uint8Array | Error;
  isExecutable(abs: string): boolean;
  /** the tree below `abs`, listed once per build */
  listTree(abs: string): readonly TreeItem[] | Error;
  /** what identifies the file's current contents without reading it: size, mtime, inode, mode ("-" when absent) */
  statKey(abs: string): string;
  /** the file's mode bits and sha256, read again only when its stat key moved ("-" when absent) */
  contentKey(abs: string): string;
}

const describe = (e: unknown, abs: string): Error => {
  const code = (e as NodeJS.ErrnoException).code;
  return new Error(code === "ENOENT" ? `${abs} does not exist` : code === "EISDIR" ? `${abs} is a directory` : code === "ENOTDIR" ? `${abs} is not a directory` : `cannot read ${abs}: ${(e as Error).message}`);
};

export function createSourceReader(): SourceReader {
  const files = new Map<string, { key: string; bytes: Uint8Array }>();
  const digests = new Map<string, { key: string; digest: string }>();
  /** this build's stat of each path looked at, or why it failed */
  const stats = new Map<string, Stats | Error>();
  /** this build's listing of each tree (a shared layer's tree is read once, not once per machine) */
  const trees = new Map<string, readonly TreeItem[] | Error>();
  const stat = (abs: string): Stats => {
    let st = stats.get(abs);
    if (st === undefined) {
      try {
        st = statSync(abs);
      } catch (e) {
        st = e as Error;
      }
      stats.set(abs, st);
    }
    if (st instanceof Error) throw st;
    return st;
  };
  const statKeyOf = (abs: string): string => {
    try {
      const st = stat(abs);
      // the mode too: an executable bit decides a file's mode in the generation
      return `${st.size}:${st.mtimeMs}:${st.ino}:${st.mode}`;
    } catch {
      return "-";
    }
  };
  return {
    beginBuild: () => {
      stats.clear();
      trees.clear();
    },
    forget: (abs) => void stats.delete(abs),
    statKey: statKeyOf,
    contentKey(abs) {
      const key = statKeyOf(abs);
      if (key === "-") return key;
      const hit = digests.get(abs);
      if (hit && hit.key === key) return hit.digest;
      const bytes = this.readFile(abs);
      // a file saved with the same bytes keeps its key: nothing is compiled again
      const digest = bytes instanceof Error ? `!${bytes.message}` : `${key.split(":").pop()}:${sha256(bytes)}`;
      digests.set(abs, { key, digest });
      return digest;
    },
    readFile(abs) {
      try {
        const st = stat(abs);
        if (st.isDirectory()) return new Error(`${abs} is a directory; use tree() for directories`);
        const key = `${st.size}:${st.mtimeMs}:${st.ino}`;
        const hit = files.get(abs);
        if (hit && hit.key === key) return hit.bytes;
        const bytes = readFileSync(abs);
        files.set(abs, { key, bytes });
        return bytes;
      } catch (e) {
        return describe(e, abs);
      }
    },
    isExecutable(abs) {
      try {
        return (stat(abs).mode & 0o111) !== 0;
      } catch {
        return false;
      }
    },
    listTree(root) {
      const listed = trees.get(root);
      if (listed) return listed;
      const listing = listTreeNow(root);
      trees.set(root, listing);
      return listing;
    },
  };
}

/** A directory tree as it is on disk now, sorted, symlinks not followed. */
function listTreeNow(root: string): readonly TreeItem[] | Error {
  const items: TreeItem[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) items.push({ rel: r, kind: "l", executable: false, abs, target: readlinkSync(abs) });
      else if (st.isDirectory()) {
        items.push({ rel: r, kind: "d", executable: true, abs });
        walk(abs, r);
      } else if (st.isFile()) items.push({ rel: r, kind: "f", executable: (st.mode & 0o111) !== 0, abs });
    }
  };
  try {
    if (!statSync(root).isDirectory()) return new Error(`${root} is not a directory`);
    walk(root, "");
    return items;
  } catch (e) {
    return describe(e, root);
  }
}
