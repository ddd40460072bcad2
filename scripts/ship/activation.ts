// Drives one activation on a machine (ACTIVATION.md): start the detached worker,
// follow its journal over the master connection, run the health checks when it
// awaits confirmation, then confirm over a fresh connection or abort with the reason.
import type { PlacedCheck } from "../../compiler/definitions.ts";
import { shq } from "../../compiler/shell-quote.ts";
import { runChecks, type CheckOutcome } from "./checks.ts";
import { sleep, tail, type ProcessResult } from "./exec.ts";
import { installerCommand, REMOTE_CHECKS_DIR } from "./remote.ts";
import type { SshSession } from "./ssh.ts";
import { isFinished, parseStarted, parseStatus, type ActivationStatus } from "./status.ts";
import { watchStatus } from "./status-watch.ts";

/** checks stop this long before the machine's confirmation deadline, to leave time to confirm */
const CONFIRM_MARGIN_MS = 1500;
/** The worker settles units for up to 30 s before it awaits confirmation (ACTIVATION.md). */
const SETTLE_SECONDS = 30;

export interface ActivateRequest {
  /** install this bundle (a path on the machine) … */
  readonly bundle?: string;
  /** … or roll back (to GEN, default the previous generation) */
  readonly rollback?: { readonly to?: string };
  readonly confirmTimeout: number;
  /** the generation's health checks, kept on the machine for a later `hearth rollback` to it */
  readonly keepChecks?: { readonly gen: string; readonly json: string };
}

export type Started = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly why: string };

/** Starts the worker; returns its activation id, or what the installer refused. */
export async function startActivation(session: SshSession, req: ActivateRequest): Promise<Started> {
  const args = req.rollback
    ? ["activate", "--rollback", ...(req.rollback.to ? [req.rollback.to] : [])]
    : ["activate", ...(req.bundle ? ["--bundle", req.bundle] : [])];
  const activate = installerCommand(...args, "--confirm-timeout", String(req.confirmTimeout));
  const keep = req.keepChecks ? `mkdir -p ${REMOTE_CHECKS_DIR} && cat > ${shq(`${REMOTE_CHECKS_DIR}/${req.keepChecks.gen}.json`)} && ` : "";
  const r = await session.run(`${keep}${activate}`, { root: true, input: req.keepChecks?.json ?? "" });
  const said = r.stdout + r.stderr;
  if (r.code !== 0) return { ok: false, why: installerMessage(said, r.code) || `install.sh activate exited ${r.code}` };
  const id = parseStarted(said) ?? (await readStatus(session)).id;
  return id ? { ok: true, id } : { ok: false, why: `install.sh activate said nothing about an activation id: ${tail(said, 3)}` };
}

/**
 * The installer's own words ("hearth: …" lines), joined, without the prefix. When
 * it died of something it did not say (exit > 1: a shell error), that line too.
 */
export function installerMessage(text: string, code = 1): string {
  const all = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const said = all.filter((l) => l.startsWith("hearth: ")).map((l) => l.slice("hearth: ".length));
  const other = all.filter((l) => !l.startsWith("hearth: ") && !/^activation \S+ (started|confirmed)$/.test(l));
  // a failure ends with die's message (and its hint): earlier lines are progress
  const parts = said.length > 0 ? (code === 0 ? said : said.slice(-2)) : other.slice(-3);
  if (said.length > 0 && code > 1 && other.length > 0) parts.push(other[other.length - 1]!);
  return parts.join("; ");
}

export async function readStatus(session: SshSession): Promise<ActivationStatus> {
  const r = await session.run(installerCommand("status"));
  return parseStatus(r.stdout);
}

export interface FollowOptions {
  /** run these checks and confirm (or abort); without it the activation is only watched */
  readonly confirm?: { readonly checks: readonly PlacedCheck[] };
  /** the timeout the activation was started with, to know when to stop waiting */
  readonly confirmTimeout: number;
  readonly onStage?: (stage: string) => void;
}

export interface Followed {
  /** the last status seen: finished, unless the activation was replaced */
  readonly status: ActivationStatus;
  readonly checks: readonly CheckOutcome[];
  /** why the confirmation did not get through, when it did not */
  readonly confirmProblem?: string;
}

