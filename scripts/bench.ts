// npm run bench: prints the figures the issues set targets for, as medians with
// min and max over repeated runs (p95 where a target names it). Machines are
// noisy: read ratios, not single runs. `npm run bench -- --json` prints one object.
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { LARGE, machineName, writeLargeSite } from "./bench/large-site.ts";
// rebuilds run the way `hearth watch` runs: its V8 flags and environment
import { WATCH_FLAGS, watchEnv } from "../bin/watch-process.js";
import { benchWorkDir, bundleScript, hearthBin, peakRss, runJson, summarize, timeCommand, type Summary } from "./bench/measure.ts";
import { shipBench } from "./bench/ship-bench.ts";
import { writeExampleFacts } from "../test/support/example-keys.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const json = process.argv.includes("--json");
const root = join(import.meta.dirname, "..");
const work = benchWorkDir("run-");
const isRoot = process.getuid?.() === 0;

function coldCompile(sitePath: string, outDir: string, machines: readonly string[] = []): Summary {
  // each run is a new process into an empty output directory: nothing is cached
  return summarize(
    Array.from({ length: RUNS }, () => {
      rmSync(outDir, { recursive: true, force: true });
      return timeCommand(process.execPath, [hearthBin, "compile", sitePath, ...machines, "--out", outDir]);
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
// as after `hearth facts`: every machine's WireGuard key known, the whole overlay compiled
writeExampleFacts(exampleSite);
const largeSite = writeLargeSite(join(work, "large"));

const compile = {
  compile_cold_example_ms: coldCompile(join(exampleSite, "site.ts"), join(work, "out-example")),
  compile_cold_large_ms: coldCompile(largeSite, join(work, "out-large")),
  compile_cold_large_one_machine_ms: coldCompile(largeSite, join(work, "out-large-one"), [machineName(7)]),
  compile_nochange_large_ms: noChangeCompile(largeSite, join(work, "out-large")),
  check_example_ms: check(join(exampleSite, "site.ts"), true),
  check_cached_example_ms: check(join(exampleSite, "site.ts"), false),
};
const peak = {
  compile_cold_example_peak_rss_mib: peakRss([hearthBin, "compile", join(exampleSite, "site.ts"), "--out", join(work, "peak-example")]),
  compile_cold_large_peak_rss_mib: peakRss([hearthBin, "compile", largeSite, "--out", join(work, "peak-large")]),
  nochange_bytes_example: noChangeBytes(join(exampleSite, "site.ts"), join(work, "out-example")),
  nochange_bytes_large: noChangeBytes(largeSite, join(work, "out-large")),
};
// warm rebuilds and the watcher's memory, run the way `hearth watch` runs: bundled, with its V8 flags
const rebuildScript = await bundleScript("rebuild-bench");
// the cold compiles above leave thousands of files for the kernel to write back:
// flushed first, so the rebuilds' own writes are measured and not that backlog
execFileSync("sync");
const rebuild = {
  ...(runJson(process.execPath, [...WATCH_FLAGS, rebuildScript, "rebuilds", join(work, "rebuild"), join(root, "sites", "example")], watchEnv()) as Record<string, Summary>),
  ...watchMemory(),
} as Record<string, Summary | number>;

/**
 * The watcher's memory, in five processes of its own: the run with the median growth, and
 * the range. Resident memory is noisy here: the same code grew 1-17 % from one process to
 * the next while its JavaScript heap grew the same half MiB every time.
 */
function watchMemory(): Record<string, number> {
  const runs = [1, 2, 3, 4, 5].map((i) => runJson(process.execPath, [...WATCH_FLAGS, rebuildScript, "memory", join(work, `memory-${i}`), join(root, "sites", "example")], watchEnv()) as Record<string, number>);
  runs.sort((a, b) => a.watch_rss_growth_pct! - b.watch_rss_growth_pct!);
  return { ...runs[2]!, watch_rss_growth_min_pct: runs[0]!.watch_rss_growth_pct!, watch_rss_growth_max_pct: runs[4]!.watch_rss_growth_pct! };
}
// shipping needs lab targets (systemd-nspawn): root only
const ship = isRoot ? await shipBench(RUNS) : undefined;
const watchShip = isRoot ? (runJson(process.execPath, [...WATCH_FLAGS, await bundleScript("watch-ship-bench")], watchEnv()) as { edit_to_running: Summary }) : undefined;
rmSync(work, { recursive: true, force: true });

const machine = `${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, Node ${process.version}`;
const overCompile = (s: Summary) => Math.round((s.median - compile.compile_cold_example_ms.median) * 10) / 10;
const r = (key: string) => rebuild[key] as Summary;

if (json) {
  const medians = Object.fromEntries(Object.entries(compile).map(([k, s]) => [k, s.median]));
  process.stdout.write(
    `${JSON.stringify({
      ...medians,
      ...peak,
      check_over_compile_ms: overCompile(compile.check_example_ms),
      check_over_compile_cached_ms: overCompile(compile.check_cached_example_ms),
      rebuild_one_p50_ms: r("rebuild_one").median,
      rebuild_one_p95_ms: r("rebuild_one").p95,
      rebuild_one_site_ts_p50_ms: r("rebuild_one_site_ts").median,
      rebuild_one_site_ts_p95_ms: r("rebuild_one_site_ts").p95,
      rebuild_shared_ms: r("rebuild_shared").median,
      watch_rss_growth_pct: rebuild.watch_rss_growth_pct,
      watch_rss_growth_min_pct: rebuild.watch_rss_growth_min_pct,
      watch_rss_growth_max_pct: rebuild.watch_rss_growth_max_pct,
      watch_rss_100_mib: rebuild.watch_rss_100_mib,
      watch_rss_1000_mib: rebuild.watch_rss_1000_mib,
      watch_heap_growth_pct: rebuild.watch_heap_growth_pct,
      edit_to_running_ms: watchShip?.edit_to_running.median ?? null,
      ship_noop_ms: ship?.noop.median ?? null,
      ship_edit_to_running_ms: ship?.editToRunning.median ?? null,
      ...(isRoot ? {} : { ship_note: "ship figures need root (lab targets under systemd-nspawn): run the bench as root" }),
      details: { ...compile, ...rebuild, ...(ship ? { ship_noop: ship.noop, ship_edit_to_running: ship.editToRunning } : {}), ...(watchShip ?? {}) },
      machine,
    })}\n`,
  );
} else {
  const row = (name: string, s: Summary, target: string, p95 = false) =>
    `${name.padEnd(44)} median ${String(s.median).padStart(6)} ms${p95 ? `, p95 ${s.p95}` : ""}  (min ${s.min}, max ${s.max}, n=${s.n})  target ${target}`;
  const line = (name: string, value: string) => `${name.padEnd(44)} ${value}`;
  process.stdout.write(
    [
      `hearth bench — ${machine}`,
      row("cold compile, example site (3 machines)", compile.compile_cold_example_ms, "≤ 300 ms"),
      row(`cold compile, large site (${LARGE.machines}×${LARGE.filesPerMachine} files×${LARGE.unitsPerMachine} units)`, compile.compile_cold_large_ms, "≤ 1000 ms"),
      row("cold compile, one machine of the large site", compile.compile_cold_large_one_machine_ms, "well under the whole site"),
      line("peak memory of a cold compile", `example ${peak.compile_cold_example_peak_rss_mib} MiB, large ${peak.compile_cold_large_peak_rss_mib} MiB`),
      row("no-change recompile, large site", compile.compile_nochange_large_ms, "—"),
      line("no-change recompile, bytes written", `example ${peak.nochange_bytes_example} B, large ${peak.nochange_bytes_large} B  target 0 B`),
      row("check, example site", compile.check_example_ms, `—; adds ${overCompile(compile.check_example_ms)} ms over compile`),
      row("check, example, systemd-analyze cached", compile.check_cached_example_ms, `—; adds ${overCompile(compile.check_cached_example_ms)} ms over compile`),
      row("warm rebuild, one machine's file edited", r("rebuild_one"), "p50 ≤ 20 ms, p95 ≤ 50 ms", true),
      row("warm rebuild, one machine's part of site.ts", r("rebuild_one_site_ts"), "—", true),
      row("warm rebuild, shared layer of 50 machines", r("rebuild_shared"), "≤ 100 ms"),
      line("watcher memory, 1,000 rebuilds", `${rebuild.watch_rss_100_mib} MiB after 100, ${rebuild.watch_rss_1000_mib} MiB after 1,000: ${rebuild.watch_rss_growth_pct} % (median of 5 processes, ${rebuild.watch_rss_growth_min_pct}–${rebuild.watch_rss_growth_max_pct} %)  target ≤ 10 %`),
      line("watcher's JavaScript heap, 1,000 rebuilds", `${rebuild.watch_heap_100_mib} MiB after 100, ${rebuild.watch_heap_1000_mib} MiB after 1,000: ${rebuild.watch_heap_growth_pct} %`),
      ...(ship && watchShip
        ? [
            row("no-op ship, 3 targets", ship.noop, "< 1000 ms"),
            row("edit-to-running, hearth ship, 3 targets", ship.editToRunning, "< 1000 ms"),
            row("edit-to-running, watch --ship, 3 targets", watchShip.edit_to_running, "≤ 1000 ms"),
          ]
        : [line("ship (3 lab targets)", "skipped: ship figures need root (lab targets under systemd-nspawn)")]),
      "",
    ].join("\n"),
  );
}
