// Booting a target: a Debian container under systemd-nspawn with systemd as PID 1, on an
// overlay of the base root filesystem, in its own network namespace, plugged into the
// LANs it is on.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import { trackForExit, trackedTargets } from "./cleanup.ts";
import { cgroupDirs } from "./cgroups.ts";
import { type RunResult, hostEnv, procStart, readProcStat, run, sleep } from "./exec.ts";
import { attachLans, type LanLink } from "./lan.ts";
import { createNetwork, netnsPath } from "./netns.ts";
import { ensureLabHostPackages } from "./packages.ts";
import { type TargetState, allocate, writeState } from "./registry.ts";
import { installHostKey } from "./ssh-keys.ts";
import { LabTarget, type Target } from "./target.ts";
import { releaseResourcesSync, teardownSync } from "./teardown.ts";

export interface BootOptions {
  /** The target's hostname. Unique among this process's targets; other processes may
   * use the same names (host-side resources are named by slot, not by name). */
  name: string;
  /** Template root filesystem (from ensureBaseRootfs), the overlay's read-only layer. */
  base: string;
  /** Public key line installed as root's authorized_keys (e.g. labSshKey().publicKey). */
  authorizedKey: string;
  /** Use this ed25519 host key instead of a fresh one (to pin it in known_hosts). */
  hostKey?: { privateKeyPath: string };
  /** 32 hex digits; default: a random one, like a machine that has booted before.
   * '' leaves /etc/machine-id empty for systemd to fill in, which makes the boot a
   * "first boot" (ConditionFirstBoot=yes units run), like a freshly installed machine. */
  machineId?: string;
  /** Survive this process (the CLI). Otherwise the target is taken down when it exits. */
  persist?: boolean;
  /** LANs it is on, each through an interface of the given name (see lan.ts). Default none. */
  lans?: readonly LanLink[];
  /** Until systemd reports running/degraded and sshd accepts connections. Default 60 s. */
  readyTimeoutMs?: number;
}

const NAME_RE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** The container's PID 1: the child of nspawn that has exec'd systemd. */
function findInit(nspawnPid: number): number | undefined {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const st = readProcStat(Number(entry));
    if (st && st.ppid === nspawnPid && st.comm === "systemd") return st.pid;
  }
  return undefined;
}

function readConsole(state: TargetState): string {
  try {
    const text = readFileSync(join(state.dataDir, "console.log"), "utf8");
    return text.split("\n").slice(-40).join("\n");
  } catch {
    return "(no console output)";
  }
}

function tcpAccepts(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host, port });
    const finish = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => finish(false));
    sock.once("connect", () => finish(true));
    sock.once("error", () => finish(false));
  });
}

async function writeIdentity(state: TargetState, opts: BootOptions): Promise<void> {
  const root = state.root;
  await writeFile(join(root, "etc/hostname"), `${opts.name}\n`);
  await writeFile(
    join(root, "etc/hosts"),
    `127.0.0.1\tlocalhost\n127.0.1.1\t${opts.name}\n::1\tlocalhost ip6-localhost ip6-loopback\n`,
  );
  const machineId = opts.machineId ?? randomBytes(16).toString("hex");
  if (!/^([0-9a-f]{32})?$/.test(machineId)) throw new Error(`machineId must be 32 hex digits (or empty): ${machineId}`);
  await writeFile(join(root, "etc/machine-id"), machineId ? `${machineId}\n` : "");
  await chmod(join(root, "etc/machine-id"), 0o444);
  state.hostPublicKey = await installHostKey(root, opts.name, opts.hostKey);
  await mkdir(join(root, "root/.ssh"), { recursive: true, mode: 0o700 });
  await chmod(join(root, "root/.ssh"), 0o700);
  await writeFile(join(root, "root/.ssh/authorized_keys"), `${opts.authorizedKey.trim()}\n`, { mode: 0o600 });
}

// Moves itself into the target's own cgroups, then becomes systemd-nspawn.
const CGROUP_WRAPPER =
  'n=$1; shift; while [ "$n" -gt 0 ]; do echo $$ > "$1/cgroup.procs" || exit 125; shift; n=$((n - 1)); done; exec "$@"';

function startNspawn(state: TargetState, name: string): void {
  const dirs = cgroupDirs(state.id);
  for (const d of dirs) mkdirSync(d, { recursive: true });
  const nspawnArgs = [
    "systemd-nspawn",
    "--quiet",
    `--directory=${state.root}`,
    `--machine=${state.id}`,
    `--hostname=${name}`,
    "--boot",
    "--register=no",
    "--keep-unit",
    `--network-namespace-path=${netnsPath(state.id)}`,
    // the namespace is the target's own: let it configure it as a real machine does
    // (systemd-networkd, wireguard-go's tun device, nftables need CAP_NET_ADMIN)
    "--capability=CAP_NET_ADMIN",
    "--console=read-only",
    "--link-journal=no",
  ];
  const log = openSync(join(state.dataDir, "console.log"), "a");
  try {
    const child = spawn("sh", ["-c", CGROUP_WRAPPER, "hearth-lab", String(dirs.length), ...dirs, ...nspawnArgs], {
      detached: true, // setsid: not in our session or process group, survives a ^C to us
      stdio: ["ignore", log, log],
      env: { PATH: hostEnv().PATH, SYSTEMD_NSPAWN_UNIFIED_HIERARCHY: "1" },
    });
    if (child.pid === undefined) throw new Error("cannot start systemd-nspawn");
    child.on("error", () => {}); // an early exit is noticed by polling
    child.unref();
    state.nspawn = { pid: child.pid, start: procStart(child.pid) ?? "" };
  } finally {
    closeSync(log);
  }
}

