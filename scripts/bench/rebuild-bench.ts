// The warm-rebuild figures of `npm run bench`, measured the way `hearth watch`
// rebuilds: one CompileSession kept across edits. bench.ts bundles this file
// (like the CLI: no TypeScript loader in the way) and runs it in child processes
// with the watch's V8 flags, once for `rebuilds` and five times for `memory`; each
// prints one JSON object.
import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CompileSession } from "../../compiler/session.ts";
import { EDITS, writeLargeSite } from "./large-site.ts";
import { summarize } from "./measure.ts";

const [what, work, exampleDir] = process.argv.slice(2) as ["rebuilds" | "memory", string, string];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REBUILDS = Number(process.env.BENCH_REBUILDS ?? 30);

async function timed(session: CompileSession, outDir: string): Promise<number> {
  const start = performance.now();
  const result = await session.compile({ outDir });
  if (!result.ok) throw new Error(`a rebuild failed: ${JSON.stringify(result.diagnostics).slice(0, 500)}`);
  return performance.now() - start;
}

async function rebuilds(): Promise<Record<string, unknown>> {
  const sitePath = writeLargeSite(join(work, "large"));
  const outDir = join(work, "large", "out");
  const source = readFileSync(sitePath, "utf8");
  const session = new CompileSession(sitePath);
  await session.compile({ outDir });
  const oneFile: number[] = [];
  for (let i = 1; i <= REBUILDS; i++) {
    EDITS.oneFile(join(work, "large"), i);
    oneFile.push(await timed(session, outDir));
  }
  const oneInSite: number[] = [];
  for (let i = 1; i <= REBUILDS; i++) {
    writeFileSync(sitePath, EDITS.oneInSite(source, i));
    oneInSite.push(await timed(session, outDir));
  }
  const shared: number[] = [];
  // what the edits above wrote is flushed first: each series is measured with its own writes
  execFileSync("sync");
  for (let i = 1; i <= RUNS; i++) {
    writeFileSync(sitePath, EDITS.shared(source, i));
    shared.push(await timed(session, outDir));
  }
  await session.dispose();
  return { rebuild_one: summarize(oneFile), rebuild_one_site_ts: summarize(oneInSite), rebuild_shared: summarize(shared) };
}

/** RSS of a session after 100 and after 1,000 rebuilds of the example site, each after an edit of site.ts. */
async function memory(): Promise<Record<string, unknown>> {
  const dir = join(work, "memory");
  cpSync(exampleDir, dir, { recursive: true });
  const sitePath = join(dir, "site.ts");
  const source = readFileSync(sitePath, "utf8");
  const session = new CompileSession(sitePath);
  // what the watch keeps, not what the collector has yet to free: collect first (the watch
  // itself collects every hundred builds). Resident memory still moves by several MiB from
  // one build to the next (V8 and malloc give pages back when they choose) while the
  // JavaScript heap stays flat: each figure is the median over the ten builds up to it.
  const sample = () => {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    return { rss: rss / 1048576, heap: heapUsed / 1048576 };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const at: Record<100 | 1000, { rss: number; heap: number }[]> = { 100: [], 1000: [] };
  for (let i = 1; i <= 1000; i++) {
    writeFileSync(sitePath, source.replace("worker_connections 512", `worker_connections ${1000 + i}`));
    await timed(session, join(dir, "out"));
    if (i > 90 && i <= 100) at[100].push(sample());
    if (i > 990) at[1000].push(sample());
  }
  const [rss100, rss1000] = [median(at[100].map((s) => s.rss)), median(at[1000].map((s) => s.rss))];
  const [heap100, heap1000] = [median(at[100].map((s) => s.heap)), median(at[1000].map((s) => s.heap))];
  const round = (x: number) => Math.round(x * 10) / 10;
  await session.dispose();
  return {
    watch_rss_100_mib: round(rss100),
    watch_rss_1000_mib: round(rss1000),
    watch_rss_growth_pct: round(((rss1000 - rss100) / rss100) * 100),
    watch_heap_100_mib: round(heap100),
    watch_heap_1000_mib: round(heap1000),
    watch_heap_growth_pct: round(((heap1000 - heap100) / heap100) * 100),
  };
}

// each in its own process: the memory figure must not carry the large site's rebuilds
process.stdout.write(`${JSON.stringify(what === "memory" ? await memory() : await rebuilds())}\n`);
