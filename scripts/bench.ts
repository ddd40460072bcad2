// npm run bench: prints the figures the issues set targets for, as medians with
// min and max over repeated runs. Machines are noisy: read ratios, not single runs.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { LARGE, writeLargeSite } from "./bench/large-site.ts";
import { hearthBin, summarize, timeCommand, type Summary } from "./bench/measure.ts";
import { shipBench, type ShipBench } from "./bench/ship-bench.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const json = process.argv.includes("--json");
const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "hearth-bench-"));

function coldCompile(sitePath: string, outDir: string): Summary {
  // each run is a new process into an empty output directory: nothing is cached
  return summarize(
    Array.from({ length: RUNS }, () => {
      rmSync(outDir, { recursive: true, force: true });
      return timeCommand(process.execPath, [hearthBin, "compile", sitePath, "--out", outDir]);
    }),
  );
}

/** A new process compiling into an output directory that already holds this site. */
function noChangeCompile(sitePath: string, outDir: string): Summary {
  execFileSync(process.execPath, [hearthBin, "compile", sitePath, "--out", outDir]);
  return summarize(Array.from({ length: RUNS }, () => timeCommand(process.execPath, [hearthBin, "compile", sitePath, "--out", outDir])));
}

/** Bytes a compile writes when nothing changed since the last one (the target is 0). */
function noChangeBytes(sitePath: string, outDir: string): number {
  execFileSync(process.execPath, [hearthBin, "compile", sitePath, "--out", outDir]);
  const out = execFileSync(process.execPath, [hearthBin, "compile", sitePath, "--out", outDir], { encoding: "utf8" });
  return [...out.matchAll(/wrote ([\d.]+) (B|KiB)/g)].reduce((sum, m) => sum + Number(m[1]) * (m[2] === "KiB" ? 1024 : 1), 0);
}

/** `hearth check` of a site; `fresh`: every run with an empty verification cache, so systemd-analyze runs. */
function check(sitePath: string, fresh: boolean): Summary {
  const saved = process.env.XDG_CACHE_HOME;
  try {
    process.env.XDG_CACHE_HOME = join(work, "cache");
    if (!fresh) execFileSync(process.execPath, [hearthBin, "check", sitePath]);
    return summarize(
      Array.from({ length: RUNS }, (_, i) => {
        if (fresh) process.env.XDG_CACHE_HOME = join(work, `cache-${i}`);
        return timeCommand(process.execPath, [hearthBin, "check", sitePath]);
      }),
    );
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
  }
}

// warm the CLI bundle once so the first timed run does not pay for building it
execFileSync(process.execPath, [hearthBin, "--help"]);
const exampleSite = join(work, "example");
cpSync(join(root, "sites", "example"), exampleSite, { recursive: true });
const largeSite = writeLargeSite(join(work, "large"));

const results = {
  compile_cold_example_ms: coldCompile(join(exampleSite, "site.ts"), join(work, "out-example")),
  compile_cold_large_ms: coldCompile(largeSite, join(work, "out-large")),
  compile_nochange_large_ms: noChangeCompile(largeSite, join(work, "out-large")),
  check_example_ms: check(join(exampleSite, "site.ts"), true),
  check_cached_example_ms: check(join(exampleSite, "site.ts"), false),
  nochange_bytes_example: noChangeBytes(join(exampleSite, "site.ts"), join(work, "out-example")),
  nochange_bytes_large: noChangeBytes(largeSite, join(work, "out-large")),
  machine: `${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, Node ${process.version}`,
};
rmSync(work, { recursive: true, force: true });

// Shipping needs lab targets (systemd-nspawn): root only.
const shipping: ShipBench | { skipped: string } =
  process.getuid?.() === 0 ? await shipBench(RUNS) : { skipped: "ship figures need root (lab targets under systemd-nspawn): run the bench as root" };
const overCompile = (s: Summary) => Math.round((s.median - results.compile_cold_example_ms.median) * 10) / 10;
const shipMs = (pick: (s: ShipBench) => Summary) => ("skipped" in shipping ? null : pick(shipping).median);

if (json) process.stdout.write(`${JSON.stringify({ ...results, compile_cold_example_ms: results.compile_cold_example_ms.median, compile_cold_large_ms: results.compile_cold_large_ms.median, compile_nochange_large_ms: results.compile_nochange_large_ms.median, check_example_ms: results.check_example_ms.median, check_cached_example_ms: results.check_cached_example_ms.median, check_over_compile_ms: overCompile(results.check_example_ms), check_over_compile_cached_ms: overCompile(results.check_cached_example_ms), ship_noop_ms: shipMs((s) => s.noop), edit_to_running_ms: shipMs((s) => s.editToRunning), ...("skipped" in shipping ? { ship_note: shipping.skipped } : { ship_noop: shipping.noop, edit_to_running: shipping.editToRunning }) })}\n`);
else {
  const row = (name: string, s: Summary, target: string) => `${name.padEnd(38)} median ${String(s.median).padStart(5)} ms  (min ${s.min}, max ${s.max}, n=${s.n})  target ${target}`;
  process.stdout.write(
    [
      `hearth bench — ${results.machine}`,
      row("cold compile, example site (3 machines)", results.compile_cold_example_ms, "≤ 300 ms"),
      row(`cold compile, large site (${LARGE.machines}×${LARGE.filesPerMachine} files×${LARGE.unitsPerMachine} units)`, results.compile_cold_large_ms, "≤ 1000 ms"),
      row("no-change recompile, large site", results.compile_nochange_large_ms, "(no target yet)"),
      row("check, example site", results.check_example_ms, `none; adds ${overCompile(results.check_example_ms)} ms over compile`),
      row("check, example, systemd-analyze cached", results.check_cached_example_ms, `none; adds ${overCompile(results.check_cached_example_ms)} ms over compile`),
      `${"no-change recompile, bytes written".padEnd(38)} example ${results.nochange_bytes_example} B, large ${results.nochange_bytes_large} B  target 0 B`,
      ...("skipped" in shipping
        ? [`${"ship (3 lab targets)".padEnd(38)} skipped: ${shipping.skipped}`]
        : [row("no-op ship, 3 targets", shipping.noop, "< 1000 ms"), row("edit-to-running, 1 file, 3 targets", shipping.editToRunning, "< 1000 ms")]),
      "",
    ].join("\n"),
  );
}
