// Files a hearth process leaves in a machine's output directory when it is killed
// half-way: a watch stages `bundle.tar.gz.tmp-<pid>-<n>` and `manifest.json.tmp-…`
// beside the files they replace, a compile writes `<file>.tmp-<pid>` before its
// rename. Nothing ships them (ship sends the three files by name), but a watch
// killed now and then would pile them up. The first write of a session into a
// directory removes those of processes that are gone.
import { readdir, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { OUTPUT_FILES } from "./emit.ts";

const LEFTOVER = new RegExp(`^(?:${OUTPUT_FILES.map((f) => f.replaceAll(".", "\\.")).join("|")})\\.tmp-(\\d+)(?:-\\d+)?$`);
/**
 * Older than this, a staged file belongs to no build still running: a build stages
 * and renames within seconds. Asked as well as the process, since a process in
 * another pid namespace (a container sharing the directory) looks gone from here.
 */
const SETTLED_MS = 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, as another user
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes from `dir` what killed hearth processes left there. */
export async function removeLeftovers(dir: string, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const candidates = names.filter((name) => {
    const pid = Number(LEFTOVER.exec(name)?.[1]);
    return Number.isInteger(pid) && pid !== process.pid && !alive(pid);
  });
  await Promise.all(
    candidates.map(async (name) => {
      const path = join(dir, name);
      const settled = await stat(path).then((s) => now - s.mtimeMs > SETTLED_MS, () => false);
      if (settled) await unlink(path).catch(() => undefined);
    }),
  );
}
