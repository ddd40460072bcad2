// One multiplexed ssh connection per machine: the first command opens a master
// (ControlMaster, socket in a private temp dir, ControlPersist so a killed shipper
// leaves nothing behind for long), and every later command, rsync and health check
// goes through it. The confirmation goes over a fresh connection (ControlPath=none),
// so a generation that broke ssh cannot be confirmed (ACTIVATION.md).
//
// The user's ~/.ssh/config applies (no -F): our -o options only add what shipping
// needs. BatchMode: machines are handled in parallel, so there is no one to type a
// password; keys come from the agent, the config, or the inventory.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shCommand } from "../../compiler/shell-quote.ts";
import { runProcess, type ProcessOptions, type ProcessResult } from "./exec.ts";
import type { SshTarget } from "./inventory.ts";

/** The connection to a machine went away (or never came up) while a command ran. */
export class ConnectionLost extends Error {}

/** Unix socket paths are limited to about 104 bytes: keep the directory short. */
export class ControlDir {
  readonly path: string;
  #next = 0;
  constructor() {
    const base = tmpdir().length <= 60 ? tmpdir() : "/tmp";
    this.path = mkdtempSync(join(base, "hearth-ssh-"));
  }
  /** A new socket path in the directory: one per machine. */
  socket(): string {
    return join(this.path, String(this.#next++));
  }
  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

export interface RemoteOptions extends ProcessOptions {
  /** arguments for the script ($1, $2, …) */
  readonly args?: readonly string[];
  /** run as root: through `sudo -n` when the login user is not root */
  readonly root?: boolean;
}

/** How long an idle master outlives its last command (a killed shipper leaves it this long). */
export const PERSIST_SECONDS = 60;

export class SshSession {
  readonly target: SshTarget;
  readonly controlPath: string;
  /** prefix for commands that need root, set once the login user is known */
  sudo: readonly string[] = [];
  /** the command that opens the master, so close() never races it */
  #opening: Promise<unknown> | undefined;
  /** the confirmation connection's key exchanges (fastKexOrder), learned once per session: null, nothing to change */
  #freshKex: string | null | undefined;

  constructor(
    target: SshTarget,
    controlPath: string,
    private readonly persistSeconds = PERSIST_SECONDS,
  ) {
    this.target = target;
    this.controlPath = controlPath;
  }

  /** Options every ssh for this machine shares. */
  private common(): string[] {
    const t = this.target;
    return [
      "-T",
      "-o", "BatchMode=yes",
      "-o", "ConnectTimeout=10",
      "-o", "ServerAliveInterval=5",
      "-o", "ServerAliveCountMax=3",
      ...(t.port !== undefined ? ["-p", String(t.port)] : []),
      ...(t.user !== undefined ? ["-l", t.user] : []),
      ...(t.identity !== undefined ? ["-i", t.identity, "-o", "IdentitiesOnly=yes"] : []),
      ...(t.knownHosts !== undefined ? ["-o", `UserKnownHostsFile=${t.knownHosts}`, "-o", "StrictHostKeyChecking=yes"] : []),
    ];
  }

  /** Through the master only: if it is gone, fail (ProxyCommand=false) instead of quietly dialling anew. */
  muxOptions(): string[] {
    return [...this.common(), "-o", "ControlMaster=no", "-o", `ControlPath=${this.controlPath}`, "-o", "ProxyCommand=false"];
  }

  private masterOptions(): string[] {
    return [...this.common(), "-o", "ControlMaster=auto", "-o", `ControlPath=${this.controlPath}`, "-o", `ControlPersist=${this.persistSeconds}`];
  }

  private freshOptions(): string[] {
    return [...this.common(), "-o", "ControlMaster=no", "-o", "ControlPath=none", ...(this.#freshKex ? ["-o", `KexAlgorithms=${this.#freshKex}`] : [])];
  }

  /** Learns (ssh -G: the user's config and ssh's defaults) the key exchanges a fresh connection prefers. */
  async #learnFreshKex(): Promise<void> {
    const r = await runProcess("ssh", ["-G", ...this.common(), "--", this.target.host], { timeoutMs: 5000 }).catch(() => undefined);
    const configured = r?.code === 0 ? /^kexalgorithms (\S+)$/m.exec(r.stdout)?.[1] : undefined;
    this.#freshKex = (configured && fastKexOrder(configured)) ?? null;
  }

  /** The remote command line: `sh -c SCRIPT sh ARGS…`, so the login shell's dialect does not matter. */
  private command(script: string, opts: RemoteOptions): string {
    return shCommand([...(opts.root ? this.sudo : []), "sh", "-c", script, "sh", ...(opts.args ?? [])]);
  }

  /** Opens the master by running `script` (one round trip for connect + first command). Exit 255: unreachable. */
  open(script: string, opts: RemoteOptions = {}): Promise<ProcessResult> {
    const opening = runProcess("ssh", [...this.masterOptions(), "--", this.target.host, this.command(script, opts)], opts);
    this.#opening = opening.catch(() => undefined);
    // long done by the time an activation asks for its confirmation connection
    if (this.#freshKex === undefined) {
      this.#freshKex = null;
      void this.#learnFreshKex();
    }
    return opening;
  }

  /** Runs `script` through the master. Throws ConnectionLost when the master is gone. */
  async run(script: string, opts: RemoteOptions = {}): Promise<ProcessResult> {
    const r = await runProcess("ssh", [...this.muxOptions(), "--", this.target.host, this.command(script, opts)], opts);
    // 255 is ssh's own failure, unless the remote command itself exited 255
    if (r.code === 255 && !(await this.alive())) throw new ConnectionLost(`the ssh connection to ${this.target.machine} was lost`);
    return r;
  }

  /** Runs `script` over a new connection, not the master (for the confirmation). Exit 255: could not connect. */
  runFresh(script: string, opts: RemoteOptions = {}): Promise<ProcessResult> {
    return runProcess("ssh", [...this.freshOptions(), "--", this.target.host, this.command(script, opts)], opts);
  }

  /** Starts `script` through the master, its output streamed (see status-watch.ts). */
  spawnMux(script: string, opts: RemoteOptions = {}): ChildProcess {
    return spawn("ssh", [...this.muxOptions(), "--", this.target.host, this.command(script, opts)], { stdio: ["ignore", "pipe", "pipe"] });
  }

  /** Starts `script` over a new connection and leaves its stdin open (see activation.ts: the confirmation). */
  spawnFresh(script: string, opts: RemoteOptions = {}): ChildProcess {
    return spawn("ssh", [...this.freshOptions(), "--", this.target.host, this.command(script, opts)], { stdio: ["pipe", "pipe", "pipe"] });
  }

  /** Is the master still there? */
  async alive(): Promise<boolean> {
    const r = await runProcess("ssh", ["-o", `ControlPath=${this.controlPath}`, "-O", "check", "--", this.target.host], { timeoutMs: 5000 });
    return r.code === 0;
  }

  /** `ssh -W host:port` through the master: stdin/stdout are a TCP connection made from the machine. */
  forward(host: string, port: number, opts: { verbose?: boolean } = {}): ChildProcess {
    const hostPort = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
    return spawn("ssh", [...this.muxOptions(), ...(opts.verbose ? ["-v"] : []), "-W", hostPort, "--", this.target.host], { stdio: ["pipe", "pipe", "pipe"] });
  }

  /** rsync's `-e` value: ssh through the master. */
  rsyncShell(): string {
    return ["ssh", ...this.muxOptions()].map(rsyncWord).join(" ");
  }

  /** rsync's destination prefix "host:" (an IPv6 address in brackets). */
  rsyncHost(): string {
    return this.target.host.includes(":") ? `[${this.target.host}]` : this.target.host;
  }

  /** Closes the master (ssh -O exit); never throws. */
  async close(): Promise<void> {
    if (!this.#opening) return;
    await this.#opening;
    await runProcess("ssh", ["-o", `ControlPath=${this.controlPath}`, "-O", "exit", "--", this.target.host], { timeoutMs: 5000 }).catch(() => undefined);
  }
}

const SLOW_HYBRID = /^sntrup761x25519-sha512(@openssh\.com)?$/;
const X25519 = "curve25519-sha256";

/**
 * The confirmation's connection carries one command and its exit status, no
 * secrets, and its handshake is on every ship's critical path. Where ssh would
 * start with the sntrup761 post-quantum hybrid, it prefers classical X25519
 * (about 70 ms less per handshake on the lab's machines); the list is otherwise
 * the one ssh would use, so a server that takes only the hybrid still gets it.
 * undefined: nothing to change. The master, which carries bundles, keeps ssh's
 * own order.
 */
export function fastKexOrder(configured: string): string | undefined {
  const list = configured.split(",");
  if (!SLOW_HYBRID.test(list[0] ?? "") || !list.includes(X25519)) return undefined;
  return [X25519, ...list.filter((k) => k !== X25519)].join(",");
}

/** rsync splits `-e` on whitespace and honours quotes: quote words that need it. */
export function rsyncWord(word: string): string {
  if (!/[\s'"\\]/.test(word)) return word;
  if (word.includes('"') || word.includes("\\")) throw new Error(`cannot pass ${JSON.stringify(word)} to rsync -e (quotes or backslashes in an ssh option)`);
  return `"${word}"`;
}
