// `hearth plan`: what installing a machine's new generation would change, and why.
// The rules live once, in the installer (`install.sh plan`); here we only hand it
// the old and new tables, so the laptop and the target always agree.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ManifestJson } from "./emit.ts";
import { renderTables, type GenerationTables } from "./generation.ts";
import { installerPath } from "./package-root.ts";

/** What to compare against: nothing installed, a generation's .hearth/ dir, or tables from a manifest.json. */
export type Baseline =
  | { readonly kind: "none"; readonly why: string }
  | { readonly kind: "meta-dir"; readonly dir: string; readonly label: string }
  | { readonly kind: "tables"; readonly tables: GenerationTables; readonly label: string };

export function tablesFromManifestJson(path: string): GenerationTables {
  const json = JSON.parse(readFileSync(path, "utf8")) as ManifestJson;
  if (json.hearth !== 1 || !Array.isArray(json.paths)) throw new Error(`${path} is not a hearth manifest.json`);
  return renderTables(json.paths, json.units, json.packages ?? []);
}

/** Finds machine `machine`'s baseline in a root dir, a manifest.json, or an out/ dir. */
export function findBaseline(against: string | undefined, machine: string, outDir: string): Baseline {
  if (against === undefined) {
    const last = join(outDir, machine, "manifest.json");
    return existsSync(last) ? { kind: "tables", tables: tablesFromManifestJson(last), label: `last compile (${last})` } : { kind: "none", why: "nothing compiled before" };
  }
  if (!existsSync(against)) throw new Error(`--against ${against} does not exist`);
  if (statSync(against).isFile()) return { kind: "tables", tables: tablesFromManifestJson(against), label: against };
  const installed = join(against, "usr/local/.hearth/current/.hearth");
  if (existsSync(join(against, "usr/local"))) {
    return existsSync(installed) ? { kind: "meta-dir", dir: installed, label: `${against} (installed generation)` } : { kind: "none", why: `nothing installed in ${against}` };
  }
  const compiled = join(against, machine, "manifest.json");
  if (existsSync(compiled)) return { kind: "tables", tables: tablesFromManifestJson(compiled), label: compiled };
  throw new Error(`--against ${against} is neither a root with usr/local, a manifest.json, nor an output dir with ${machine}/manifest.json`);
}

async function writeTables(dir: string, t: GenerationTables): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(join(dir, "gen"), `${t.gen}\n`),
    writeFile(join(dir, "manifest"), t.manifest),
    writeFile(join(dir, "sha256sums"), t.sha256sums),
    writeFile(join(dir, "units"), t.units),
    writeFile(join(dir, "unit-inputs"), t.unitInputs),
    writeFile(join(dir, "packages"), t.packages),
  ]);
}

/** The installer's plan: its one-line summary and its per-path and per-unit lines. */
export interface PlanText {
  readonly summary: string;
  readonly lines: string;
}

/** Runs the installer's own plan between a baseline and new tables. */
export async function planAgainst(baseline: Baseline, next: GenerationTables): Promise<PlanText> {
  const tmp = await mkdtemp(join(tmpdir(), "hearth-plan-"));
  try {
    await writeTables(join(tmp, "new"), next);
    let old = "-";
    if (baseline.kind === "meta-dir") old = baseline.dir;
    if (baseline.kind === "tables") {
      old = join(tmp, "old");
      await writeTables(old, baseline.tables);
    }
    return await new Promise<PlanText>((resolve, reject) =>
      execFile("sh", [installerPath, "plan", "--old", old, "--new", join(tmp, "new")], (err, stdout, stderr) => {
        if (err) return reject(new Error(`install.sh plan failed: ${stderr || err.message}`));
        const summary = /^hearth: (plan: .*)$/m.exec(stderr)?.[1] ?? "";
        resolve({ summary, lines: stdout });
      }),
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
