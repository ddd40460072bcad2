// Writes a machine's artifacts: bundle.tar.gz, install.sh and manifest.json.
// Only files whose bytes changed are rewritten, so a no-change compile writes nothing.
import { readFileSync, statSync } from "node:fs";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { sha256 } from "./digest.ts";
import type { PlacedCheck } from "./definitions.ts";
import { generationTar, type Generation, type ManifestRow, type UnitRow } from "./generation.ts";

/**
 * manifest.json: the generation's facts for humans and tools (`hearth plan --against`),
 * and for install.sh, which reads the keys before `packages` from their own lines
 * (read_manifest): keep them first, flat, and free of characters JSON escapes.
 */
export interface ManifestJson {
  readonly hearth: 1;
  readonly machine: string;
  readonly gen: string;
  readonly bundleSha256: string;
  readonly tarSha256: string;
  readonly packages: readonly string[];
  readonly paths: readonly ManifestRow[];
  readonly units: readonly UnitRow[];
  /** health checks `hearth ship` runs after activation */
  readonly checks: readonly PlacedCheck[];
}

export function manifestJson(machine: string, g: Generation, sums: { bundleSha256: string; tarSha256: string }, checks: readonly PlacedCheck[]): ManifestJson {
  return { hearth: 1, machine, gen: g.gen, bundleSha256: sums.bundleSha256, tarSha256: sums.tarSha256, packages: g.packages, paths: g.rows, units: g.units, checks };
}

/** The modes hearth writes survive the usual umask (022); only a stricter one needs a chmod. */
const umaskIsLoose = (process.umask() & 0o022) === process.umask();

const byteLength = (bytes: Uint8Array | string): number => (typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length);

/**
 * Writes `bytes` to `path` (beside, then renamed: a reader never sees half a bundle).
 * With `compare`, an existing file holding exactly these bytes is left alone; returns
 * whether it wrote. Asynchronous: a machine's files and the machines' outputs are
 * written in parallel on libuv's thread pool, where renames over old files wait on
 * the file system.
 */
export async function writeIfChanged(path: string, bytes: Uint8Array | string, mode = 0o644, compare = true): Promise<boolean> {
  const data = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  if (compare) {
    const existing = await readFile(path).catch(() => undefined);
    if (existing && existing.equals(data)) return false;
  }
  await rename(await writeBeside(path, data, mode), path);
  return true;
}

