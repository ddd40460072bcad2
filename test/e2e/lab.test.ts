// Self-test of the lab harness (scripts/lab): real Debian targets with systemd as PID 1
// under systemd-nspawn, each in its own network namespace, reached over ssh.
//
// Needs root; on a fresh Debian 12 machine it installs its packages and builds the base
// root filesystem first (about a minute, once; cached under /var/cache/hearth/lab).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  type BootedTarget,
  type SshKey,
  type Target,
  bootTarget,
  downAll,
  ensureBaseRootfs,
  labSshKey,
  listTargets,
  reapOrphans,
  sshExec,
  waitForSsh,
} from "../../scripts/lab/index.ts";
import { procStart, run } from "../../scripts/lab/exec.ts";
import { cgroupDirs } from "../../scripts/lab/cgroups.ts";

const skip = process.getuid?.() === 0 ? false : "the lab needs root (network namespaces, mounts, systemd-nspawn): run as root";
const LAB_INDEX = fileURLToPath(new URL("../../scripts/lab/index.ts", import.meta.url));

function log(msg: string): void {
  process.stderr.write(`# lab: ${msg}\n`);
}

/** Everything the target had on the host is gone: processes, mount, netns, veth, cgroups,
 * nspawn's propagate dir, data dir, state file. */
async function assertNothingLeft(state: Target["state"]): Promise<void> {
  const { id } = state;
  // the nspawn process may linger a moment as a zombie until its parent reaps it
  for (let i = 0; i < 50 && state.nspawn && procStart(state.nspawn.pid) !== undefined; i++) await new Promise((r) => setTimeout(r, 20));
  for (const p of [state.nspawn, state.init]) {
    if (p) assert.notEqual(procStart(p.pid), p.start, `${id}: process ${p.pid} still running`);
  }
  const mountinfo = readFileSync("/proc/self/mountinfo", "utf8");
  assert.ok(!mountinfo.includes(state.dataDir), `${id}: still mounted: ${mountinfo.split("\n").filter((l) => l.includes(state.dataDir)).join("\n")}`);
  assert.ok(!existsSync(`/run/netns/${id}`), `${id}: netns left`);
  assert.ok(!existsSync(`/sys/class/net/${id}`), `${id}: veth left`);
  for (const d of cgroupDirs(id)) assert.ok(!existsSync(d), `${id}: cgroup ${d} left`);
  assert.ok(!existsSync(`/run/systemd/nspawn/propagate/${id}`), `${id}: nspawn propagate dir left`);
  assert.ok(!existsSync(state.dataDir), `${id}: data dir ${state.dataDir} left`);
  assert.ok(!listTargets().some((t) => t.id === id && t.state.createdAt === state.createdAt), `${id}: state file left`);
}

