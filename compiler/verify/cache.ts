// systemd-analyze's findings, cached by what they depend on: the unit files and the
// files units reference (by digest), the units verified, the base root filesystem and
// the systemd-analyze binary. A repeated `hearth check` of an unchanged machine then
// runs nothing; findings are stored without site.ts lines, so moving code is free.
import { statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { baseKey } from "../../scripts/lab/base-rootfs.ts";
import { sha256 } from "../digest.ts";
import { UNIT_DIR, type Generation } from "../generation.ts";
import type { Finding } from "./findings.ts";
import type { RootKind } from "./temp-root.ts";
import { hearthCacheDir } from "../cache-dir.ts";

/** Bump when what is verified, or how findings are parsed, changes. */
const CACHE_VERSION = 1;

export interface CachedRun {
  readonly kind: RootKind;
  readonly fallback?: string;
  readonly code: number;
  readonly findings: readonly Finding[];
}

/** @default $XDG_CACHE_HOME/hearth/verify, else ~/.cache/hearth/verify */
export const defaultCacheDir = (): string => hearthCacheDir("verify");

export function cacheKey(generation: Generation, units: readonly string[], analyzer: string): string {
  const inputs = new Set(generation.units.flatMap((u) => u.inputs));
  const rows = generation.rows.filter((r) => r.path.startsWith(`${UNIT_DIR}/`) || inputs.has(r.path)).map((r) => [r.path, r.kind, r.mode, r.digest]);
  let binary = "";
  try {
    const s = statSync(analyzer);
    binary = `${s.size}:${s.mtimeMs}`;
  } catch {}
  const base = baseKey({ extraPackages: [...generation.packages] });
  return sha256(JSON.stringify({ v: CACHE_VERSION, analyzer, binary, base, units, rows }));
}

export async function readCached(dir: string, key: string): Promise<CachedRun | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, `${key}.json`), "utf8")) as CachedRun;
  } catch {
    return undefined;
  }
}

export async function writeCached(dir: string, key: string, run: CachedRun): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `.${key}.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(run));
    await rename(tmp, join(dir, `${key}.json`));
  } catch {
    // a cache that cannot be written only costs time
  }
}
