// One running target as seen from the host: run commands in it, copy files in, take it
// down. Booting one is boot.ts; finding the ones already running is fleet.ts.
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { untrack } from "./cleanup.ts";
import { CommandError, type RunResult, hostEnv, run } from "./exec.ts";
import type { TargetState } from "./registry.ts";
import { powerOff, teardownSync } from "./teardown.ts";

export interface ExecOptions {
  input?: string | Buffer;
  /** Return a non-zero exit instead of throwing. */
  allowFail?: boolean;
  /** Kill the command after this long; it then exits 124 (as with timeout(1)). */
  timeoutMs?: number;
}

export type ExecResult = RunResult;

export interface Target {
  readonly name: string;
  /** hearth-lab-<slot>: its netns, host-side veth, nspawn machine name and cgroup. */
  readonly id: string;
  /** The target's IPv4 address (on MANAGEMENT_IFNAME inside its namespace), reachable from the host. */
  readonly address: string;
  /** The host end of its veth pair. */
  readonly hostAddress: string;
  /** The merged overlay root, visible from the host. */
  readonly root: string;
  /** The container's PID 1 (systemd), as a host PID. */
  readonly pid: number;
  /** The ssh host key's public line ("ssh-ed25519 AAAA..."), for known_hosts. */
  readonly hostPublicKey: string;
  /** Run argv inside the container (all its namespaces, via nsenter). Throws on a
   * non-zero exit unless allowFail. */
  exec(argv: string[], opts?: ExecOptions): Promise<ExecResult>;
  /** Copy a host file or directory to containerPath (created or replaced; a directory is
   * merged into an existing one). Files arrive owned by root. */
  copyIn(hostPath: string, containerPath: string): Promise<void>;
  /** Clean poweroff, then remove mounts, veths (LAN links too), netns, cgroups, data, and
   * LANs no other target is on. Idempotent. */
  down(): Promise<void>;
  /** Host-side bookkeeping (slot, pids, data dir), as in its state file: for tooling and tests. */
  readonly state: Readonly<TargetState>;
}

/** The environment commands see inside a target (not the host's). */
export const CONTAINER_ENV: NodeJS.ProcessEnv = {
  PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  HOME: "/root",
  LANG: "C.UTF-8",
  USER: "root",
  LOGNAME: "root",
};

/** argv that runs a command inside the container whose PID 1 is `pid`. */
export function nsenterArgv(pid: number, argv: string[]): string[] {
  return ["nsenter", "--target", String(pid), "--all", ...argv];
}

export class LabTarget implements Target {
  readonly state: TargetState;
  #down: Promise<void> | undefined;

  constructor(state: TargetState) {
    this.state = state;
  }
  get name() {
    return this.state.name;
  }
  get id() {
    return this.state.id;
  }
  get address() {
    return this.state.address;
  }
  get hostAddress() {
    return this.state.hostAddress;
  }
  get root() {
    return this.state.root;
  }
  get pid() {
    if (!this.state.init) throw new Error(`lab target ${this.name} has not booted`);
    return this.state.init.pid;
  }
  get hostPublicKey() {
    return this.state.hostPublicKey ?? "";
  }

  async exec(argv: string[], opts: ExecOptions = {}): Promise<ExecResult> {
    if (argv.length === 0) throw new Error("exec: empty argv");
    // The time limit is enforced inside the container (coreutils timeout): killing nsenter
    // alone would leave the command running in there. Ours is only a backstop.
    const limited =
      opts.timeoutMs === undefined ? argv : ["timeout", "--kill-after=1", (opts.timeoutMs / 1000).toFixed(3), ...argv];
    const [cmd, ...args] = nsenterArgv(this.pid, limited);
    const backstop = opts.timeoutMs === undefined ? undefined : opts.timeoutMs + 3000;
    const r = await run(cmd!, args, { input: opts.input, timeoutMs: backstop, env: CONTAINER_ENV, allowFail: true });
    if (r.code !== 0 && !opts.allowFail) throw new CommandError(argv, r, `in lab target ${this.name}`);
    return r;
  }

  async copyIn(hostPath: string, containerPath: string): Promise<void> {
    if (!containerPath.startsWith("/")) throw new Error(`copyIn: container path must be absolute: ${containerPath}`);
    // tar through nsenter rather than writing below `root` from the host: symlinks in
    // the container (/var/run -> /run) then resolve inside the container, not on the host.
    const isDir = (await stat(hostPath)).isDirectory();
    const owner = ["--owner=0", "--group=0", "--numeric-owner"];
    const producer = isDir
      ? ["tar", "-C", hostPath, ...owner, "-cf", "-", "."]
      : ["tar", "-C", dirname(hostPath), ...owner, "-cf", "-", `./${basename(hostPath)}`];
    const consumer = isDir
      ? ["sh", "-c", 'mkdir -p -- "$1" && exec tar -C "$1" -xf -', "sh", containerPath]
      : [
          "sh",
          "-c",
          'set -e; dir=$(dirname -- "$1"); mkdir -p -- "$dir"; tmp=$(mktemp -d "$dir/.hearth-copy.XXXXXX"); ' +
            'trap \'rm -rf -- "$tmp"\' EXIT; tar -C "$tmp" -xf -; mv -fT -- "$tmp/$2" "$1"',
          "sh",
          containerPath,
          basename(hostPath),
        ];
    await pipeInto(producer, nsenterArgv(this.pid, consumer), `copyIn ${hostPath} -> ${this.name}:${containerPath}`);
  }

  down(): Promise<void> {
    this.#down ??= (async () => {
      await powerOff(this.state);
      teardownSync(this.state);
      untrack(this.id);
    })();
    return this.#down;
  }
}

/** producer | consumer, both host argv; fails with both commands' stderr. */
function pipeInto(producer: string[], consumer: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = hostEnv();
    const a = spawn(producer[0]!, producer.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
    const b = spawn(consumer[0]!, consumer.slice(1), { env: CONTAINER_ENV, stdio: [a.stdout, "pipe", "pipe"] });
    a.stdout.destroy(); // b has its own copy of the pipe; ours would keep `a` from closing
    const errs: string[] = [];
    a.stderr.on("data", (d: Buffer) => errs.push(d.toString()));
    b.stdout.on("data", (d: Buffer) => errs.push(d.toString()));
    b.stderr.on("data", (d: Buffer) => errs.push(d.toString()));
    let pending = 2;
    let failed = false;
    const done = (code: number | null) => {
      if (code !== 0) failed = true;
      if (--pending > 0) return;
      if (failed) reject(new Error(`${what} failed:\n${errs.join("").trim()}`));
      else resolve();
    };
    a.on("error", reject);
    b.on("error", reject);
    a.on("close", done);
    b.on("close", done);
  });
}
