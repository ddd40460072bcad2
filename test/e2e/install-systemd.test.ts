// End to end on real systemd: compiled bundles installed by install.sh inside a
// booted Debian container (systemd as PID 1). Each install must start, restart,
// reload and stop exactly the units whose inputs changed, and leave the rest alone.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { compileSite } from "../../compiler/compile.ts";
import { bootTarget, ensureBaseRootfs, labSshKey, type BootedTarget } from "../../scripts/lab/index.ts";
import { tempSite } from "../support/temp-site.ts";

const skip = process.getuid?.() === 0 ? false : "needs root to boot systemd-nspawn targets";

const HELLO_SCRIPT = `#!/bin/sh
trap 'echo "reloaded with $(cat /usr/local/etc/hello.env)"' HUP
echo "hello started: $HELLO_GREETING"
while :; do sleep 1 & wait $!; done
`;

/** One version of the site; each option changes one thing between versions. */
function siteVersion(v: { greeting: string; description: string; gone: boolean; added: boolean; sshEnv: string; failing?: boolean; restart?: string; idle?: string }): string {
  return `import { dropin, file, layer, machine, service, site, timer } from "hearth";
const app = layer("app", [
  file("/usr/local/bin/hello", ${JSON.stringify(HELLO_SCRIPT)}),
  file("/usr/local/bin/idle", "#!/bin/sh\\nexec sleep ${v.idle ?? "infinity"}\\n"),
  file("/usr/local/etc/hello.env", "HELLO_GREETING=${v.greeting}\\n"),
  service("hello", {
    Unit: { Description: ${JSON.stringify(v.description)} },
    Service: { ExecStart: ["/usr/local/bin/hello"], ExecReload: ["/bin/kill", "-HUP", "$MAINPID"], EnvironmentFile: "/usr/local/etc/hello.env", Restart: ${JSON.stringify(v.restart ?? "no")} },
    Install: { WantedBy: ["multi-user.target"] },
  }),
  service("keeper", { Service: { ExecStart: ["/usr/local/bin/idle"] }, Install: { WantedBy: ["multi-user.target"] } }),
  ${v.gone ? `service("gone", { Service: { ExecStart: ["/usr/local/bin/idle"] }, Install: { WantedBy: ["multi-user.target"] } }),` : ""}
  ${v.added ? `service("added", { Service: { ExecStart: ["/usr/local/bin/idle"] }, Install: { WantedBy: ["multi-user.target"] } }),` : ""}
  ${v.failing ? `service("broken", { Service: { ExecStart: ["/bin/false"], Type: "oneshot" }, Install: { WantedBy: ["multi-user.target"] } }),` : ""}
  service("tick", { Service: { Type: "oneshot", ExecStart: ["/bin/true"] } }),
  timer("tick", { Timer: { OnCalendar: "hourly" }, Install: { WantedBy: ["timers.target"] } }),
  dropin("ssh.service", "hearth", { Service: { Environment: { HEARTH_TEST: ${JSON.stringify(v.sshEnv)} } } }),
]);
export default site({ name: "e2e", domain: "e2e.test", machines: [machine("box", { layers: [app] })] });
`;
}

const v1 = { greeting: "one", description: "Hello v1", gone: true, added: false, sshEnv: "a" };
const v2 = { ...v1, greeting: "two", gone: false, added: true }; // config change only, one unit removed, one added
const v3 = { ...v2, description: "Hello v3", restart: "on-failure", sshEnv: "b" }; // unit file changed, drop-in changed
const v4 = { ...v3, failing: true }; // a unit that fails to start
const v5 = { ...v3, description: "Hello v5" }; // only a cosmetic [Unit] key changed
const v6 = { ...v5, idle: "1000000" }; // alternated with v5: keeper restarts, no daemon-reload

async function compileVersion(name: string, version: typeof v1): Promise<string> {
  const { dir, sitePath } = tempSite(siteVersion(version));
  const result = await compileSite({ sitePath, outDir: join(dir, "out") });
  assert.ok(result.ok, JSON.stringify(result.diagnostics));
  return join(dir, "out", "box");
}

