// `hearth ship --dry-run`: each machine's plan against the generation it actually
// runs, fetched from it (its .hearth/ tables), computed by the installer's own rules
// (planAgainst), exactly as `hearth plan` prints it. Nothing on the machine changes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CompiledMachine } from "../../compiler/compile.ts";
import { planAgainst, type Baseline } from "../../compiler/plan.ts";
import { connect, type Connected } from "./connect.ts";
import { runProcess, tail } from "./exec.ts";
import { describeTarget } from "./inventory.ts";
import { CURRENT_LINK } from "./remote.ts";
import { ConnectionLost, type SshSession } from "./ssh.ts";
import { describeOutcome, isInProgress } from "./status.ts";

export interface DryRunResult {
  readonly machine: string;
  readonly ok: boolean;
  readonly text: string;
}

// which of the generation's packages the machine lacks (read-only)
const MISSING_PACKAGES = `
command -v dpkg-query >/dev/null 2>&1 || exit 0
for p in "$@"; do
  s=$(dpkg-query -W -f='\${db:Status-Status}' "$p" 2>/dev/null) || s=
  [ "$s" = installed ] || printf '%s\\n' "$p"
done
`;

async function fetchBaseline(session: SshSession, current: string | undefined, dir: string): Promise<Baseline> {
  const machine = session.target.machine;
  if (!current) return { kind: "none", why: `nothing installed on ${machine}` };
  const r = await session.run(`tar -C ${CURRENT_LINK} -cf - .hearth`);
  if (r.code !== 0) throw new Error(`reading ${CURRENT_LINK}/.hearth on ${machine} failed: ${tail(r.stderr, 3)}`);
  const x = await runProcess("tar", ["-C", dir, "-xf", "-"], { input: r.stdoutBytes });
  if (x.code !== 0) throw new Error(`unpacking ${machine}'s .hearth tables failed: ${tail(x.stderr, 3)}`);
  return { kind: "meta-dir", dir: join(dir, ".hearth"), label: `${machine} (${describeTarget(session.target)}, generation ${current})` };
}

export async function dryRunMachine(session: SshSession, compiled: CompiledMachine, connecting?: Promise<Connected>): Promise<DryRunResult> {
  const machine = session.target.machine;
  const connected = await (connecting ?? connect(session));
  if (!connected.ok) return { machine, ok: false, text: `== ${machine}: unreachable: ${connected.reason}\n` };
  const tmp = await mkdtemp(join(tmpdir(), "hearth-dry-run-"));
  try {
    const { probe } = connected;
    const baseline = await fetchBaseline(session, probe.current, tmp);
    const plan = await planAgainst(baseline, compiled.generation.tables);
    const label = baseline.kind === "none" ? baseline.why : baseline.label;
    const notes: string[] = [];
    if (probe.status.id && isInProgress(probe.status.state)) notes.push(`note: activation ${probe.status.id} ${describeOutcome(probe.status)} on ${machine}; ship waits for it first`);
    const packages = compiled.generation.packages;
    if (packages.length > 0) {
      const missing = (await session.run(MISSING_PACKAGES, { args: [...packages] })).stdout.split("\n").filter(Boolean);
      if (missing.length > 0) notes.push(`missing Debian packages: ${missing.join(" ")} (ship with --install-packages, or apt-get install -y ${missing.join(" ")})`);
    }
    const body = probe.current === compiled.generation.gen ? "plan: no changes (the machine runs this generation)\n" : `${plan.summary || "plan: no changes"}\n${plan.lines}`;
    return { machine, ok: true, text: `== ${machine} against ${label}\n${body}${notes.map((n) => `${n}\n`).join("")}` };
  } catch (e) {
    const why = e instanceof ConnectionLost ? "connection lost" : e instanceof Error ? e.message : String(e);
    return { machine, ok: false, text: `== ${machine}: failed: ${why}\n` };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