/** Follows activation `id` until it has finished, confirming it on the way when asked to. */
export async function follow(session: SshSession, id: string, opts: FollowOptions): Promise<Followed> {
  const limitSeconds = SETTLE_SECONDS + opts.confirmTimeout + 120;
  const giveUpAt = Date.now() + limitSeconds * 1000;
  let checks: CheckOutcome[] = [];
  let confirmProblem: string | undefined;
  let handled = false;
  /** what we told the machine, shown until it acts on it */
  let decided: string | undefined;
  let last: ActivationStatus | undefined;
  /** the confirmation's own connection, opened once the new generation's services ran */
  let confirmation: ReturnType<typeof openConfirmation> | undefined;
  const ended = async (f: Followed): Promise<Followed> => {
    if (confirmation && !handled) await confirmation.decide(false);
    return f;
  };
  for await (const status of watchStatus(session, giveUpAt)) {
    last = status;
    if (status.id !== id)
      return ended({ status: { ...status, state: "failed", result: { ...status.result, reason: `activation ${id} was replaced by ${status.id ?? "nothing"} on the machine` } }, checks });
    if (isFinished(status.state)) return ended({ status, checks, ...(confirmProblem ? { confirmProblem } : {}) });
    if (status.workerGone)
      return ended({ status: { ...status, state: "failed", result: { ...status.result, reason: `the worker of activation ${id} on the machine is gone (it was ${status.state}); the next ship finishes it` } }, checks });
    // The handshake of a new connection is the slowest step left: start it as soon as
    // the new generation's services have run (sshd restarted, if it was going to be),
    // which proves as much as starting it after the units settled.
    const servicesRan = status.state === "awaiting-confirmation" || status.lastEvent?.stage === "services" || status.lastEvent?.stage === "settled";
    if (opts.confirm && !confirmation && servicesRan) confirmation = openConfirmation(session, id);
    if (status.state === "awaiting-confirmation" && !handled && opts.confirm && confirmation) {
      handled = true;
      opts.onStage?.(opts.confirm.checks.length > 0 ? `checks (${opts.confirm.checks.length})` : "confirm");
      // a check still failing when the machine stops waiting is a failure, not a timeout
      const checksEnd = Date.now() + opts.confirmTimeout * 1000 - CONFIRM_MARGIN_MS;
      const opened = confirmation;
      checks = await runChecks(session, opts.confirm.checks, checksEnd).catch(async (e: unknown) => {
        await opened.decide(false);
        throw e;
      });
      const failed = checks.find((c) => !c.ok);
      if (failed) {
        decided = "rolling back";
        opts.onStage?.("abort");
        await opened.decide(false);
        await abort(session, id, `${failed.label}: ${oneLine(failed.output)}`);
      } else {
        decided = "confirming";
        opts.onStage?.("confirm");
        const c = await confirm(session, id, opened.decide(true));
        if (!c.ok) {
          confirmProblem = c.why;
          // Over the master, so the machine rolls back now instead of at its timeout.
          if (c.unreachable) await abort(session, id, `no confirmation: ${c.why}`).catch(() => undefined);
          decided = "rolling back";
        }
      }
      continue;
    }
    opts.onStage?.(status.state === "awaiting-confirmation" ? (decided ?? "awaiting confirmation") : (status.lastEvent?.stage ?? status.state));
  }
  const status = last ?? (await readStatus(session));
  const why = Date.now() >= giveUpAt ? `activation ${id} still ${status.state} after ${limitSeconds} s` : `activation ${id}: the machine's journal says ${status.state}`;
  return ended({ status: { ...status, state: "failed", result: { ...status.result, reason: why } }, checks });
}

const oneLine = (text: string): string => text.split("\n")[0]!.slice(0, 300);

/** Writes `abort` for the worker: roll back now, with this reason. */
export async function abort(session: SshSession, id: string, reason: string): Promise<void> {
  await session.run(installerCommand("abort", id, oneLine(reason)), { root: true });
}

type Confirmed = { ok: true } | { ok: false; why: string; unreachable: boolean };

const CONFIRM_MS = 15_000;

/**
 * A new ssh connection (not the master) that runs `install.sh confirm ID` once told
 * to. Opened once the new generation's services ran, i.e. after the switch, so it
 * proves that the new generation still lets ssh in; opening it while the units
 * settle and the health checks run keeps the handshake off the critical path.
 */
export function openConfirmation(session: SshSession, id: string): { decide(confirm: boolean): Promise<ProcessResult> } {
  const child = session.spawnFresh(`read -r verdict && [ "$verdict" = confirm ] && exec ${installerCommand("confirm", id)}`, { root: true });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on("data", (d: Buffer) => out.push(d));
  child.stderr?.on("data", (d: Buffer) => err.push(d));
  child.stdin?.on("error", () => {});
  const exited = new Promise<ProcessResult>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), CONFIRM_MS + 30_000);
    const done = (code: number) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString(), stdoutBytes, stderr: Buffer.concat(err).toString() });
    };
    child.on("error", (e) => {
      err.push(Buffer.from(e.message));
      done(255);
    });
    child.on("close", (code, signal) => done(signal ? 124 : (code ?? 255)));
  });
  return {
    decide(yes: boolean): Promise<ProcessResult> {
      child.stdin?.end(yes ? "confirm\n" : "no\n");
      const timer = setTimeout(() => child.kill("SIGKILL"), yes ? CONFIRM_MS : 2000);
      return exited.finally(() => clearTimeout(timer));
    },
  };
}

/** The confirmation's outcome; a connection that failed is retried briefly (fresh ones, never the master). */
export async function confirm(session: SshSession, id: string, first?: Promise<ProcessResult>): Promise<Confirmed> {
  let last = "";
  for (let attempt = 1; attempt <= 3; attempt++) {
    const r = attempt === 1 && first ? await first : await session.runFresh(installerCommand("confirm", id), { root: true, timeoutMs: CONFIRM_MS });
    if (r.code === 0) return { ok: true };
    if (r.code !== 255 && r.code !== 124) return { ok: false, why: `confirm refused: ${installerMessage(r.stdout + r.stderr, r.code) || `exit ${r.code}`}`, unreachable: false };
    last = tail(r.stderr, 2).replace(/\n/g, "; ") || `ssh exited ${r.code}`;
    if (attempt < 3) await sleep(500);
  }
  return { ok: false, why: `a fresh ssh connection to confirm failed: ${last}`, unreachable: true };
}
