// Timing helpers for the benchmark: wall time of whole commands, and summaries.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";

export const hearthBin = join(import.meta.dirname, "..", "..", "bin", "hearth.js");

/**
 * A new directory for the benchmark's sites, under the repository's out/ (git-ignored),
 * not the system's temporary directory: esbuild lists every directory above site.ts
 * again on each rebuild, and a /tmp holding thousands of entries (test runs leave
 * them) made each rebuild about 6 ms slower than it is for a site in a home directory.
 */
export function benchWorkDir(prefix: string): string {
  const parent = join(import.meta.dirname, "..", "..", "out", "bench");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p95: number;
  readonly n: number;
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { median: round(at(0.5)), min: round(s[0]!), max: round(s[s.length - 1]!), p95: round(at(0.95)), n: s.length };
}

/** Wall time of one run of a command, in milliseconds; its output is shown only when it fails. */
export function timeCommand(file: string, args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(file, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`\`${[file, ...args].join(" ")}\` failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return ms;
}

/**
 * Bundles scripts/bench/<name>.ts the way bin/hearth.js bundles the CLI (esbuild, no
 * TypeScript loader at run time, so timings are the CLI's), into dist/; returns the path.
 */
export async function bundleScript(name: string): Promise<string> {
  const { build } = await import("esbuild");
  const outdir = join(import.meta.dirname, "..", "..", "dist", "bench");
  // the compile session's output worker is loaded from beside the bundle (compiler/output-writer.ts)
  const entryPoints = { [name]: join(import.meta.dirname, `${name}.ts`), "output-worker": join(import.meta.dirname, "..", "..", "compiler", "output-worker.ts") };
  await build({ entryPoints, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", outdir, outExtension: { ".js": ".mjs" }, logLevel: "warning" });
  return join(outdir, `${name}.mjs`);
}

/** Runs a command that prints one JSON object on stdout; its stderr shows only if it fails. */
export function runJson(file: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): unknown {
  const r = spawnSync(file, args, { encoding: "utf8", maxBuffer: 64 << 20, env });
  if (r.status !== 0) throw new Error(`\`${[file, ...args].join(" ")}\` failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

/** Peak resident memory (MiB) of one node process running `args`. */
export function peakRss(args: readonly string[]): number {
  const marker = "HEARTH_BENCH_MAXRSS=";
  const hook = `data:text/javascript,import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, "\\n${marker}" + process.resourceUsage().maxRSS + "\\n"));`;
  const r = spawnSync(process.execPath, ["--import", hook, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  const kib = Number(new RegExp(`${marker}(\\d+)`).exec(r.stderr)?.[1]);
  if (r.status !== 0 || !Number.isFinite(kib)) throw new Error(`peak memory of \`${args.join(" ")}\`: ${r.stderr}`);
  return Math.round(kib / 102.4) / 10;
}
