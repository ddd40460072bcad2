// Edit-to-running with `hearth watch --ship` on 3 lab targets: from the save of a
// one-file change to every machine having activated it, passed its health checks
// and confirmed it — with the ssh connections kept open across saves, as watch
// keeps them. bench.ts bundles this file and runs it as root; it prints one JSON object.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CompileResult } from "../../compiler/compile.ts";
import { WatchLoop } from "../../compiler/watch/loop.ts";
import { bootTarget, ensureBaseRootfs, labSshKey, type BootedTarget } from "../lab/index.ts";
import { readInventory } from "../ship/inventory.ts";
import { Sessions } from "../ship/sessions.ts";
import { shipCompiled } from "../ship/ship.ts";
import { benchWorkDir, summarize } from "./measure.ts";
import { benchSiteSource, BENCH_MACHINES } from "./ship-bench.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const quiet = { write: () => true };

const [base, key] = await Promise.all([ensureBaseRootfs(), labSshKey()]);
const targets: BootedTarget[] = await Promise.all(BENCH_MACHINES.map((name) => bootTarget({ name, base, authorizedKey: key.publicKey })));
const dir = benchWorkDir("watch-ship-");
const sessions = new Sessions();
let loop: WatchLoop | undefined;
try {
  writeFileSync(join(dir, "known_hosts"), targets.map((t) => `${t.address} ${t.hostPublicKey}\n`).join(""));
  writeFileSync(join(dir, "inventory.json"), JSON.stringify(Object.fromEntries(targets.map((t) => [t.name, { host: t.address, user: "root", identity: key.privateKeyPath, knownHosts: "known_hosts" }]))));
  const sitePath = join(dir, "site.ts");
  writeFileSync(sitePath, benchSiteSource(0));
  const outDir = join(dir, "out");
  const options = { sitePath, machines: [], inventory: readInventory(join(dir, "inventory.json")), outDir, parallel: 8, confirmTimeout: 30, installPackages: false, dryRun: false, stdout: quiet, stderr: quiet };
  let failures = 0;
  loop = new WatchLoop({
    sitePath,
    machines: [],
    outDir,
    out: quiet,
    err: quiet,
    ship: async (compiled: CompileResult) => {
      const code = await shipCompiled(compiled, options, sessions);
      if (code !== 0) failures++;
      return code;
    },
  });
  let builds = 0;
  loop.onBuilt = () => void builds++;
  await loop.start();
  await loop.idle(); // the first ship installs everything
  const samples: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const before = builds;
    const start = performance.now();
    writeFileSync(sitePath, benchSiteSource(i));
    while (builds === before) await new Promise((r) => setTimeout(r, 2));
    await loop.idle();
    samples.push(performance.now() - start);
  }
  if (failures > 0) throw new Error(`${failures} ship(s) failed during the benchmark`);
  process.stdout.write(`${JSON.stringify({ edit_to_running: summarize(samples) })}\n`);
} finally {
  await loop?.close();
  await sessions.close();
  await Promise.all(targets.map((t) => t.down()));
  rmSync(dir, { recursive: true, force: true });
}
