// End to end on real systemd (ACTIVATION.md): `install.sh activate` inside a
// booted Debian container starts its worker as a transient systemd unit and
// returns; the worker switches, settles the units and waits for `confirm`,
// which arrives over a fresh ssh connection. No confirmation, or a unit that
// fails, puts the machine back on the old generation with its units running.
// The worker outlives the process (nsenter, ssh) that started it.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { compileSite } from "../../compiler/compile.ts";
import {
  bootTarget,
  CONTAINER_ENV,
  ensureBaseRootfs,
  labSshKey,
  nsenterArgv,
  sshExec,
  sshOptions,
  type BootedTarget,
  type SshKey,
} from "../../scripts/lab/index.ts";
import { hostEnv } from "../../scripts/lab/exec.ts";
import { tempSite } from "../support/temp-site.ts";

const skip = process.getuid?.() === 0 ? false : "needs root to boot systemd-nspawn targets";

const HELLO_SCRIPT = `#!/bin/sh
trap 'echo "reloaded with $(cat /usr/local/etc/hello.env)"' HUP
echo "hello started: $HELLO_GREETING"
while :; do sleep 1 & wait $!; done
`;

function siteVersion(v: { greeting: string; added: boolean; broken: boolean }): string {
  return `import { file, layer, machine, service, site } from "hearth";
const app = layer("app", [
  file("/usr/local/bin/hello", ${JSON.stringify(HELLO_SCRIPT)}),
  file("/usr/local/bin/idle", "#!/bin/sh\\nexec sleep infinity\\n"),
  file("/usr/local/etc/hello.env", "HELLO_GREETING=${v.greeting}\\n"),
  service("hello", {
    Service: { ExecStart: ["/usr/local/bin/hello"], ExecReload: ["/bin/kill", "-HUP", "$MAINPID"], EnvironmentFile: "/usr/local/etc/hello.env" },
    Install: { WantedBy: ["multi-user.target"] },
  }),
  service("keeper", { Service: { ExecStart: ["/usr/local/bin/idle"] }, Install: { WantedBy: ["multi-user.target"] } }),
  ${v.added ? `service("added", { Service: { ExecStart: ["/usr/local/bin/idle"] }, Install: { WantedBy: ["multi-user.target"] } }),` : ""}
  ${v.broken ? `service("broken", { Service: { Type: "oneshot", ExecStart: ["/bin/sh", "-c", "echo broken on purpose; exit 3"] }, Install: { WantedBy: ["multi-user.target"] } }),` : ""}
]);
export default site({ name: "e2e", domain: "e2e.test", machines: [machine("box", { layers: [app] })] });
`;
}

const VERSIONS = {
  v1: { greeting: "one", added: false, broken: false },
  v2: { greeting: "two", added: true, broken: false }, // config change (reload), a new unit
  v3: { greeting: "three", added: true, broken: true }, // and a unit that fails to start
  v4: { greeting: "four", added: true, broken: false },
  v5: { greeting: "five", added: true, broken: false },
};
type Version = keyof typeof VERSIONS;