/** A node process (with tsx) that boots one target, prints its state as JSON, then waits. */
function bootInChild(dir: string, base: string, key: SshKey) {
  const script = join(dir, `child-${Date.now()}.mts`);
  writeFileSync(
    script,
    `import { bootTarget } from ${JSON.stringify(LAB_INDEX)};
const t = await bootTarget({ name: 'child', base: ${JSON.stringify(base)}, authorizedKey: ${JSON.stringify(key.publicKey)} });
console.log(JSON.stringify(t.state));
setInterval(() => {}, 1000);
`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
  const state = new Promise<Target["state"]>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
    child.on("exit", (code) => reject(new Error(`child exited ${code} before booting: ${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, state, exited };
}

describe("lab harness", { skip, timeout: 20 * 60_000 }, () => {
  let base = "";
  let key: SshKey;
  let scratch = "";

  before(async () => {
    const t0 = Date.now();
    base = await ensureBaseRootfs(); // installs host packages first if needed
    key = await labSshKey();
    log(`base root filesystem ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${base})`);
    scratch = mkdtempSync(join(tmpdir(), "hearth-lab-test-"));
  });

  after(async () => {
    await downAll();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test("two targets boot in parallel: systemd PID 1, own identity, isolated, reachable over ssh; down leaves nothing", async () => {
    const t0 = Date.now();
    const [a, b] = await Promise.all([
      bootTarget({ name: "lab-a", base, authorizedKey: key.publicKey }),
      bootTarget({ name: "lab-b", base, authorizedKey: key.publicKey }),
    ]);
    log(`two targets booted in parallel in ${Date.now() - t0} ms (a: ${a.bootMs} ms, b: ${b.bootMs} ms)`);
    const targets = [a, b] as const;

    for (const t of targets) {
      // systemd is PID 1 and the system came up
      assert.equal((await t.exec(["cat", "/proc/1/comm"])).stdout.trim(), "systemd");
      const state = (await t.exec(["systemctl", "is-system-running"], { allowFail: true })).stdout.trim();
      assert.match(state, /^(running|degraded)$/, `${t.name}: is-system-running said ${state}`);
      if (state === "degraded") log(`${t.name} is degraded: ${t.failedUnits.join(" ")}`);
      assert.equal((await t.exec(["hostname"])).stdout.trim(), t.name);
      assert.equal(readFileSync(join(t.root, "etc/hostname"), "utf8").trim(), t.name, "root is visible from the host");
      // the target's address is its own eth0
      assert.match((await t.exec(["cat", "/proc/net/fib_trie"])).stdout, new RegExp(t.address.replace(/\./g, "\\.")));
    }
    assert.notEqual(a.address, b.address);

    const ids = await Promise.all(targets.map(async (t) => (await t.exec(["cat", "/etc/machine-id"])).stdout.trim()));
    for (const id of ids) assert.match(id, /^[0-9a-f]{32}$/);
    assert.notEqual(ids[0], ids[1], "each target has its own machine-id");

    // separate PID namespaces: a process started in a is invisible in b (and vice versa)
    const pidns = (pid: number) => readlinkSync(`/proc/${pid}/ns/pid`);
    assert.notEqual(pidns(a.pid), pidns(b.pid));
    assert.notEqual(pidns(a.pid), pidns(process.pid));
    await a.exec(["systemd-run", "--unit=lab-marker", "/bin/sleep", "987654"]);
    const psA = (await a.exec(["ps", "-e", "-o", "args="])).stdout;
    const psB = (await b.exec(["ps", "-e", "-o", "args="])).stdout;
    assert.match(psA, /sleep 987654/);
    assert.doesNotMatch(psB, /sleep 987654/, "b sees a process of a");
    assert.doesNotMatch(psB, /systemd-nspawn|node|tsx/, "b sees host processes");
    // and their own cgroup trees (nspawn processes each in their own host cgroup)
    for (const t of targets) {
      assert.equal((await t.exec(["cat", "/proc/1/cgroup"])).stdout.split("\n").find((l) => l.startsWith("0::")), "0::/init.scope");
      assert.doesNotMatch((await t.exec(["ls", "/sys/fs/cgroup"])).stdout, /payload|hearth-lab/);
    }

    // sshd answers from the host, each at its own address, as itself
    await Promise.all(targets.map((t) => waitForSsh(t, key)));
    for (const t of targets) {
      const r = await sshExec(t, key, ["sh", "-c", 'echo "$(hostname) $1"', "sh", "it's me"]);
      assert.equal(r.stdout.trim(), `${t.name} it's me`);
    }

    // copyIn (a file and a directory) and exec with input
    const file = join(scratch, "hello.txt");
    writeFileSync(file, "hello lab\n", { mode: 0o640 });
    mkdirSync(join(scratch, "tree/sub"), { recursive: true });
    writeFileSync(join(scratch, "tree/sub/x"), "x\n");
    await a.copyIn(file, "/var/run/hearth-test/greeting"); // /var/run -> /run inside the container
    assert.equal((await a.exec(["cat", "/run/hearth-test/greeting"])).stdout, "hello lab\n");
    assert.equal((await a.exec(["stat", "-c", "%a %U", "/run/hearth-test/greeting"])).stdout.trim(), "640 root");
    assert.ok(!existsSync("/run/hearth-test"), "copyIn wrote to the host");
    await a.copyIn(join(scratch, "tree"), "/opt/tree");
    assert.equal((await a.exec(["cat", "/opt/tree/sub/x"])).stdout, "x\n");
    assert.equal((await a.exec(["cat"], { input: "piped" })).stdout, "piped");
    const fail = await a.exec(["sh", "-c", "echo oops >&2; exit 7"], { allowFail: true });
    assert.deepEqual([fail.code, fail.stderr.trim()], [7, "oops"]);
    await assert.rejects(a.exec(["false"]), /exited 1/);
    const slow = await a.exec(["sleep", "31"], { timeoutMs: 200, allowFail: true });
    assert.equal(slow.code, 124);
    assert.doesNotMatch((await a.exec(["ps", "-e", "-o", "args="])).stdout, /sleep 31/, "a timed-out command keeps running");

    const t1 = Date.now();
    await Promise.all(targets.map((t) => t.down()));
    log(`two targets down in ${Date.now() - t1} ms`);
    await Promise.all(targets.map((t) => t.down())); // idempotent
    for (const t of targets) await assertNothingLeft(t.state);
  });

  test("one target boots well under 5 s once the base is cached", async () => {
    const t0 = Date.now();
    const t: BootedTarget = await bootTarget({ name: "lab-quick", base, authorizedKey: key.publicKey });
    const bootMs = Date.now() - t0;
    const t1 = Date.now();
    await waitForSsh(t, key);
    const sshMs = Date.now() - t1;
    // its host key is the one it reports: ssh with strict host key checking accepts it
    const knownHosts = join(scratch, "known_hosts");
    writeFileSync(knownHosts, `${t.address} ${t.hostPublicKey}\n`);
    const strict = await run("ssh", [
      ...["-F", "/dev/null", "-i", key.privateKeyPath, "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes"],
      ...["-o", `UserKnownHostsFile=${knownHosts}`, `root@${t.address}`, "cat /etc/hostname"],
    ]);
    assert.equal(strict.stdout.trim(), "lab-quick");
    const t2 = Date.now();
    await t.down();
    const downMs = Date.now() - t2;
    log(`one target: boot ${bootMs} ms (${t.bootState}), first ssh ${sshMs} ms, down ${downMs} ms`);
    assert.ok(bootMs < 30_000, `boot took ${bootMs} ms`); // a sanity bound only; timing is logged above
    await assertNothingLeft(t.state);
  });

  test("targets of a process that is interrupted or killed do not leak", async () => {
    // SIGINT: the process's own exit hook takes its target down
    const interrupted = bootInChild(scratch, base, key);
    const s1 = await interrupted.state;
    interrupted.child.kill("SIGINT");
    await interrupted.exited;
    await assertNothingLeft(s1);

    // SIGKILL: nothing runs in that process; the next allocation (or reapOrphans) reaps it
    const killed = bootInChild(scratch, base, key);
    const s2 = await killed.state;
    killed.child.kill("SIGKILL");
    await killed.exited;
    // (another test process booting a target right now may reap it first: also fine)
    const reaped = await reapOrphans();
    log(`reaped after SIGKILL: ${reaped.join(" ") || "(already reaped by another process)"}`);
    await assertNothingLeft(s2);
  });
});
