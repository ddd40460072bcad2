// Shipping figures for `npm run bench`: a no-op ship to 3 lab targets, and
// edit-to-running for a one-file change on 3 targets (compile + rsync + activate +
// settle + health checks + confirmation), each a new `hearth ship` process.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { bootTarget, ensureBaseRootfs, labSshKey, type BootedTarget } from "../lab/index.ts";
import { benchWorkDir, hearthBin, summarize, timeCommand, type Summary } from "./measure.ts";

export interface ShipBench {
  readonly noop: Summary;
  readonly editToRunning: Summary;
}

export const BENCH_MACHINES = ["bench1", "bench2", "bench3"];

const RESPOND = "#!/bin/sh\nwhile IFS= read -r l; do case $l in \"\" | \"$(printf '\\r')\") break ;; esac; done\nprintf 'HTTP/1.0 200 OK\\r\\n\\r\\nok\\r\\n'\n";

export function benchSiteSource(version: number): string {
  return `import { file, health, layer, machine, service, site, socket } from "hearth";
const app = layer("app", [
  file("/usr/local/bin/app", "#!/bin/sh\\nexec sleep infinity\\n"),
  file("/usr/local/etc/app.env", "APP_VERSION=${version}\\n"),
  file("/usr/local/libexec/respond", ${JSON.stringify(RESPOND)}),
  service("app", { Service: { ExecStart: ["/usr/local/bin/app"], EnvironmentFile: "/usr/local/etc/app.env" }, Install: { WantedBy: ["multi-user.target"] } }),
  socket("web", { Socket: { ListenStream: ["8080"], Accept: true }, Install: { WantedBy: ["sockets.target"] } }),
  service("web@", { Service: { ExecStart: ["/usr/local/libexec/respond"], StandardInput: "socket", StandardOutput: "socket" } }),
  health.unit("app.service"),
  health.http("http://127.0.0.1:8080/"),
]);
export default site({ name: "bench", domain: "bench.test", machines: [${BENCH_MACHINES.map((m) => `machine("${m}", { layers: [app] })`).join(", ")}] });
`;
}

/** Boots 3 lab targets, ships once, then times `runs` no-op ships and `runs` one-file-change ships. */
export async function shipBench(runs: number): Promise<ShipBench> {
  const [base, key] = await Promise.all([ensureBaseRootfs(), labSshKey()]);
  const targets: BootedTarget[] = await Promise.all(BENCH_MACHINES.map((name) => bootTarget({ name, base, authorizedKey: key.publicKey })));
  const dir = benchWorkDir("ship-");
  try {
    writeFileSync(join(dir, "known_hosts"), targets.map((t) => `${t.address} ${t.hostPublicKey}\n`).join(""));
    writeFileSync(join(dir, "inventory.json"), JSON.stringify(Object.fromEntries(targets.map((t) => [t.name, { host: t.address, user: "root", identity: key.privateKeyPath, knownHosts: "known_hosts" }]))));
    const sitePath = join(dir, "site.ts");
    const args = ["ship", sitePath, "--inventory", join(dir, "inventory.json"), "--out", join(dir, "out")];
    writeFileSync(sitePath, benchSiteSource(0));
    // the first ship installs everything
    const first = spawnSync(process.execPath, [hearthBin, ...args], { encoding: "utf8" });
    if (first.status !== 0) throw new Error(`the bench's first ship failed (exit ${first.status}):\n${first.stdout}${first.stderr}`);
    const noop = summarize(Array.from({ length: runs }, () => timeCommand(process.execPath, [hearthBin, ...args])));
    const editToRunning = summarize(
      Array.from({ length: runs }, (_, i) => {
        writeFileSync(sitePath, benchSiteSource(i + 1));
        return timeCommand(process.execPath, [hearthBin, ...args]);
      }),
    );
    return { noop, editToRunning };
  } finally {
    await Promise.all(targets.map((t) => t.down()));
    rmSync(dir, { recursive: true, force: true });
  }
}
