// Health checks, run from the laptop through the machine's ssh connection once the
// target awaits confirmation. Each is retried until its timeout: a unit that is
// still starting, a port not yet bound, is not a failure yet.
import type { PlacedCheck } from "../../compiler/definitions.ts";
import { shCommand } from "../../compiler/shell-quote.ts";
import type { HealthCheck } from "../../dsl/nodes.ts";
import { sleep, tail } from "./exec.ts";
import { httpRequest, httpVerdict, parseHttpResponse } from "./http.ts";
import { ConnectionLost, type SshSession } from "./ssh.ts";

export interface CheckOutcome {
  readonly label: string;
  readonly ok: boolean;
  /** what the last attempt said (the failure's evidence) */
  readonly output: string;
  readonly attempts: number;
  readonly ms: number;
}

/** "unit nginx.service", "tcp 127.0.0.1:8080", "http http://127.0.0.1:8080/", "command app --selftest". */
export function checkLabel(c: HealthCheck): string {
  const hostPort = (host: string, port: number) => `${host.includes(":") ? `[${host}]` : host}:${port}`;
  switch (c.type) {
    case "unit":
      return `unit ${c.unit}`;
    case "tcp":
      return `tcp ${hostPort(c.host, c.port)}`;
    case "http":
      return `http http://${hostPort(c.host, c.port)}${c.path}`;
    case "command":
      return `command ${shCommand(c.argv)}`;
  }
}

interface Attempt {
  readonly ok: boolean;
  readonly output: string;
}

const RETRY_MS = 250;
const ATTEMPT_MS = 5000;

/** Runs one attempt of a check; throws ConnectionLost when the connection is gone. */
export async function attemptCheck(session: SshSession, c: HealthCheck, timeoutMs = ATTEMPT_MS): Promise<Attempt> {
  switch (c.type) {
    case "unit": {
      const r = await session.run(shCommand(["systemctl", "is-active", "--", c.unit]), { timeoutMs });
      return { ok: r.code === 0, output: (r.stdout + r.stderr).trim() || `exit ${r.code}` };
    }
    case "command": {
      const r = await session.run(shCommand(c.argv), { root: true, timeoutMs });
      const said = tail(r.stdout + r.stderr, 20);
      return { ok: r.code === 0, output: r.code === 124 ? `no exit within ${timeoutMs / 1000} s${said ? `\n${said}` : ""}` : `exit ${r.code}${said ? `\n${said}` : ""}` };
    }
    case "tcp":
      return tcpAttempt(session, c.host, c.port, timeoutMs);
    case "http": {
      const r = await forwardExchange(session, c.host, c.port, httpRequest(c.host, c.port, c.path), timeoutMs);
      if (!r.ok) return r;
      const v = httpVerdict(parseHttpResponse(r.bytes), c.status);
      return { ok: v.ok, output: v.detail };
    }
  }
}

/** ssh prints this (with -v) once the master has the TCP connection open on the machine. */
const OPENED = /master session id/;
const REFUSED = /forwarding request failed|open failed|refused/i;

/** Connects to host:port from the machine (ssh -W); passes as soon as the connection is open. */
function tcpAttempt(session: SshSession, host: string, port: number, timeoutMs: number): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    const child = session.forward(host, port, { verbose: true });
    let stderr = "";
    let settled = false;
    const finish = (a: Attempt | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdin?.destroy();
      child.kill("SIGTERM");
      if (a instanceof Error) reject(a);
      else resolve(a);
    };
    const timer = setTimeout(() => finish({ ok: false, output: `no connection to ${host}:${port} within ${timeoutMs / 1000} s` }), timeoutMs);
    child.stdin?.on("error", () => {});
    child.stdout?.resume();
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (OPENED.test(stderr)) finish({ ok: true, output: `connected to ${host}:${port}` });
    });
    child.on("error", (e) => finish(e));
    child.on("close", (code) => {
      if (settled) return;
      if (code === 0) return finish({ ok: true, output: `connected to ${host}:${port}` });
      // with -v, ssh's own lines are noise: keep what it says about the forwarding
      const said = stderr.split("\n").filter((l) => l.trim() && !/^(debug\d|OpenSSH_)/.test(l)).join("\n");
      if (REFUSED.test(said)) return finish({ ok: false, output: `nothing accepts connections on ${host}:${port} (seen from the machine)` });
      void session.alive().then((up) =>
        finish(up ? { ok: false, output: said.trim() || `ssh -W exited ${code}` } : new ConnectionLost(`the ssh connection to ${session.target.machine} was lost`)),
      );
    });
  });
}

/** Sends `request` to host:port from the machine and reads until the server closes. */
function forwardExchange(session: SshSession, host: string, port: number, request: string, timeoutMs: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; output: string }> {
  return new Promise((resolve, reject) => {
    const child = session.forward(host, port);
    const out: Buffer[] = [];
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdin?.on("error", () => {});
    child.stdout?.on("data", (d: Buffer) => out.push(d));
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(out);
      if (timedOut) return resolve(bytes.length > 0 ? { ok: true, bytes } : { ok: false, output: `no answer from ${host}:${port} within ${timeoutMs / 1000} s` });
      if (code === 0 || bytes.length > 0) return resolve({ ok: true, bytes });
      const said = stderr.trim();
      if (REFUSED.test(said)) return resolve({ ok: false, output: `nothing accepts connections on ${host}:${port} (seen from the machine)` });
      void session.alive().then((up) => (up ? resolve({ ok: false, output: said || `ssh -W exited ${code}` }) : reject(new ConnectionLost(`the ssh connection to ${session.target.machine} was lost`))));
    });
    // HTTP/1.0 with Connection: close: the server closes when it has answered
    child.stdin?.write(request);
  });
}

/** More evidence for a check that gave up: a failed unit's status and last journal lines. */
async function evidence(session: SshSession, c: HealthCheck): Promise<string> {
  if (c.type !== "unit") return "";
  const r = await session.run(shCommand(["systemctl", "status", "--no-pager", "--lines=10", "--", c.unit]), { timeoutMs: ATTEMPT_MS }).catch(() => undefined);
  return r ? tail(r.stdout + r.stderr, 20) : "";
}

/**
 * Runs every check in parallel, each retried until its own timeout (or `until`, when
 * the machine stops waiting for the confirmation sooner); the first ConnectionLost wins.
 */
export async function runChecks(session: SshSession, checks: readonly PlacedCheck[], until = Infinity): Promise<CheckOutcome[]> {
  return Promise.all(
    checks.map(async (placed) => {
      const label = checkLabel(placed.check);
      const start = Date.now();
      const deadline = Math.min(start + placed.timeout * 1000, until);
      for (let attempts = 1; ; attempts++) {
        const left = deadline - Date.now();
        const a = await attemptCheck(session, placed.check, Math.max(1000, Math.min(ATTEMPT_MS, left)));
        if (a.ok || Date.now() + RETRY_MS >= deadline) {
          const more = a.ok ? "" : await evidence(session, placed.check);
          return { label, ok: a.ok, output: more ? `${a.output}\n${more}` : a.output, attempts, ms: Date.now() - start };
        }
        await sleep(RETRY_MS);
      }
    }),
  );
}
