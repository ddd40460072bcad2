// Runs `systemd-analyze verify` over one generation in a temporary root.
//
// systemd-analyze checks a unit's programs and its dependencies inside --root, so the root
// must be a whole OS: the lab's Debian 12 base root filesystem with the machine's packages
// (scripts/lab/base-rootfs.ts), with the generation on top at /usr/local, joined by a
// read-only overlay mount in a private mount namespace (`unshare --mount`; without root,
// also `--user --map-root-user`). The mount vanishes with the process: nothing to clean up
// after a crash, nothing copied.
//
// When that is impossible (no base built and no root to build one, no overlayfs in a user
// namespace), the generation's unit directory goes in front of this computer's own unit
// path instead (SYSTEMD_UNIT_PATH). That still checks syntax, values and ordering, but
// programs and distro units are then this computer's, so the caller drops those findings.
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runProcess } from "../../scripts/process.ts";
import { BASE_PACKAGES, baseKey, ensureBaseRootfs } from "../../scripts/lab/base-rootfs.ts";
import { LAB_CACHE_DIR } from "../../scripts/lab/paths.ts";
import { UNIT_DIR, type GenEntry } from "../generation.ts";

export type RootKind = "base" | "host";

export interface AnalyzerRun {
  /** everything systemd-analyze printed, stderr first */
  readonly output: string;
  readonly code: number;
  readonly kind: RootKind;
  /** why the run fell back to this computer's units */
  readonly fallback?: string;
  /** temporary directories that prefix paths in the output */
  readonly prefixes: readonly string[];
}

const SEARCH = ["/usr/bin", "/bin", "/usr/sbin", "/sbin", ...(process.env.PATH ?? "").split(":")];
/** systemd-analyze's path on this computer, if it has one. */
export const analyzerPath = (): string | undefined => SEARCH.map((d) => join(d, "systemd-analyze")).find((p) => existsSync(p));

/** Root can mount and build a base root filesystem; others use a user namespace and a cached base. */
export const isRoot = (): boolean => process.getuid?.() === 0;

/** The lab's base root filesystem with these packages, if it is built. */
export function cachedBase(packages: readonly string[]): string | undefined {
  const rootfs = join(LAB_CACHE_DIR, baseKey({ extraPackages: [...packages] }), "rootfs");
  return existsSync(rootfs) ? rootfs : undefined;
}

async function baseFor(packages: readonly string[]): Promise<{ rootfs: string } | { why: string }> {
  const cached = cachedBase(packages);
  if (cached) return { rootfs: cached };
  const extra = packages.filter((p) => !(BASE_PACKAGES as readonly string[]).includes(p));
  const what = `the lab's Debian 12 base root filesystem${extra.length ? ` with ${extra.join(", ")}` : ""}`;
  if (!isRoot()) return { why: `${what} is not built, and building it needs root (run hearth check as root once)` };
  try {
    return { rootfs: await ensureBaseRootfs({ extraPackages: [...packages] }) };
  } catch (e) {
    return { why: `${what} could not be built: ${String((e as Error).message).split("\n")[0]}` };
  }
}

/** Writes the generation's entries below dir, modes kept (owners do not matter to systemd-analyze). */
async function writeTree(dir: string, tree: readonly GenEntry[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const e of tree) {
    const path = join(dir, e.path);
    await mkdir(dirname(path), { recursive: true });
    if (e.kind === "d") await mkdir(path, { recursive: true, mode: e.mode });
    else if (e.kind === "l") await symlink(e.target ?? "", path);
    else {
      await writeFile(path, e.content ?? new Uint8Array());
      await chmod(path, e.mode);
    }
  }
}

/** Mounts the overlay, then replaces itself with systemd-analyze; 97 means the mount failed. */
const OVERLAY_SCRIPT = 'mount -t overlay overlay -o "lowerdir=$1:$2" "$3" || exit 97; root=$3; shift 3; exec systemd-analyze verify --man=no --root="$root" "$@"';
const MOUNT_FAILED = 97;
const TIMEOUT_MS = 60_000;

export async function analyzeGeneration(tree: readonly GenEntry[], packages: readonly string[], units: readonly string[]): Promise<AnalyzerRun> {
  const tmp = await mkdtemp(join(tmpdir(), "hearth-verify-"));
  try {
    const gen = join(tmp, "gen");
    await writeTree(join(gen, "usr/local"), tree);
    const base = await baseFor(packages);
    let why = "why" in base ? base.why : "";
    if ("rootfs" in base) {
      const root = join(tmp, "root");
      await mkdir(root);
      const ns = isRoot() ? ["--mount"] : ["--user", "--map-root-user", "--mount"];
      const r = await runProcess("unshare", [...ns, "sh", "-c", OVERLAY_SCRIPT, "sh", gen, base.rootfs, root, ...units], { timeoutMs: TIMEOUT_MS }).catch((e: Error) => e);
      if (!(r instanceof Error) && r.code !== MOUNT_FAILED) return { output: `${r.stderr}${r.stdout}`, code: r.code, kind: "base", prefixes: [root] };
      why = `the overlay mount failed (${(r instanceof Error ? r.message : r.stderr.trim() || r.stdout.trim()).split("\n")[0]})`;
    }
    const unitPath = join(gen, "usr/local", UNIT_DIR);
    const r = await runProcess(analyzerPath() ?? "systemd-analyze", ["verify", "--man=no", ...units], {
      env: { ...process.env, SYSTEMD_UNIT_PATH: `${unitPath}:` },
      timeoutMs: TIMEOUT_MS,
    });
    return { output: `${r.stderr}${r.stdout}`, code: r.code, kind: "host", fallback: why, prefixes: [gen] };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
