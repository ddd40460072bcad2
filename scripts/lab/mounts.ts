// Mounts and directory trees that may have mounts inside them.
import { readFileSync } from "node:fs";
import { runSync } from "./exec.ts";

/** Mount points of this mount namespace, from /proc/self/mountinfo (octal escapes decoded). */
export function mountPoints(): string[] {
  const text = readFileSync("/proc/self/mountinfo", "utf8");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => (line.split(" ")[4] ?? "").replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
}

/** Mount points at or below dir, deepest first. */
export function mountsUnder(dir: string): string[] {
  const prefix = dir.endsWith("/") ? dir : `${dir}/`;
  return mountPoints()
    .filter((m) => m === dir || m.startsWith(prefix))
    .sort((a, b) => b.length - a.length);
}

/** Unmount everything at or below dir; a busy mount is detached lazily. Returns what is
 * still mounted afterwards (normally nothing). */
export function unmountUnder(dir: string): string[] {
  for (let round = 0; round < 3; round++) {
    const mounts = mountsUnder(dir);
    if (mounts.length === 0) return [];
    for (const m of mounts) {
      const r = runSync("umount", [m], { allowFail: true });
      if (r.code !== 0) runSync("umount", ["--lazy", m], { allowFail: true });
    }
  }
  return mountsUnder(dir);
}

/** Remove a directory tree that may have mounts in it (a half-finished debootstrap
 * mounts /proc inside its target). Never crosses into another file system. */
export function removeTree(dir: string): void {
  const left = unmountUnder(dir);
  if (left.length > 0) throw new Error(`cannot remove ${dir}: still mounted: ${left.join(", ")}`);
  runSync("rm", ["-rf", "--one-file-system", "--", dir]);
}
