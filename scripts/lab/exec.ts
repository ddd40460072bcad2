// Running host commands: argv arrays only (never a shell string), captured output,
// errors that say what ran and what it printed.
import { spawnSync } from "node:child_process";
import { runProcess } from "../process.ts";
import { readFileSync } from "node:fs";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  /** Return a non-zero exit instead of throwing. */
  allowFail?: boolean;
  env?: NodeJS.ProcessEnv;
  /** SIGKILL the command after this long; it then counts as failed (code 124). */
  timeoutMs?: number;
  /** Extra file descriptors handed to the child as fd 3, 4, ... */
  extraFds?: number[];
  /** Let the command's stderr through to ours (progress messages) instead of capturing it. */
  passStderr?: boolean;
}

export class CommandError extends Error {
  readonly argv: string[];
  readonly result: RunResult;
  constructor(argv: string[], result: RunResult, note?: string) {
    const out = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-20).join("\n");
    super(`${note ? `${note}: ` : ""}\`${argv.join(" ")}\` exited ${result.code}${out ? `:\n${out}` : ""}`);
    this.name = "CommandError";
    this.argv = argv;
    this.result = result;
  }
}

/** The host environment for lab commands: sbin on PATH (ip, nsenter, debootstrap), C locale. */
export function hostEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const path = process.env.PATH ?? "/usr/bin:/bin";
  const sbin = ["/usr/local/sbin", "/usr/sbin", "/sbin"].filter((d) => !path.split(":").includes(d));
  return { ...process.env, PATH: [path, ...sbin].join(":"), LC_ALL: "C", ...extra };
}

export async function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const r = await runProcess(cmd, args, { ...opts, env: opts.env ?? hostEnv() });
  const result: RunResult = {
    code: r.code,
    stdout: r.stdout,
    stderr: r.stderr + (r.code === 124 && opts.timeoutMs !== undefined ? `\n(killed after ${opts.timeoutMs} ms)` : ""),
  };
  if (result.code !== 0 && !opts.allowFail) throw new CommandError([cmd, ...args], result);
  return result;
}

/** Synchronous twin of run(), for process 'exit' hooks where nothing async can happen. */
export function runSync(cmd: string, args: string[], opts: RunOptions = {}): RunResult {
  const r = spawnSync(cmd, args, {
    env: opts.env ?? hostEnv(),
    input: opts.input ?? "",
    timeout: opts.timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code !== "ETIMEDOUT") {
    throw new Error(`cannot run \`${cmd}\`: ${r.error.message}`);
  }
  const result: RunResult = {
    code: r.error ? 124 : (r.status ?? 137),
    stdout: r.stdout?.toString("utf8") ?? "",
    stderr: r.stderr?.toString("utf8") ?? "",
  };
  if (result.code !== 0 && !opts.allowFail) throw new CommandError([cmd, ...args], result);
  return result;
}

export { sleep } from "../process.ts";

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
export function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

/** A process's start time (field 22 of /proc/PID/stat), so a recorded PID is never
 * confused with a later process that reused the number. undefined when gone or a zombie. */
export function procStart(pid: number): string | undefined {
  const stat = readProcStat(pid);
  if (!stat || stat.state === "Z" || stat.state === "X") return undefined;
  return stat.start;
}

export interface ProcStat {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  start: string;
}

export function readProcStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid ..." where comm may itself contain spaces and parentheses
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const rest = text.slice(close + 2).split(" ");
  return { pid, comm: text.slice(open + 1, close), state: rest[0] ?? "", ppid: Number(rest[1]), start: rest[19] ?? "" };
}

/** True while the process recorded as (pid, start) is still the same live process. */
export function isAlive(pid: number | undefined, start: string | undefined): boolean {
  return pid !== undefined && start !== undefined && procStart(pid) === start;
}
