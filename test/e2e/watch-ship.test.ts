// hearth watch --ship on real targets: a save ships the machines it changed, over
// the ssh connections the watch keeps open (one new connection per ship: the
// confirmation's, which must be new), and leaves the others alone.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { CompileResult } from "../../compiler/compile.ts";
import { WatchLoop } from "../../compiler/watch/loop.ts";
import { bootTarget, ensureBaseRootfs, labSshKey, type BootedTarget } from "../../scripts/lab/index.ts";
import { readInventory } from "../../scripts/ship/inventory.ts";
import { Sessions } from "../../scripts/ship/sessions.ts";
import { shipCompiled } from "../../scripts/ship/ship.ts";

const skip = process.getuid?.() === 0 ? false : "needs root to boot systemd-nspawn targets";
const quiet = { write: () => true };

const siteSource = (web: string) => `import { file, health, layer, machine, service, site } from "hearth";
const app = (text: string) => layer("app", [
  file("/usr/local/bin/app", "#!/bin/sh\\nexec sleep infinity\\n"),
  file("/usr/local/etc/app.conf", text),
  service("app", { Service: { ExecStart: ["/usr/local/bin/app"] }, Install: { WantedBy: ["multi-user.target"] }, triggers: ["/usr/local/etc/app.conf"] }),
  health.unit("app.service"),
]);
export default site({ name: "w", domain: "w.test", machines: [
  machine("one", { layers: [app(${JSON.stringify(web)})] }),
  machine("two", { layers: [app("fixed\\n")] }),
] });
`;

describe("hearth watch --ship", { skip, timeout: 300_000 }, () => {
  const targets: Record<string, BootedTarget> = {};
  const sessions = new Sessions();
  let loop: WatchLoop;
  let dir: string;
  let builds = 0;
  const shipped: string[][] = [];

  before(async () => {
    const [base, key] = await Promise.all([ensureBaseRootfs(), labSshKey()]);
    for (const name of ["one", "two"]) targets[name] = await bootTarget({ name, base, authorizedKey: key.publicKey });
    dir = mkdtempSync(join(tmpdir(), "hearth-watch-ship-"));
    writeFileSync(join(dir, "known_hosts"), Object.values(targets).map((t) => `${t.address} ${t.hostPublicKey}\n`).join(""));
    writeFileSync(join(dir, "inventory.json"), JSON.stringify(Object.fromEntries(Object.entries(targets).map(([n, t]) => [n, { host: t.address, user: "root", identity: key.privateKeyPath, knownHosts: "known_hosts" }]))));
    writeFileSync(join(dir, "site.ts"), siteSource("v0\n"));
    const options = { sitePath: join(dir, "site.ts"), machines: [], inventory: readInventory(join(dir, "inventory.json")), outDir: join(dir, "out"), parallel: 8, confirmTimeout: 20, installPackages: false, dryRun: false, stdout: quiet, stderr: quiet };
    loop = new WatchLoop({
      sitePath: options.sitePath,
      machines: [],
      outDir: options.outDir,
      out: quiet,
      err: quiet,
      ship: async (compiled: CompileResult) => {
        shipped.push(compiled.machines.map((m) => m.name).sort());
        return shipCompiled(compiled, options, sessions);
      },
    });
    loop.onBuilt = () => void builds++;
    await loop.start();
    await loop.idle();
  });
  after(async () => {
    await loop?.close();
    await sessions.close();
    await Promise.all(Object.values(targets).map((t) => t.down()));
  });

  /** ssh connections a target's sshd accepted so far. */
  const accepted = async (t: BootedTarget) => (await t.exec(["journalctl", "-q", "-o", "cat", "-u", "ssh.service", "--grep", "Accepted publickey"], { allowFail: true })).stdout.split("\n").filter(Boolean).length;
  const current = async (t: BootedTarget) => (await t.exec(["readlink", "/usr/local/.hearth/current"])).stdout.trim();

  test("the first build ships every machine", async () => {
    assert.deepEqual(shipped, [["one", "two"]]);
    for (const t of Object.values(targets)) assert.match(await current(t), /^gens\/[0-9a-f]{16}$/);
  });

  test("a save ships only the machine it changed, reusing the watch's ssh connection", async () => {
    const one = targets.one!;
    const two = targets.two!;
    const [oneBefore, twoBefore, twoGen] = [await accepted(one), await accepted(two), await current(two)];
    const before = builds;
    writeFileSync(join(dir, "site.ts"), siteSource("v1\n"));
    while (builds === before) await new Promise((r) => setTimeout(r, 10));
    await loop.idle();
    assert.deepEqual(shipped.at(-1), ["one"]);
    assert.equal((await one.exec(["cat", "/usr/local/etc/app.conf"])).stdout, "v1\n");
    // one new connection: the confirmation's; everything else went through the kept master
    assert.equal(await accepted(one), oneBefore + 1);
    assert.equal(await accepted(two), twoBefore, "two was not contacted");
    assert.equal(await current(two), twoGen);
  });
});
