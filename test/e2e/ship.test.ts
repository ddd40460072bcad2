// End to end: `hearth ship` (the real CLI) to three real systemd targets from the lab,
// each reached over ssh with its own host key pinned in a known_hosts file.
// Every step changes one thing in site.ts and checks, on the targets, exactly what
// the issue promises: what restarts, what does not, what rolls back and when.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { bootTarget, ensureBaseRootfs, labSshKey, type BootedTarget } from "../../scripts/lab/index.ts";
import { hearthBin, runHearth } from "../support/run-cli.ts";
import { tempSite } from "../support/temp-site.ts";

const skip = process.getuid?.() === 0 ? false : "needs root to boot systemd-nspawn targets";
const MACHINES = ["alpha", "beta", "gamma"] as const;
type MachineName = (typeof MACHINES)[number];

const HELLO = `#!/bin/sh
trap 'echo "reloaded with $(cat /usr/local/etc/hello.env)"' HUP
echo "hello started: $HELLO_GREETING"
while :; do sleep 1 & wait $!; done
`;
const IDLE = "#!/bin/sh\nexec sleep infinity\n";
// One connection (systemd socket, Accept=yes): read the request up to its blank line, answer.
const WEB = `#!/bin/sh
while IFS= read -r line; do
  case $line in "" | "$(printf '\\r')") break ;; esac
done
status=$(cat /usr/local/etc/web-status)
printf 'HTTP/1.0 %s\\r\\nContent-Type: text/plain\\r\\n\\r\\nstatus %s\\r\\n' "$status" "$status"
`;

interface Version {
  /** hello.env: hello.service reloads (ExecReload) when it changes */
  readonly greeting: string;
  /** app.env: app.service restarts when it changes */
  readonly app: string;
  /** web-status: what the HTTP check gets (200 passes) */
  readonly webStatus: string;
  readonly gone: boolean;
  readonly added: boolean;
  /** a health check that takes this long (to catch the shipper mid-activation) */
  readonly slowCheck?: number;
  /** machines whose sshd this version moves to port 2222 */
  readonly sshOn2222?: readonly MachineName[];
  /** a Debian package no machine has */
  readonly missingPackage?: boolean;
}

function siteSource(v: Version): string {
  const unit = (name: string) => `service(${JSON.stringify(name)}, { Service: { ExecStart: ["/usr/local/bin/idle"] }, Install: { WantedBy: ["multi-user.target"] } })`;
  return `import { dropin, file, health, layer, machine, packages, reset, service, site, socket } from "hearth";
const app = layer("app", (m) => [
  file("/usr/local/bin/hello", ${JSON.stringify(HELLO)}),
  file("/usr/local/bin/idle", ${JSON.stringify(IDLE)}),
  file("/usr/local/libexec/web", ${JSON.stringify(WEB)}),
  file("/usr/local/etc/hello.env", ${JSON.stringify(`HELLO_GREETING=${v.greeting}\n`)}),
  file("/usr/local/etc/app.env", ${JSON.stringify(`APP=${v.app}\n`)}),
  file("/usr/local/etc/web-status", ${JSON.stringify(`${v.webStatus}\n`)}),
  service("hello", {
    Service: { ExecStart: ["/usr/local/bin/hello"], ExecReload: ["/bin/kill", "-HUP", "$MAINPID"], EnvironmentFile: "/usr/local/etc/hello.env" },
    Install: { WantedBy: ["multi-user.target"] },
  }),
  service("app", { Service: { ExecStart: ["/usr/local/bin/idle"], EnvironmentFile: "/usr/local/etc/app.env" }, Install: { WantedBy: ["multi-user.target"] } }),
  ${unit("keeper")},
  ${v.gone ? `${unit("gone")},` : ""}
  ${v.added ? `${unit("added")},` : ""}
  socket("web", { Socket: { ListenStream: ["8080"], Accept: true }, Install: { WantedBy: ["sockets.target"] } }),
  service("web@", { Service: { ExecStart: ["/usr/local/libexec/web"], StandardInput: "socket", StandardOutput: "socket" } }),
  health.unit("app.service"),
  health.unit("hello.service"),
  health.tcp(8080),
  health.http("http://127.0.0.1:8080/", { timeout: 2 }),
  health.command(["test", "-s", "/usr/local/etc/app.env"]),
  ${v.slowCheck ? `health.command(["sleep", "${v.slowCheck}"]),` : ""}
  ${v.missingPackage ? `packages("hearth-e2e-no-such-package"),` : ""}
  ${JSON.stringify(v.sshOn2222 ?? [])}.includes(m.name) && dropin("ssh.service", "port", { Service: { ExecStart: [reset, ["/usr/sbin/sshd", "-D", "-p", "2222"]] } }),
]);
export default site({
  name: "e2e",
  domain: "e2e.test",
  machines: [${MACHINES.map((m) => `machine("${m}", { layers: [app] })`).join(", ")}],
});
`;
}