describe("install.sh on a real systemd", { skip, timeout: 300_000 }, () => {
  let target: BootedTarget;
  const outs: Record<string, string> = {};

  before(async () => {
    const [base, key] = await Promise.all([ensureBaseRootfs(), labSshKey()]);
    target = await bootTarget({ name: "box", base, authorizedKey: key.publicKey });
    for (const [name, v] of Object.entries({ v1, v2, v3, v4, v5, v6 })) {
      outs[name] = await compileVersion(name, v);
      await target.copyIn(outs[name]!, `/root/${name}`);
    }
  });
  after(async () => target?.down());

  const sh = async (...argv: string[]) => target.exec(argv, { allowFail: true, timeoutMs: 120_000 });
  const install = (version: string, ...args: string[]) => sh("sh", `/root/${version}/install.sh`, ...args);
  const show = async (unit: string, prop: string) => (await sh("systemctl", "show", "-p", prop, "--value", unit)).stdout.trim();
  const mainPid = (unit: string) => show(unit, "MainPID");
  const active = (unit: string) => show(unit, "ActiveState");
  const journal = async (unit: string) => (await sh("journalctl", "-q", "-o", "cat", "-u", unit)).stdout;

  test("a first install starts the wanted units and reports what it did", async () => {
    const r = await install("v1");
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /start\s+hello\.service/);
    for (const unit of ["hello.service", "keeper.service", "gone.service", "tick.timer"]) assert.equal(await active(unit), "active", unit);
    assert.equal(await active("tick.service"), "inactive", "the timer's service is not started by the install");
    assert.equal(await show("ssh.service", "Environment"), "HEARTH_TEST=a");
    assert.match(await journal("hello.service"), /hello started: one/);
  });

  test("installing the same bundle again changes nothing", async () => {
    const before = await mainPid("hello.service");
    const r = await install("v1");
    assert.equal(r.code, 0);
    assert.match(r.stdout + r.stderr, /already installed/);
    assert.equal(await mainPid("hello.service"), before);
  });

  test("a config-only change reloads, a removed unit stops, a new one starts, the rest is left alone", async () => {
    const hello = await mainPid("hello.service");
    const keeper = await mainPid("keeper.service");
    const ssh = await mainPid("ssh.service");
    const r = await install("v2");
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const out = r.stdout + r.stderr;
    assert.match(out, /reload\S*\s+hello\.service\s+.*etc\/hello\.env/);
    assert.match(out, /stop\s+gone\.service/);
    assert.match(out, /start\s+added\.service/);
    assert.equal(await mainPid("hello.service"), hello, "hello was reloaded, not restarted");
    assert.match(await journal("hello.service"), /reloaded with HELLO_GREETING=two/);
    assert.equal(await mainPid("keeper.service"), keeper, "keeper did not change and kept running");
    assert.equal(await mainPid("ssh.service"), ssh, "ssh's drop-in did not change");
    assert.equal(await active("gone.service"), "inactive");
    assert.equal(await active("added.service"), "active");
  });

  test("a changed unit file restarts the unit after daemon-reload; a changed drop-in restarts the distro unit", async () => {
    const hello = await mainPid("hello.service");
    const ssh = await mainPid("ssh.service");
    const r = await install("v3");
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.notEqual(await mainPid("hello.service"), hello);
    assert.equal(await show("hello.service", "Description"), "Hello v3");
    assert.notEqual(await mainPid("ssh.service"), ssh);
    assert.equal(await show("ssh.service", "Environment"), "HEARTH_TEST=b");
  });

  test("rollback goes back to the previous generation, units included, even though the unit files are older", async () => {
    const r = await sh("sh", "/root/v3/install.sh", "rollback");
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(await show("hello.service", "Description"), "Hello v1");
    assert.equal(await show("ssh.service", "Environment"), "HEARTH_TEST=a");
    assert.equal(await active("hello.service"), "active");
  });

  test("a unit that fails to start is reported; the new generation stays current and rollback is offered", async () => {
    const r = await install("v4");
    assert.notEqual(r.code, 0);
    const out = r.stdout + r.stderr;
    assert.match(out, /broken\.service/);
    assert.match(out, /rollback/);
    const current = await sh("readlink", "/usr/local/.hearth/current");
    assert.match(current.stdout, /gens\/[0-9a-f]{16}/);
    assert.equal(await active("hello.service"), "active", "other units were still handled");
  });

  test("a change of Description= alone reloads the daemon but restarts nothing", async () => {
    const hello = await mainPid("hello.service");
    const r = await install("v5");
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^daemon-reload$/m);
    assert.doesNotMatch(r.stdout, /hello\.service/);
    assert.equal(await show("hello.service", "Description"), "Hello v5");
    assert.equal(await mainPid("hello.service"), hello);
  });

  test("quick successive deploys that restart a unit do not trip systemd's start limit", async () => {
    // StartLimitBurst= is 5 starts in 10 s by default; seven deploys in a row restart keeper
    // seven times, and only its ExecStart binary changes (no daemon-reload resets the limit)
    for (const version of ["v6", "v5", "v6", "v5", "v6", "v5", "v6"]) {
      const r = await install(version);
      assert.equal(r.code, 0, `${version}: ${r.stdout}${r.stderr}`);
    }
    assert.equal(await active("keeper.service"), "active");
  });
});