export interface BootedTarget extends Target {
  /** 'running' or 'degraded', as `systemctl is-system-running` said when it was ready. */
  readonly bootState: string;
  /** Failed units when degraded. */
  readonly failedUnits: string[];
  /** Milliseconds from bootTarget() to ready. */
  readonly bootMs: number;
}

/** Boot a target and wait until systemd is up (running or degraded) and sshd accepts. */
export async function bootTarget(opts: BootOptions): Promise<BootedTarget> {
  const started = Date.now();
  if (!NAME_RE.test(opts.name)) throw new Error(`lab target name must be a hostname label (a-z, 0-9, -): ${opts.name}`);
  if (!existsSync(join(opts.base, "etc/os-release"))) throw new Error(`not a root filesystem: ${opts.base}`);
  if (/[,:\s]/.test(opts.base)) throw new Error(`base path cannot be an overlay layer (",", ":" or space): ${opts.base}`);
  if (!opts.authorizedKey.trim()) throw new Error("authorizedKey is empty");
  if (process.getuid?.() !== 0) throw new Error("hearth lab needs root (namespaces, mounts, systemd-nspawn)");
  if (trackedTargets().some((t) => t.state.name === opts.name)) throw new Error(`this process already has a lab target named ${opts.name}`);
  await ensureLabHostPackages();

  const state = await allocate(opts.name, opts.persist ?? false, (orphan) => {
    process.stderr.write(`hearth lab: removing ${orphan.name} (${orphan.id}), left by process ${orphan.owner?.pid}\n`);
    teardownSync(orphan);
  });
  const target = new LabTarget(state);
  if (!opts.persist) trackForExit(target);
  const deadline = started + (opts.readyTimeoutMs ?? 60_000);
  try {
    releaseResourcesSync(state); // whatever an earlier user of this slot left (e.g. before a reboot)
    const upper = join(state.dataDir, "upper");
    const work = join(state.dataDir, "work");
    for (const d of [upper, work, state.root]) await mkdir(d, { recursive: true });
    await run("mount", ["-t", "overlay", state.id, "-o", `lowerdir=${opts.base},upperdir=${upper},workdir=${work}`, state.root]);
    await writeIdentity(state, opts);
    await createNetwork(state.id, state);
    // before boot, as a machine's NICs are there when it starts
    if (opts.lans?.length) await attachLans(state.id, opts.lans);
    startNspawn(state, opts.name);
    writeState(state);

    const nspawn = state.nspawn!;
    const gone = () => procStart(nspawn.pid) !== nspawn.start;
    const fail = (why: string): never => {
      throw new Error(`lab target ${opts.name} (${state.id}) did not boot: ${why}\n--- console ---\n${readConsole(state)}`);
    };
    let init: number | undefined;
    while (!(init = findInit(nspawn.pid))) {
      if (gone()) fail("systemd-nspawn exited");
      if (Date.now() > deadline) fail("no systemd process appeared under systemd-nspawn");
      await sleep(10);
    }
    state.init = { pid: init, start: procStart(init) ?? "" };
    writeState(state);

    // Before PID 1 listens, systemctl fails at once ("Failed to connect to bus"): retry.
    let bootState = "";
    let last: RunResult | undefined;
    for (;;) {
      if (gone()) fail("systemd-nspawn exited");
      const left = deadline - Date.now();
      if (left <= 0) {
        const said = last ? `${last.stdout}${last.stderr}`.trim() : "(nothing yet)";
        fail(`not ready within ${opts.readyTimeoutMs ?? 60_000} ms; systemctl is-system-running said: ${said}`);
      }
      last = await target.exec(["systemctl", "is-system-running", "--wait"], { allowFail: true, timeoutMs: left });
      bootState = last.stdout.trim();
      if (bootState === "running" || bootState === "degraded") break;
      if (bootState === "maintenance" || bootState === "stopping") fail(`systemd is ${bootState}`);
      await sleep(20);
    }
    let failedUnits: string[] = [];
    if (bootState === "degraded") {
      const r = await target.exec(["systemctl", "list-units", "--state=failed", "--plain", "--no-legend"], { allowFail: true });
      failedUnits = r.stdout
        .split("\n")
        .map((l) => l.trim().split(/\s+/)[0] ?? "")
        .filter(Boolean);
    }
    while (!(await tcpAccepts(state.address, 22, 1000))) {
      if (Date.now() > deadline) fail(`sshd does not accept connections on ${state.address}:22`);
      await sleep(20);
    }
    const bootMs = Date.now() - started;
    return Object.assign(target, { bootState, failedUnits, bootMs });
  } catch (e) {
    await target.down().catch(() => {});
    throw e;
  }
}
