// Timing helpers for the benchmark: wall time of whole commands, and summaries.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const hearthBin = join(import.meta.dirname, "..", "..", "bin", "hearth.js");

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
