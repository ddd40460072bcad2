// Writes a machine's artifacts: bundle.tar.gz, install.sh and manifest.json.
// Only files whose bytes changed are rewritten, so a no-change compile writes nothing.
import { statSync } from "node:fs";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sha256 } from "./digest.ts";
import type { PlacedCheck } from "./definitions.ts";
import { packGeneration, type Generation, type ManifestRow, type UnitRow } from "./generation.ts";

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
  return { hearth: 1, machine, gen: g.gen, ...sums, packages: g.packages, paths: g.rows, units: g.units, checks };
}

/** The modes hearth writes survive the usual umask (022); only a stricter one needs a chmod. */
const umaskIsLoose = (process.umask() & 0o022) === process.umask();

const byteLength = (bytes: Uint8Array | string): number => (typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length);

/**
 * Writes `bytes` to `path` (beside, then renamed: a reader never sees half a bundle).
 * With `compare`, an existing file holding exactly these bytes is left alone; returns
 * whether it wrote.
 */
export async function writeIfChanged(path: string, bytes: Uint8Array | string, mode = 0o644, compare = true): Promise<boolean> {
  const data = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  if (compare) {
    const existing = await readFile(path).catch(() => undefined);
    if (existing && existing.equals(data)) return false;
  }
  const tmp = `${path}.tmp-${process.pid}`;
  const file = await open(tmp, "w", mode).catch(async (e: NodeJS.ErrnoException) => {
    // a caller that knew the directory (a watch writing where it wrote before) finds it removed
    if (e.code !== "ENOENT") throw e;
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
  await rename(tmp, path);
  return true;
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
 * Packing (gzip) is most of a compile's cost; an unchanged machine skips it.
 */
async function existingBundle(dir: string, gen: string): Promise<{ tarGz: Buffer; tarSha256: string } | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as Partial<ManifestJson>;
    if (manifest.gen !== gen || !manifest.tarSha256) return undefined;
    const tarGz = await readFile(join(dir, "bundle.tar.gz"));
    return sha256(tarGz) === manifest.bundleSha256 ? { tarGz, tarSha256: manifest.tarSha256 } : undefined;
  } catch {
    return undefined;
  }
}

async function packed(g: Generation): Promise<{ tarGz: Buffer; tarSha256: string }> {
  const { tar, tarGz } = await packGeneration(g);
  return { tarGz, tarSha256: sha256(tar) };
}

/**
 * `installer`: install.sh, the same bytes for every machine and every build.
 * `known: "stale"` says the caller knows the directory holds another generation
 * (a watch session that wrote it): nothing there is read to compare, only written,
 * except install.sh, which is left alone where it has its size.
 */
export async function writeMachineOutput(
  dir: string,
  machine: string,
  g: Generation,
  installer: Uint8Array,
  checks: readonly PlacedCheck[] = [],
  known: "unknown" | "stale" = "unknown",
): Promise<WrittenOutput> {
  const compare = known === "unknown";
  // a directory this session wrote to is there (writeIfChanged makes it again if not)
  if (compare) await mkdir(dir, { recursive: true });
  const { tarGz, tarSha256 } = (compare ? await existingBundle(dir, g.gen) : undefined) ?? (await packed(g));
  const bundleSha256 = sha256(tarGz);
  const manifest = `${JSON.stringify(manifestJson(machine, g, { bundleSha256, tarSha256 }, checks), null, 2)}\n`;
  // install.sh changes only with hearth: where this session wrote it, a stat finds it in place
  const installerThere = !compare && statSync(join(dir, "install.sh"), { throwIfNoEntry: false })?.size === installer.length;
  const outputs: (readonly [(typeof OUTPUT_FILES)[number], Uint8Array | string, number])[] = [
    ["bundle.tar.gz", tarGz, 0o644],
    ...(installerThere ? [] : [["install.sh", installer, 0o755] as const]),
    ["manifest.json", manifest, 0o644],
  ];
  const wrote = await Promise.all(outputs.map(([name, bytes, mode]) => writeIfChanged(join(dir, name), bytes, mode, compare)));
  const bytesWritten = outputs.reduce((sum, [, bytes], i) => sum + (wrote[i] ? byteLength(bytes) : 0), 0);
  return { dir, bundleSha256, bundleBytes: tarGz.length, bytesWritten };
}