describe("activation on a real systemd", { skip, timeout: 300_000 }, () => {
  let target: BootedTarget;
  let key: SshKey;
  const gens: Partial<Record<Version, string>> = {};

  before(async () => {
    const [base, k] = await Promise.all([ensureBaseRootfs(), labSshKey()]);
    key = k;
    target = await bootTarget({ name: "act", base, authorizedKey: key.publicKey });
    for (const [name, v] of Object.entries(VERSIONS)) {
      const { dir, sitePath } = tempSite(siteVersion(v));
      const result = await compileSite({ sitePath, outDir: join(dir, "out") });
      assert.ok(result.ok, JSON.stringify(result.diagnostics));
      const out = join(dir, "out", "box");
      // what `hearth ship` sends: the uncompressed bundle and the installer
      writeFileSync(join(out, "bundle.tar"), gunzipSync(readFileSync(join(out, "bundle.tar.gz"))));
      gens[name as Version] = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).gen;
      await target.copyIn(out, `/var/cache/hearth/${name}`);
    }
  });
  after(async () => target?.down());

  const sh = (...argv: string[]) => target.exec(argv, { allowFail: true, timeoutMs: 60_000 });
  const installer = (v: Version) => `/var/cache/hearth/${v}/install.sh`;
  const activateArgv = (v: Version, ...args: string[]) => ["sh", installer(v), "activate", "--bundle", `/var/cache/hearth/${v}/bundle.tar`, ...args];
  const current = async () => (await sh("readlink", "/usr/local/.hearth/current")).stdout.trim().replace(/^gens\//, "");
  const active = async (unit: string) => (await sh("systemctl", "show", "-p", "ActiveState", "--value", unit)).stdout.trim();

  async function status(): Promise<Record<string, string>> {
    const r = await sh("sh", installer("v1"), "status");
    assert.equal(r.code, 0, r.stderr);
    return Object.fromEntries(r.stdout.split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
  }
  async function waitFor(states: string[], timeoutMs = 60_000): Promise<Record<string, string>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const st = await status();
      if (states.includes(st.state!)) return st;
      if (Date.now() > deadline) {
        const log = await sh("cat", "/run/hearth/activation/log");
        assert.fail(`state ${st.state}, not ${states.join("|")}, after ${timeoutMs} ms\n${log.stdout}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function activate(v: Version, ...args: string[]): Promise<string> {
    const r = await sh(...activateArgv(v, ...args));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const m = /^activation (\S+) started$/m.exec(r.stdout);
    assert.ok(m, r.stdout + r.stderr);
    return m[1]!;
  }
  /** `confirm` the way the shipper does: over a new ssh connection. */
  const confirm = (v: Version, id: string) => sshExec(target, key, ["sh", installer(v), "confirm", id], { allowFail: true, timeoutMs: 30_000 });

  test("a first activation runs as a transient unit, awaits confirmation, and is confirmed over ssh", async () => {
    const t0 = Date.now();
    const id = await activate("v1", "--confirm-timeout", "30");
    assert.ok(Date.now() - t0 < 10_000, "activate returned without waiting for the activation");
    const st = await waitFor(["awaiting-confirmation"]);
    assert.equal(st.id, id);
    // the worker is a transient unit of its own, not a child of our session
    const units = await sh("systemctl", "list-units", "--no-legend", "--plain", "hearth-activation-*");
    assert.match(units.stdout, new RegExp(`^hearth-activation-${gens.v1!.slice(0, 8)}-\\S+\\.service\\s+loaded active running`, "m"));
    assert.equal(await active("hello.service"), "active");
    assert.equal(await current(), gens.v1);
    // WHEN confirmed over a fresh connection THEN done, and the transient unit is gone (--collect)
    const c = await confirm("v1", id);
    assert.equal(c.code, 0, c.stdout + c.stderr);
    assert.equal(c.stdout.trim(), `activation ${id} confirmed`);
    const end = await waitFor(["done"]);
    assert.deepEqual([end.old, end.new, end.started], ["", gens.v1, "2"]);
    for (let i = 0; i < 50 && (await sh("systemctl", "list-units", "--no-legend", "--all", "hearth-activation-*")).stdout.trim(); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal((await sh("systemctl", "list-units", "--no-legend", "--all", "hearth-activation-*")).stdout.trim(), "");
  });

  test("no confirmation: back on the old generation, its units running", async () => {
    const keeper = await sh("systemctl", "show", "-p", "MainPID", "--value", "keeper.service");
    await activate("v2", "--confirm-timeout", "2");
    await waitFor(["awaiting-confirmation"]);
    assert.equal(await current(), gens.v2);
    assert.equal(await active("added.service"), "active");
    const end = await waitFor(["rolled-back", "failed"]);
    assert.equal(end.state, "rolled-back", JSON.stringify(end));
    assert.equal(end.reason, "no confirmation within 2 s");
    assert.equal(await current(), gens.v1);
    assert.equal(await active("hello.service"), "active");
    assert.equal(await active("keeper.service"), "active");
    assert.equal(await active("added.service"), "inactive", "the unit v2 added was stopped");
    assert.equal((await sh("systemctl", "show", "-p", "MainPID", "--value", "keeper.service")).stdout, keeper.stdout, "keeper never changed");
    const journal = await sh("journalctl", "-q", "-o", "cat", "-u", "hello.service");
    assert.match(journal.stdout, /reloaded with HELLO_GREETING=two\n(.*\n)*reloaded with HELLO_GREETING=one/);
  });

  test("a unit that fails to start: rolled back, with its journal lines", async () => {
    await activate("v3", "--confirm-timeout", "30");
    const end = await waitFor(["rolled-back", "failed"]);
    assert.equal(end.state, "rolled-back", JSON.stringify(end));
    assert.match(end.reason!, /units failed: broken\.service/);
    assert.match(end.failed_units!, /broken\.service/);
    const log = await sh("cat", "/run/hearth/activation/units.log");
    assert.match(log.stdout, /^== broken\.service ==\n/);
    assert.match(log.stdout, /broken on purpose/);
    assert.equal(await current(), gens.v1);
    assert.equal(await active("hello.service"), "active");
    // a confirmation now is refused: the activation is over
    const c = await confirm("v3", end.id!);
    assert.equal(c.code, 1);
    assert.match(c.stderr, /has already ended: rolled-back/);
  });

  /** Spawns argv on the host; resolves with the child once its stdout shows `activation ... started`. */
  function startAndWait(argv: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; id: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /^activation (\S+) started$/m.exec(out);
        if (m) resolve({ child, id: m[1]! });
      });
      child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
      child.on("error", reject);
      child.on("exit", (code) => reject(new Error(`exited ${code} before the activation started:\n${out}${err}`)));
    });
  }

  /** Every descendant of `pid` (host pids), deepest first. */
  function descendants(pid: number): number[] {
    const kids: number[] = [];
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      let text = "";
      try {
        text = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8");
      } catch {}
      for (const c of text.split(" ").filter(Boolean)) kids.push(...descendants(Number(c)), Number(c));
    }
    return kids;
  }

  test("the worker survives the death of the nsenter process (and everything under it) that started it", async () => {
    // GIVEN activate started through nsenter, followed by a long sleep in the same session
    const argv = nsenterArgv(target.pid, ["sh", "-c", `${activateArgv("v4", "--confirm-timeout", "30").join(" ")}; sleep 60`]);
    const { child, id } = await startAndWait(argv, CONTAINER_ENV);
    // WHEN nsenter and every process below it are killed right away
    for (const pid of [...descendants(child.pid!), child.pid!]) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {}
    }
    // THEN the activation still switches, awaits confirmation and, confirmed, is done
    await waitFor(["awaiting-confirmation"]);
    assert.equal(await current(), gens.v4);
    assert.equal((await confirm("v4", id)).code, 0);
    assert.equal((await waitFor(["done", "rolled-back", "failed"])).state, "done");
    assert.equal(await current(), gens.v4);
  });

  test("the worker survives a killed ssh session that started it", async () => {
    // GIVEN activate started over ssh, the session kept open by a sleep
    const remote = `${activateArgv("v5", "--confirm-timeout", "30").join(" ")}; sleep 60`;
    const { child, id } = await startAndWait(["ssh", ...sshOptions(key), `root@${target.address}`, "--", remote], hostEnv());
    // WHEN the ssh client is killed (the connection drops)
    child.kill("SIGKILL");
    // THEN the activation goes on; a fresh connection confirms it
    await waitFor(["awaiting-confirmation"]);
    assert.equal((await confirm("v5", id)).code, 0);
    assert.equal((await waitFor(["done", "rolled-back", "failed"])).state, "done");
    assert.equal(await current(), gens.v5);
    assert.equal(await active("hello.service"), "active");
  });
});
