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

/** The sums a manifest is made with: blank, since it is made before its bundle is gzipped; withSums fills them in. */
const NO_SUMS = { bundleSha256: "", tarSha256: "" } as const;

function manifestJson(machine: string, g: Generation, checks: readonly PlacedCheck[]): ManifestJson {
  return { hearth: 1, machine, gen: g.gen, ...NO_SUMS, packages: g.packages, paths: g.rows, units: g.units, checks };
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
 * What a machine's output is made of: the generation's tar, its manifest with the sums
 * left blank (they are known once the tar is gzipped: manifestText), where
 * it goes, and whether that directory is known to hold another generation (`known:
 * "stale"`: a watch session wrote it; nothing there is read to compare, only written,
 * except install.sh, which is left alone where it has its size).
 */
export interface SealJob extends OutputPlace {
  readonly gen: string;
  readonly tar: Uint8Array;
  readonly manifest: string;
}

/** Where a machine's output goes, and what is known of what is there (SealJob). */
export interface OutputPlace {
  readonly dir: string;
  readonly known: "unknown" | "stale";
}

/**
 * A sealed bundle: gzipped (or found already in place), with the sums and the manifest
 * that records them; where staged, both already written beside bundle.tar.gz and
 * manifest.json under these names: a commit renames them into place, a drop removes them.
 */
export interface Sealed {
  readonly tarGz: Uint8Array;
  readonly tarSha256: string;
  readonly bundleSha256: string;
  readonly manifest: string;
  readonly staged?: { readonly bundle: string; readonly manifest: string };
}

/**
 * Level 1: bundles are small and mostly tar headers; gzip is most of packing's cost.
 * A bundle for a directory known to hold another generation (a watch session wrote
 * it) is staged with its manifest at once, beside the files they replace, named by
 * `stage`; a directory not known is left untouched until the commit (a compile that
 * finds errors writes nothing).
 */
export async function seal(job: SealJob, stage = `${process.pid}`): Promise<Sealed> {
  const found = job.known === "unknown" ? existingBundle(job.dir, job.gen) : undefined;
  if (found) {
    const sums = { tarSha256: found.tarSha256, bundleSha256: sha256(found.tarGz) };
    return { tarGz: found.tarGz, ...sums, manifest: withSums(job.manifest, sums) };
  }
  const tarGz = gzipSync(job.tar, { level: 1 });
  const sums = { tarSha256: sha256(job.tar), bundleSha256: sha256(tarGz) };
  const sealed = { tarGz, ...sums, manifest: withSums(job.manifest, sums) };
  if (job.known !== "stale") return sealed;
  // staging only saves time: where it fails (the directory was removed), the commit writes
  const beside = (name: string, data: Uint8Array) => writeBeside(join(job.dir, name), data, 0o644, `${join(job.dir, name)}.tmp-${stage}`, false);
  const bundle = await beside("bundle.tar.gz", tarGz).catch(() => undefined);
  const manifest = bundle && (await beside("manifest.json", Buffer.from(sealed.manifest)).catch(() => undefined));
  if (bundle && !manifest) await unlink(bundle).catch(() => undefined);
  return { ...sealed, ...(bundle && manifest ? { staged: { bundle, manifest } } : {}) };
}

/** Removes what a seal staged, for a compile that will not write. */
export async function unstage(sealed: Sealed): Promise<void> {
  if (sealed.staged) await Promise.all([sealed.staged.bundle, sealed.staged.manifest].map((f) => unlink(f).catch(() => undefined)));
}

/**
 * A machine's manifest.json text with its sums blank (withSums fills them in); its first
 * lines are what install.sh reads (FORMAT.md).
 */
export function manifestText(machine: string, g: Generation, checks: readonly PlacedCheck[]): string {
  return `${JSON.stringify(manifestJson(machine, g, checks), null, 2)}\n`;
}

/**
 * A manifest from manifestText, its sums filled in. Each is matched as a top-level key on
 * a line of its own: JSON escapes newlines inside strings, and nested keys are indented
 * deeper, so nothing a user wrote can stand in for it.
 */
export function withSums(manifest: string, sums: { bundleSha256: string; tarSha256: string }): string {
  const filled = manifest.replace('\n  "bundleSha256": "",', `\n  "bundleSha256": "${sums.bundleSha256}",`).replace('\n  "tarSha256": "",', `\n  "tarSha256": "${sums.tarSha256}",`);
  if (filled.length !== manifest.length + sums.bundleSha256.length + sums.tarSha256.length) throw new Error("withSums: not a manifest from manifestText");
  return filled;
}

/** Writes a sealed bundle, its manifest and install.sh (the same bytes for every machine and every build). */
export async function commitOutput(job: OutputPlace, sealed: Sealed, installer: Uint8Array): Promise<WrittenOutput> {
  const { dir } = job;
  const compare = job.known === "unknown";
  // a directory this session wrote to is there (writeIfChanged makes it again if not)
  if (compare) await mkdir(dir, { recursive: true });
  // install.sh changes only with hearth: where this session wrote it, a stat finds it in place
  const installerThere = !compare && statSync(join(dir, "install.sh"), { throwIfNoEntry: false })?.size === installer.length;
  const outputs: (readonly [(typeof OUTPUT_FILES)[number], Uint8Array | string, number])[] = [
    ...(sealed.staged ? [] : [["bundle.tar.gz", sealed.tarGz, 0o644] as const, ["manifest.json", sealed.manifest, 0o644] as const]),
    ...(installerThere ? [] : [["install.sh", installer, 0o755] as const]),
  ];
  const { staged } = sealed;
  const [wrote] = await Promise.all([
    Promise.all(outputs.map(([name, bytes, mode]) => writeIfChanged(join(dir, name), bytes, mode, compare))),
    staged && Promise.all([rename(staged.bundle, join(dir, "bundle.tar.gz")), rename(staged.manifest, join(dir, "manifest.json"))]),
  ]);
  const stagedBytes = staged ? sealed.tarGz.length + Buffer.byteLength(sealed.manifest) : 0;
  const bytesWritten = outputs.reduce((sum, [, bytes], i) => sum + (wrote[i] ? byteLength(bytes) : 0), stagedBytes);
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
  const job: SealJob = { dir, gen: g.gen, tar: generationTar(g), manifest: manifestText(machine, g, checks), known };
  return commitOutput(job, await seal(job), installer);
}
