// Running local commands (ssh, rsync, tar, ip, nsenter …) for the shipper and the
// lab alike: argv only, never a shell string; output captured; a time limit.
import { spawn, type StdioOptions } from "node:child_process";

export interface ProcessResult {
  /** exit status; 124 when killed for taking too long, 128+n for signal n */
  readonly code: number;
  readonly stdout: string;
  /** stdout as bytes, for binary output (a tar stream) */
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

export interface ProcessOptions {
  readonly input?: string | Buffer;
  /** SIGKILL the command after this long; it then exits 124 */
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  /** let the command's stderr through to ours (progress) instead of capturing it */
  readonly passStderr?: boolean;
  /** extra file descriptors handed to the command as fd 3, 4, … */
  readonly extraFds?: readonly number[];
}

const SIGNALS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13 };

/** Runs `cmd args…` to completion; never throws for a non-zero exit (the caller decides). */
export function runProcess(cmd: string, args: readonly string[], opts: ProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const stdio: StdioOptions = ["pipe", "pipe", opts.passStderr ? "inherit" : "pipe", ...(opts.extraFds ?? [])];
    const child = spawn(cmd, [...args], { stdio, env: opts.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
          }, opts.timeoutMs);
    child.stdout!.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.stdin!.on("error", () => {}); // the command may exit without reading its input
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`cannot run \`${cmd}\`: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({
        code: timedOut ? 124 : (code ?? 128 + (signal ? (SIGNALS[signal] ?? 9) : 0)),
        stdout: stdoutBytes.toString("utf8"),
        stdoutBytes,
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
    child.stdin!.end(opts.input ?? "");
  });
}


export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
