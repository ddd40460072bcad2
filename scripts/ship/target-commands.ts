// The commands that run the installer a ship left on a machine: rollback (with the
// same follow / check / confirm path as ship), generations (install.sh list) and
// verify (install.sh verify).
import type { PlacedCheck } from "../../compiler/definitions.ts";
import { follow, installerMessage, startActivation } from "./activation.ts";
import { connect, type Connected } from "./connect.ts";
import { activationRow, droppedHint } from "./outcome.ts";
import { settlePrevious, type StageReporter } from "./previous.ts";
import { installerCommand, neverShippedMessage, REMOTE_CHECKS_DIR } from "./remote.ts";
import { markActivationSeen } from "./seen.ts";
import { ConnectionLost, type SshSession } from "./ssh.ts";
import type { SummaryRow } from "./summary.ts";

export interface Generation {
  readonly gen: string;
  readonly current: boolean;
  readonly previous: boolean;
  /** the rest of the line: when, and the last action */
  readonly info: string;
}

/** Parses `install.sh list`: "<mark> <gen>  <time>  <action>  (current|previous)". */
export function parseGenerations(text: string): Generation[] {
  const out: Generation[] = [];
  for (const line of text.split("\n")) {
    const m = /^([* ]) ([0-9a-f]{16})\s+(.*?)\s*$/.exec(line);
    if (!m) continue;
    const info = m[3]!;
    out.push({ gen: m[2]!, current: m[1] === "*" || /\(current\)$/.test(info), previous: /\(previous\)$/.test(info), info: info.replace(/\s*\((current|previous)\)$/, "") });
  }
  return out;
}

export interface RollbackSettings {
  readonly to?: string;
  readonly confirmTimeout: number;
  readonly machineOut: string;
}

const seconds = (start: number): number => (Date.now() - start) / 1000;

/** The health checks a ship stored on the machine for `gen`, or none. */
async function storedChecks(session: SshSession, gen: string): Promise<PlacedCheck[] | undefined> {
  const r = await session.run(`cat ${REMOTE_CHECKS_DIR}/${gen}.json 2>/dev/null`);
  if (r.code !== 0) return undefined;
  try {
    const json = JSON.parse(r.stdout) as { checks?: PlacedCheck[] };
    return Array.isArray(json.checks) ? json.checks : undefined;
  } catch {
    return undefined;
  }
}

/** `hearth rollback MACHINE [--to GEN]`: an activation of an older generation, checked and confirmed like a ship. */
export async function rollbackMachine(session: SshSession, settings: RollbackSettings, ui: StageReporter & { begin(stage: string): void }): Promise<SummaryRow> {
  const machine = session.target.machine;
  const start = Date.now();
  let stage = "connect";
  const enter = (s: string) => {
    stage = s;
    ui.stage(s);
  };
  ui.begin(stage);
  const connected = await connect(session);
  if (!connected.ok) return { machine, seconds: connected.ms / 1000, result: { kind: "unreachable", reason: connected.reason } };
  if (!connected.probe.installer) return { machine, seconds: seconds(start), result: { kind: "failed", reason: neverShippedMessage(machine) } };
  try {
    const { probe } = await settlePrevious(session, connected.probe, { machineOut: settings.machineOut, confirmTimeout: settings.confirmTimeout, ui });
    enter("generations");
    const gens = parseGenerations((await session.run(installerCommand("list"))).stdout);
    const target = settings.to ? gens.find((g) => g.gen === settings.to || g.gen.startsWith(settings.to!)) : gens.find((g) => g.previous);
    const fail = (reason: string): SummaryRow => ({ machine, ...(probe.current ? { oldGen: probe.current } : {}), seconds: seconds(start), result: { kind: "failed", reason } });
    if (!target)
      return fail(settings.to ? `no generation ${settings.to} on ${machine} (it has: ${gens.map((g) => g.gen).join(", ") || "none"})` : `${machine} has no previous generation to roll back to`);
    if (target.gen === probe.current) return { machine, oldGen: probe.current, newGen: target.gen, seconds: seconds(start), result: { kind: "unchanged" } };
    const checks = await storedChecks(session, target.gen);
    if (!checks) ui.note(`${machine}: no health checks stored for ${target.gen} (shipped before hearth kept them): confirming without checks`);
    enter("activate");
    const started = await startActivation(session, { rollback: { to: target.gen }, confirmTimeout: settings.confirmTimeout });
    if (!started.ok) return fail(started.why);
    const followed = await follow(session, started.id, { confirm: { checks: checks ?? [] }, confirmTimeout: settings.confirmTimeout, onStage: enter });
    markActivationSeen(settings.machineOut, started.id);
    return await activationRow(session, followed, { seconds: seconds(start), ...(probe.current ? { fallbackOld: probe.current } : {}), fallbackNew: target.gen });
  } catch (e) {
    if (e instanceof ConnectionLost) return { machine, seconds: seconds(start), result: { kind: "failed", reason: `connection lost during ${stage}`, hint: droppedHint(machine, stage).replace("hearth ship", "hearth rollback") } };
    return { machine, seconds: seconds(start), result: { kind: "failed", reason: e instanceof Error ? e.message : String(e) } };
  }
}

export interface InstallerRun {
  readonly machine: string;
  /** 0 ok, 1 drift/refused, or a reason the installer could not be run */
  readonly code: number;
  readonly stdout: string;
  /** the installer's "hearth:" messages, or why it could not run */
  readonly message: string;
}

/** Runs `install.sh ARGS…` (the one a ship left) on a machine over a new master. */
export async function runInstaller(session: SshSession, args: readonly string[], connecting?: Promise<Connected>): Promise<InstallerRun> {
  const machine = session.target.machine;
  const connected = await (connecting ?? connect(session));
  if (!connected.ok) return { machine, code: 255, stdout: "", message: `unreachable: ${connected.reason}` };
  if (!connected.probe.installer) return { machine, code: 1, stdout: "", message: neverShippedMessage(machine) };
  try {
    const r = await session.run(installerCommand(...args), { root: true });
    return { machine, code: r.code, stdout: r.stdout, message: installerMessage(r.stderr) };
  } catch (e) {
    if (e instanceof ConnectionLost) return { machine, code: 255, stdout: "", message: "connection lost" };
    throw e;
  }
}
