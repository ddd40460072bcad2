// The example site on real systemd: the router and the NAS (the web machine needs
// Debian's nginx, which the lab base does not carry yet) installed by their
// generated installers, their services running, and the central trick working:
// a hearth-owned file mounted over a distro path (/etc/motd) for sshd's sessions.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { compileSite } from "../../compiler/compile.ts";
import { bootTarget, ensureBaseRootfs, labSshKey, sshExec, waitForSsh, type BootedTarget, type SshKey } from "../../scripts/lab/index.ts";

const skip = process.getuid?.() === 0 ? false : "needs root to boot systemd-nspawn targets";
const example = join(import.meta.dirname, "..", "..", "sites", "example");

/** The unit's journal once it matches `pattern`, or as it is after `timeoutMs`. */
async function journalUntil(t: BootedTarget, unit: string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const { stdout } = await t.exec(["journalctl", "-q", "-o", "cat", "-u", unit]);
    if (pattern.test(stdout) || Date.now() > end) return stdout;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the example site on real systemd", { skip, timeout: 300_000 }, () => {
  const targets: Record<string, BootedTarget> = {};
  let key: SshKey;
  let out: string;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-example-"));
    cpSync(example, dir, { recursive: true });
    out = join(dir, "out");
    const result = await compileSite({ sitePath: join(dir, "site.ts"), outDir: out });
    assert.ok(result.ok, JSON.stringify(result.diagnostics));
    // the packages of the whole site, as `hearth lab up` bakes them: the same base image as the lab flow's
    const packages = [...new Set(result.machines.flatMap((m) => m.generation.packages))].sort();
    const [base, k] = await Promise.all([ensureBaseRootfs({ extraPackages: packages }), labSshKey()]);
    key = k;
    for (const name of ["router", "nas"]) {
      targets[name] = await bootTarget({ name, base, authorizedKey: key.publicKey });
      await targets[name].copyIn(join(out, name), "/root/hearth");
    }
  });
  after(async () => Promise.all(Object.values(targets).map((t) => t.down())));

  for (const name of ["router", "nas"]) {
    test(`${name}: install.sh installs the generation and starts its services`, async () => {
      const t = targets[name]!;
      const r = await t.exec(["sh", "/root/hearth/install.sh"], { allowFail: true, timeoutMs: 120_000 });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal((await t.exec(["systemctl", "is-active", "heartbeat.service"], { allowFail: true })).stdout.trim(), "active");
      // the first line reaches the journal a moment after the unit counts as started (its sandbox is set up first)
      const journal = await journalUntil(t, "heartbeat.service", new RegExp(`heartbeat from ${name}: load`));
      assert.match(journal, new RegExp(`heartbeat from ${name}: load`));
      const verify = await t.exec(["sh", "/root/hearth/install.sh", "verify"], { allowFail: true });
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    });
  }

  test("nas: the disk report timer is active and its service runs", async () => {
    const t = targets.nas!;
    assert.equal((await t.exec(["systemctl", "is-active", "disk-report.timer"], { allowFail: true })).stdout.trim(), "active");
    const run = await t.exec(["systemctl", "start", "disk-report.service"], { allowFail: true, timeoutMs: 60_000 });
    assert.equal(run.code, 0, run.stderr);
    assert.match((await t.exec(["journalctl", "-q", "-o", "cat", "-u", "disk-report.service"])).stdout, /\d+%\s+\/\S*/);
  });

  test("router: an ssh session sees hearth's motd, bind-mounted over /etc/motd by the ssh drop-in", async () => {
    const t = targets.router!;
    await waitForSsh(t, key);
    const seen = await sshExec(t, key, ["cat", "/etc/motd"]);
    assert.match(seen.stdout, /^router\.home\.arpa — x86_64, 2 cores\nManaged by hearth/);
    // outside sshd's mount namespace the distro file is untouched
    const host = await t.exec(["cat", "/etc/motd"]);
    assert.doesNotMatch(host.stdout, /Managed by hearth/);
  });
});
