// Files, directories and links a layer puts below /usr/local.
import { callerLocation } from "./location.ts";
import type { Combine, DirNode, FileNode, FileSource, LinkNode, TreeNode } from "./nodes.ts";
import { checkMode, checkOwner, checkTargetPath } from "./validate.ts";

/** An absolute path on the target below /usr/local. */
export type TargetPath = `/usr/local/${string}`;
/** "user" or "user:group" */
export type Owner = string;

export interface DiskFile {
  readonly kind: "disk";
  /** relative to the directory of site.ts */
  readonly from: string;
}

/** A file beside site.ts (path relative to site.ts), read when the site is compiled. */
export const fromFile = (from: string): DiskFile => ({ kind: "disk", from });

export interface FileOptions {
  /** @default 0o755 below bin/, sbin/ and libexec/, else 0o644 */
  readonly mode?: number;
  /** @default "root:root" */
  readonly owner?: Owner;
  /** how this definition combines with other layers' definitions of the same path; @default "unique" */
  readonly combine?: Combine;
}

function sourceOf(content: unknown): { source: FileSource; problems: string[] } {
  if (typeof content === "string") return { source: { kind: "text", text: content }, problems: [] };
  if (content instanceof Uint8Array) return { source: { kind: "bytes", bytes: content }, problems: [] };
  if (typeof content === "object" && content !== null && (content as DiskFile).kind === "disk" && typeof (content as DiskFile).from === "string")
    return { source: { kind: "disk", from: (content as DiskFile).from }, problems: [] };
  return {
    source: { kind: "text", text: "" },
    problems: [`file content must be a string, a Uint8Array or fromFile("…"), got ${content === null ? "null" : typeof content}`],
  };
}

const COMBINE: readonly Combine[] = ["unique", "override", "append"];

/** A regular file: text, bytes, or fromFile("relative/to/site.ts"). Templates are plain functions of the machine. */
export function file(path: TargetPath, content: string | Uint8Array | DiskFile, options: FileOptions = {}): FileNode {
  const { source, problems } = sourceOf(content);
  const combine = options.combine ?? "unique";
  return {
    kind: "file",
    path,
    source,
    mode: options.mode,
    owner: options.owner,
    combine,
    at: callerLocation(),
    problems: [
      ...checkTargetPath(path),
      ...problems,
      ...checkMode(options.mode),
      ...checkOwner(options.owner),
      ...(COMBINE.includes(combine) ? [] : [`combine must be one of ${COMBINE.join(", ")}, got ${JSON.stringify(combine)}`]),
    ],
  };
}

/** Copies the directory `from` (relative to site.ts) to `path`, keeping names and executable bits. */
export function tree(path: TargetPath | "/usr/local", from: string, options: { readonly owner?: Owner } = {}): TreeNode {
  return {
    kind: "tree",
    path,
    from,
    owner: options.owner,
    at: callerLocation(),
    problems: [
      ...(path === "/usr/local" ? [] : checkTargetPath(path)),
      ...(typeof from === "string" && from !== "" ? [] : [`tree() needs a directory relative to site.ts, got ${JSON.stringify(from)}`]),
      ...checkOwner(options.owner),
    ],
  };
}

/** A symbolic link at `path` pointing to `target` (relative or absolute). */
export function link(path: TargetPath, target: string): LinkNode {
  const bad = typeof target !== "string" || target === "" || /\s/.test(target);
  return {
    kind: "link",
    path,
    target,
    at: callerLocation(),
    problems: [...checkTargetPath(path), ...(bad ? [`link target must be a non-empty string without whitespace, got ${JSON.stringify(target)}`] : [])],
  };
}

/** An explicit directory (empty, or with a mode or owner other than 0755 root). */
export function dir(path: TargetPath, options: { readonly mode?: number; readonly owner?: Owner } = {}): DirNode {
  return {
    kind: "dir",
    path,
    mode: options.mode,
    owner: options.owner,
    at: callerLocation(),
    problems: [...checkTargetPath(path), ...checkMode(options.mode), ...checkOwner(options.owner)],
  };
}