/**
 * The pid of the newest ssh master (ControlMaster, "ssh: <path> [mux]") connected to
 * address:22, found by its TCP socket: the running shipper's, not one a killed shipper
 * left behind (it lingers for ControlPersist).
 */
function sshMasterOf(address: string): number | undefined {
  const remote = `${address.split(".").map((b) => Number(b).toString(16).padStart(2, "0")).reverse().join("").toUpperCase()}:0016`;
  const inodes = new Set(
    readFileSync("/proc/net/tcp", "utf8")
      .split("\n")
      .slice(1)
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[2] === remote && f[3] === "01")
      .map((f) => f[9]),
  );
  let newest: { pid: number; start: number } | undefined;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (!/^ssh: \S*\/hearth-ssh-\S+ \[mux\]/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"))) continue;
      const connected = readdirSync(`/proc/${pid}/fd`).some((fd) => inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]));
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const start = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
      if (connected && (!newest || start > newest.start)) newest = { pid: Number(pid), start };
    } catch {
      // gone meanwhile
    }
  }
  return newest?.pid;
}

const v1: Version = { greeting: "one", app: "1", webStatus: "200", gone: true, added: false };

describe("hearth ship to three real targets", { skip, timeout: 600_000 }, () => {
  const targets = {} as Record<MachineName, BootedTarget>;
  let dir = "";
  const all = () => MACHINES.map((m) => targets[m]);

  before(async () => {
    const [base, key] = await Promise.all([ensureBaseRootfs(), labSshKey()]);
    const booted = await Promise.all(MACHINES.map((name) => bootTarget({ name, base, authorizedKey: key.publicKey })));
    for (const t of booted) targets[t.name as MachineName] = t;
    ({ dir } = tempSite(siteSource(v1)));
    writeFileSync(join(dir, "known_hosts"), booted.map((t) => `${t.address} ${t.hostPublicKey}\n`).join(""));
    const inventory = Object.fromEntries(booted.map((t) => [t.name, { host: t.address, user: "root", identity: key.privateKeyPath, knownHosts: "known_hosts" }]));
    writeFileSync(join(dir, "inventory.json"), JSON.stringify(inventory, null, 2));
  });
  after(async () => {
    await Promise.all(Object.values(targets).map((t) => t.down()));
  });

  const writeSite = (v: Version) => writeFileSync(join(dir, "site.ts"), siteSource(v));
  const hearth = (...args: string[]) => runHearth(args, dir);
  const ship = (...args: string[]) => hearth("ship", "site.ts", "--inventory", "inventory.json", "--confirm-timeout", "5", ...args);
  const sh = async (t: BootedTarget, ...argv: string[]) => (await t.exec(argv, { allowFail: true, timeoutMs: 30_000 })).stdout.trim();
  const show = (t: BootedTarget, unit: string, prop: string) => sh(t, "systemctl", "show", "-p", prop, "--value", unit);
  const current = async (t: BootedTarget) => (await sh(t, "readlink", "/usr/local/.hearth/current")).replace(/^gens\//, "");
  const compiledGen = (m: MachineName) => (JSON.parse(readFileSync(join(dir, "out", m, "manifest.json"), "utf8")) as { gen: string }).gen;
  const invocations = async (t: BootedTarget, units: readonly string[]) => Object.fromEntries(await Promise.all(units.map(async (u) => [u, await show(t, u, "InvocationID")] as const)));
  const row = (stdout: string, m: MachineName) => stdout.split("\n").find((l) => l.startsWith(`${m} `)) ?? `(no row for ${m} in:\n${stdout})`;
  const journalState = (t: BootedTarget) => sh(t, "cat", "/run/hearth/activation/state");
  const out = (r: { stdout: string; stderr: string }) => `--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;

  async function until(what: string, ok: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await ok())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const UNITS = ["hello.service", "app.service", "keeper.service", "web.socket", "ssh.service"];
  let gen1 = "";
  let gen2 = "";
  let gen3 = "";

  test("a first ship installs the generation on all three, runs the checks, confirms, and says so", async () => {
    const r = await ship();
    assert.equal(r.code, 0, out(r));
    gen1 = compiledGen("alpha");
    for (const m of MACHINES) {
      assert.match(row(r.stdout, m), new RegExp(`^${m} +\\(none\\) → ${compiledGen(m)} +\\+\\d+ ~0 -0 +\\d+ started .* ok$`));
      assert.equal(await current(targets[m]), compiledGen(m));
      for (const u of ["hello.service", "app.service", "keeper.service", "gone.service", "web.socket"]) assert.equal(await show(targets[m], u, "ActiveState"), "active", `${m} ${u}`);
      assert.equal(await journalState(targets[m]), "done");
    }
    assert.match(r.stdout, /3 machines: 3 ok/);
  });

  test("an unchanged ship says so quickly and restarts nothing (every unit's InvocationID is the same)", async () => {
    const before = await Promise.all(all().map((t) => invocations(t, UNITS)));
    const start = Date.now();
    const r = await ship();
    const ms = Date.now() - start;
    assert.equal(r.code, 0, out(r));
    for (const m of MACHINES) assert.match(row(r.stdout, m), /\(unchanged\) .* unchanged$/);
    assert.deepEqual(await Promise.all(all().map((t) => invocations(t, UNITS))), before);
    assert.ok(ms < 5000, `a no-op ship took ${ms} ms`);
  });

  test("--dry-run prints the plan against what each target runs, and changes nothing", async () => {
    writeSite({ ...v1, app: "2" });
    const r = await ship("--dry-run", "alpha");
    assert.equal(r.code, 0, out(r));
    assert.match(r.stdout, new RegExp(`^== alpha against alpha \\(root@${targets.alpha.address}, generation ${gen1}\\)\\nplan: ${gen1} -> [0-9a-f]{16}: 0 added, 1 changed, 0 removed`, "m"));
    assert.match(r.stdout, /^~ etc\/app\.env \(content\)$/m);
    assert.match(r.stdout, /^restart\tapp\.service\tchanged: etc\/app\.env$/m);
    assert.doesNotMatch(r.stdout, /hello\.service|keeper\.service/);
    assert.equal(await current(targets.alpha), gen1);
  });

  test("a one-file change restarts exactly the unit that uses the file", async () => {
    const before = await Promise.all(all().map((t) => invocations(t, UNITS)));
    const r = await ship(); // site.ts already has app: "2"
    assert.equal(r.code, 0, out(r));
    gen2 = compiledGen("alpha");
    for (const [i, m] of MACHINES.entries()) {
      assert.match(row(r.stdout, m), new RegExp(`${gen1} → ${gen2} +\\+0 ~1 -0 +1 restarted .* ok$`));
      const now = await invocations(targets[m], UNITS);
      assert.notEqual(now["app.service"], before[i]!["app.service"], `${m}: app.service was restarted`);
      for (const u of UNITS.filter((u) => u !== "app.service")) assert.equal(now[u], before[i]![u], `${m}: ${u} was left alone`);
    }
  });

  test("a removed unit is stopped, a new one started, a reload-declared unit reloaded, not restarted", async () => {
    const before = await Promise.all(all().map((t) => invocations(t, UNITS)));
    const pids = await Promise.all(all().map((t) => show(t, "hello.service", "MainPID")));
    writeSite({ ...v1, app: "2", greeting: "three", gone: false, added: true });
    const r = await ship();
    assert.equal(r.code, 0, out(r));
    gen3 = compiledGen("alpha");
    for (const [i, m] of MACHINES.entries()) {
      const t = targets[m];
      assert.match(row(r.stdout, m), /1 started, 1 reloaded, 1 stopped .* ok$/);
      assert.equal(await show(t, "gone.service", "ActiveState"), "inactive");
      assert.equal(await show(t, "added.service", "ActiveState"), "active");
      assert.equal(await show(t, "hello.service", "MainPID"), pids[i], `${m}: hello kept its process`);
      assert.deepEqual(await invocations(t, UNITS), before[i], `${m}: nothing restarted`);
      assert.match(await sh(t, "journalctl", "-q", "-o", "cat", "-u", "hello.service"), /reloaded with HELLO_GREETING=three/);
    }
  });

  test("rollback goes to the previous generation, --to to any; generations lists them", async () => {
    const back = await hearth("rollback", "site.ts", "alpha", "--inventory", "inventory.json", "--confirm-timeout", "5");
    assert.equal(back.code, 0, out(back));
    assert.match(row(back.stdout, "alpha"), new RegExp(`${gen3} → ${gen2} .* ok$`));
    assert.equal(await current(targets.alpha), gen2);
    assert.equal(await show(targets.alpha, "gone.service", "ActiveState"), "active", "gen2 still has gone.service: started again");
    assert.equal(await show(targets.alpha, "added.service", "ActiveState"), "inactive", "added.service is not in gen2: stopped");

    const to = await hearth("rollback", "site.ts", "alpha", "--to", gen1, "--inventory", "inventory.json", "--confirm-timeout", "5");
    assert.equal(to.code, 0, out(to));
    assert.match(row(to.stdout, "alpha"), new RegExp(`${gen2} → ${gen1} .* ok$`));
    assert.equal(await current(targets.alpha), gen1);
    assert.equal(await sh(targets.alpha, "cat", "/usr/local/etc/app.env"), "APP=1");

    const list = await hearth("generations", "site.ts", "alpha", "--inventory", "inventory.json");
    assert.equal(list.code, 0, out(list));
    assert.match(list.stdout, new RegExp(`^\\* ${gen1} .*\\(current\\)$`, "m"));
    for (const g of [gen2, gen3]) assert.match(list.stdout, new RegExp(`^  ${g} `, "m"));

    const again = await ship("alpha");
    assert.equal(again.code, 0, out(again));
    assert.equal(await current(targets.alpha), gen3);
  });

  test("verify reports drift on a target and passes where nothing drifted", async () => {
    const clean = await hearth("verify", "site.ts", "--inventory", "inventory.json");
    assert.equal(clean.code, 0, out(clean));
    for (const m of MACHINES) assert.match(clean.stdout, new RegExp(`^${m} +ok: `, "m"));
    const file = "/usr/local/.hearth/current/etc/app.env";
    const original = await sh(targets.beta, "cat", file);
    await targets.beta.exec(["sh", "-c", `echo tampered > ${file}`]);
    const drift = await hearth("verify", "site.ts", "beta", "--inventory", "inventory.json");
    assert.equal(drift.code, 1, out(drift));
    assert.match(drift.stdout, /^beta +drift: .*\n +~ etc\/app\.env/m);
    await targets.beta.exec(["sh", "-c", `printf '%s\\n' '${original}' > ${file}`]);
    assert.equal((await hearth("verify", "site.ts", "beta", "--inventory", "inventory.json")).code, 0);
  });

  test("a failing health check rolls back automatically: non-zero exit, the check's output, the old generation running", async () => {
    writeSite({ ...v1, app: "2", greeting: "three", gone: false, added: true, webStatus: "500" });
    const r = await ship();
    assert.equal(r.code, 1, out(r));
    for (const m of MACHINES) {
      assert.match(row(r.stdout, m), /rolled back: http http:\/\/127\.0\.0\.1:8080\/: HTTP 500/);
      assert.equal(await current(targets[m]), gen3, `${m} is back on the old generation`);
      assert.equal(await sh(targets[m], "cat", "/usr/local/etc/web-status"), "200");
      assert.equal(await show(targets[m], "app.service", "ActiveState"), "active");
    }
    assert.match(r.stdout, /\nalpha: rolled back: .*\n {2}check http http:\/\/127\.0\.0\.1:8080\/ .*:\n {4}HTTP 500 .*\n {4}status 500/);
    assert.match(r.stdout, /3 machines: 3 rolled back/);
  });

  test("a generation that breaks ssh gets no confirmation: the target goes back to the old one", async () => {
    writeSite({ ...v1, app: "2", greeting: "three", gone: false, added: true, sshOn2222: ["gamma"] });
    const r = await ship("gamma");
    assert.equal(r.code, 1, out(r));
    assert.match(row(r.stdout, "gamma"), /rolled back: .*(confirm|connect)/i);
    await until("gamma's activation to end", async () => ["rolled-back", "failed", "done"].includes(await journalState(targets.gamma)));
    assert.equal(await current(targets.gamma), gen3);
    assert.equal(await journalState(targets.gamma), "rolled-back");
    const ssh = await hearth("generations", "site.ts", "gamma", "--inventory", "inventory.json");
    assert.equal(ssh.code, 0, `sshd listens on port 22 again\n${out(ssh)}`);
  });

  test("a killed shipper leaves each target on one generation; the next ship reports it and finishes", async () => {
    writeSite({ ...v1, app: "5", greeting: "three", gone: false, added: true, slowCheck: 3 });
    const child = spawn(process.execPath, [hearthBin, "ship", "site.ts", "--inventory", "inventory.json", "--confirm-timeout", "5"], { cwd: dir, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // the checks take 3 s: kill the shipper while the targets wait for its confirmation
    await until("every target to await confirmation", async () => (await Promise.all(all().map(journalState))).every((s) => s === "awaiting-confirmation"));
    child.kill("SIGKILL");
    await exited;
    await until("every target to roll back on its own", async () => (await Promise.all(all().map(journalState))).every((s) => s === "rolled-back"), 20_000);
    for (const t of all()) {
      assert.equal(await current(t), gen3, `${t.name} is entirely on the old generation`);
      assert.equal(await sh(t, "cat", "/usr/local/etc/app.env"), "APP=2");
    }
    assert.equal((await hearth("verify", "site.ts", "--inventory", "inventory.json")).code, 0, "no target is between generations");

    const next = await ship();
    assert.equal(next.code, 0, out(next));
    for (const m of MACHINES) {
      assert.match(next.stderr, new RegExp(`${m}: the last activation \\([0-9a-f]{16}-\\d+-\\d+\\) rolled back`));
      assert.match(row(next.stdout, m), / ok$/);
      assert.equal(await current(targets[m]), compiledGen(m));
    }
  });

  test("a ship started while a killed one's activation still awaits confirmation checks and confirms it", async () => {
    writeSite({ ...v1, app: "6", greeting: "three", gone: false, added: true, slowCheck: 2 });
    const args = ["ship", "site.ts", "alpha", "--inventory", "inventory.json", "--confirm-timeout", "20"];
    const child = spawn(process.execPath, [hearthBin, ...args], { cwd: dir, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await until("alpha to await confirmation", async () => (await journalState(targets.alpha)) === "awaiting-confirmation");
    child.kill("SIGKILL");
    await exited;
    const r = await hearth(...args);
    assert.equal(r.code, 0, out(r));
    assert.match(r.stderr, /alpha: activation \S+ is waiting for confirmation; it installs this generation: checking and confirming it/);
    assert.match(row(r.stdout, "alpha"), / ok$/);
    assert.equal(await current(targets.alpha), compiledGen("alpha"));
    assert.equal(await journalState(targets.alpha), "done");
  });

  test("a dropped connection (the ssh master killed) fails the machine with a hint; the target rolls back on its own", async () => {
    const before = await current(targets.alpha);
    writeSite({ ...v1, app: "8", greeting: "three", gone: false, added: true, slowCheck: 3 });
    const child = spawn(process.execPath, [hearthBin, "ship", "site.ts", "alpha", "--inventory", "inventory.json", "--confirm-timeout", "5"], { cwd: dir });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await until("alpha to await confirmation", async () => (await journalState(targets.alpha)) === "awaiting-confirmation");
    const master = sshMasterOf(targets.alpha.address);
    assert.ok(master, "the shipper's ssh master for alpha");
    process.kill(master, "SIGKILL");
    assert.equal(await exited, 1, stdout);
    assert.match(row(stdout, "alpha"), /failed: connection lost during /);
    assert.match(stdout, /hint:\n +the connection dropped during .* Run `hearth ship alpha` again/);
    await until("alpha to roll back on its own", async () => (await journalState(targets.alpha)) === "rolled-back", 20_000);
    assert.equal(await current(targets.alpha), before);
  });

  test("a missing Debian package fails the activation before anything changes; --install-packages tries apt-get first", async () => {
    const before = await current(targets.beta);
    writeSite({ ...v1, app: "6", greeting: "three", gone: false, added: true, missingPackage: true });
    const r = await ship("beta");
    assert.equal(r.code, 1, out(r));
    assert.match(row(r.stdout, "beta"), /failed: .*missing Debian packages: hearth-e2e-no-such-package/);
    assert.equal(await current(targets.beta), before);
    const apt = await ship("beta", "--install-packages");
    assert.equal(apt.code, 1, out(apt));
    assert.match(row(apt.stdout, "beta"), /failed: installing hearth-e2e-no-such-package failed/);
    assert.equal(await current(targets.beta), before);
  });

  test("one target down: the others still ship, and the summary says which one failed", async () => {
    await targets.beta.exec(["systemctl", "stop", "ssh.service"]);
    try {
      writeSite({ ...v1, app: "7", greeting: "three", gone: false, added: true });
      const r = await ship();
      assert.equal(r.code, 1, out(r));
      assert.match(row(r.stdout, "beta"), /unreachable: .*Connection refused/);
      for (const m of ["alpha", "gamma"] as const) {
        assert.match(row(r.stdout, m), / ok$/);
        assert.equal(await current(targets[m]), compiledGen(m));
      }
      assert.match(r.stdout, /3 machines: 2 ok, 1 unreachable/);
    } finally {
      await targets.beta.exec(["systemctl", "start", "ssh.service"]);
    }
  });
});
