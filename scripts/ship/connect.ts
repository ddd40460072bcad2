// Opening a machine's connection: the master comes up with the probe as its first
// command, so connecting and learning where the machine stands is one round trip.
import { tail } from "./exec.ts";
import { parseProbe, PROBE_SCRIPT, type Probe } from "./remote.ts";
import type { SshSession } from "./ssh.ts";

export type Connected = ({ readonly ok: true; readonly probe: Probe } | { readonly ok: false; readonly reason: string }) & {
  /** how long connecting took */
  readonly ms: number;
};

/** ssh's own complaint, e.g. "ssh: connect to host 10.0.0.2 port 22: Connection refused". */
export function sshComplaint(stderr: string, code: number): string {
  const lines = stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/^(Warning: Permanently added|debug\d?:)/.test(l));
  return lines.slice(-2).join("; ") || `ssh exited ${code}`;
}

export async function connect(session: SshSession): Promise<Connected> {
  const start = Date.now();
  const r = await session.open(PROBE_SCRIPT, { timeoutMs: 30_000 });
  const ms = Date.now() - start;
  if (r.code === 255 || r.code === 124) return { ok: false, reason: r.code === 124 ? "no answer within 30 s" : sshComplaint(r.stderr, r.code), ms };
  if (r.code !== 0) return { ok: false, reason: `probing the machine failed (exit ${r.code}): ${tail(r.stderr, 3)}`, ms };
  const probe = parseProbe(r.stdout);
  session.sudo = probe.uid === 0 ? [] : ["sudo", "-n"];
  return { ok: true, probe, ms };
}

/** Re-reads where the machine stands, over the open master. */
export async function reprobe(session: SshSession): Promise<Probe> {
  const r = await session.run(PROBE_SCRIPT);
  return parseProbe(r.stdout);
}