/** Writes `data` to a temporary file beside `path`; returns its name. */
async function writeBeside(path: string, data: Uint8Array, mode: number, tmp = `${path}.tmp-${process.pid}`, makeDir = true): Promise<string> {
  const file = await open(tmp, "w", mode).catch(async (e: NodeJS.ErrnoException) => {
    // a caller that knew the directory (a watch writing where it wrote before) finds it removed
    if (e.code !== "ENOENT" || !makeDir) throw e;
    await mkdir(dirname(path), { recursive: true });
    return open(tmp, "w", mode);
  });
  try {
    const { bytesWritten } = await file.write(data);
    if (bytesWritten !== data.length) throw new Error(`${tmp}: wrote ${bytesWritten} of ${data.length} bytes (is the disk full?)`);
    if (!umaskIsLoose) await file.chmod(mode);
  } catch (e) {
    await file.close();
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await file.close();
  return tmp;
}

/** What a machine's output directory holds. */
export const OUTPUT_FILES = ["bundle.tar.gz", "install.sh", "manifest.json"] as const;

export interface WrittenOutput {
  readonly dir: string;
  readonly bundleSha256: string;
  readonly bundleBytes: number;
  readonly bytesWritten: number;
}

/**
 * The bundle already in `dir` when it holds generation `gen` intact: the id covers
 * every path's digest, mode and owner, so its bytes are what packing would give.
 * gzip is most of packing's cost; an unchanged machine skips it.
 */
function existingBundle(dir: string, gen: string): { tarGz: Buffer; tarSha256: string } | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Partial<ManifestJson>;
    if (manifest.gen !== gen || !manifest.tarSha256) return undefined;
    const tarGz = readFileSync(join(dir, "bundle.tar.gz"));
    return sha256(tarGz) === manifest.bundleSha256 ? { tarGz, tarSha256: manifest.tarSha256 } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a machine's output is made of before its manifest can be: the generation's tar,
 * where it goes, and whether that directory is known to hold another generation
 * (`known: "stale"`: a watch session wrote it; nothing there is read to compare, only
 * written, except install.sh, which is left alone where it has its size).
 */
export interface SealJob {
  readonly dir: string;
  readonly gen: string;
  readonly tar: Uint8Array;
  readonly known: "unknown" | "stale";
}

/**
 * A sealed bundle: gzipped (or found already in place), with the sums its manifest
 * records; where staged, already written beside bundle.tar.gz under that name: a
 * commit renames it into place, a drop removes it.
 */
export interface Sealed {
  readonly tarGz: Uint8Array;
  readonly tarSha256: string;
  readonly bundleSha256: string;
  readonly staged?: string;
}

/**
 * Level 1: bundles are small and mostly tar headers; gzip is most of packing's cost.
 * A bundle for a directory known to hold another generation (a watch session wrote
 * it) is staged beside bundle.tar.gz at once, named by `stage`; a directory not
 * known is left untouched until the commit (a compile that finds errors writes nothing).
 */
export async function seal(job: SealJob, stage = `${process.pid}`): Promise<Sealed> {
  const found = job.known === "unknown" ? existingBundle(job.dir, job.gen) : undefined;
  if (found) return { tarGz: found.tarGz, tarSha256: found.tarSha256, bundleSha256: sha256(found.tarGz) };
  const tarGz = gzipSync(job.tar, { level: 1 });
  const sums = { tarGz, tarSha256: sha256(job.tar), bundleSha256: sha256(tarGz) };
  if (job.known !== "stale") return sums;
  const path = join(job.dir, "bundle.tar.gz");
  // staging only saves time: where it fails (the directory was removed), the commit writes
  const staged = await writeBeside(path, tarGz, 0o644, `${path}.tmp-${stage}`, false).catch(() => undefined);
  return { ...sums, ...(staged ? { staged } : {}) };
}

/** Removes what a seal staged, for a compile that will not write. */
export async function unstage(sealed: Sealed): Promise<void> {
  if (sealed.staged) await unlink(sealed.staged).catch(() => undefined);
}

/** A machine's manifest.json text; its first lines are what install.sh reads (FORMAT.md). */
export function manifestText(machine: string, g: Generation, sums: { bundleSha256: string; tarSha256: string }, checks: readonly PlacedCheck[]): string {
  return `${JSON.stringify(manifestJson(machine, g, sums, checks), null, 2)}\n`;
}

/** Writes a sealed bundle, its manifest and install.sh (the same bytes for every machine and every build). */
export async function commitOutput(job: SealJob, sealed: Sealed, manifest: string, installer: Uint8Array): Promise<WrittenOutput> {
  const { dir } = job;
  const compare = job.known === "unknown";
  // a directory this session wrote to is there (writeIfChanged makes it again if not)
  if (compare) await mkdir(dir, { recursive: true });
  // install.sh changes only with hearth: where this session wrote it, a stat finds it in place
  const installerThere = !compare && statSync(join(dir, "install.sh"), { throwIfNoEntry: false })?.size === installer.length;
  const outputs: (readonly [(typeof OUTPUT_FILES)[number], Uint8Array | string, number])[] = [
    ...(sealed.staged ? [] : [["bundle.tar.gz", sealed.tarGz, 0o644] as const]),
    ...(installerThere ? [] : [["install.sh", installer, 0o755] as const]),
    ["manifest.json", manifest, 0o644],
  ];
  const [wrote] = await Promise.all([
    Promise.all(outputs.map(([name, bytes, mode]) => writeIfChanged(join(dir, name), bytes, mode, compare))),
    sealed.staged && rename(sealed.staged, join(dir, "bundle.tar.gz")),
  ]);
  const bytesWritten = outputs.reduce((sum, [, bytes], i) => sum + (wrote[i] ? byteLength(bytes) : 0), sealed.staged ? sealed.tarGz.length : 0);
  return { dir, bundleSha256: sealed.bundleSha256, bundleBytes: sealed.tarGz.length, bytesWritten };
}

/** A machine's output written on this thread: for one-off callers; a compile session uses its output worker. */
export async function writeMachineOutput(
  dir: string,
  machine: string,
  g: Generation,
  installer: Uint8Array,
  checks: readonly PlacedCheck[] = [],
  known: "unknown" | "stale" = "unknown",
): Promise<WrittenOutput> {
  const job: SealJob = { dir, gen: g.gen, tar: generationTar(g), known };
  const sealed = await seal(job);
  return commitOutput(job, sealed, manifestText(machine, g, sealed, checks), installer);
}
