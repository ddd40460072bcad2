// Before a ship (or rollback) changes anything, it deals with the machine's last
// activation (ACTIVATION.md): one still running or awaiting confirmation is followed
// to its end (and confirmed after its checks when it installs the generation being
// shipped); a finished one this checkout did not see end is reported.
import type { PlacedCheck } from "../../compiler/definitions.ts";
import { follow, type Followed } from "./activation.ts";
import { reprobe } from "./connect.ts";
import type { Probe } from "./remote.ts";
import { lastSeenActivation, markActivationSeen } from "./seen.ts";
import type { SshSession } from "./ssh.ts";
import { activationTarget, describeOutcome, isFinished, isInProgress } from "./status.ts";

/** What the caller shows while this runs. */
export interface StageReporter {
  stage(text: string): void;
  note(text: string): void;
}

export interface Settled {
  /** where the machine stands now */
  readonly probe: Probe;
  /** the activation found in progress, followed to its end */
  readonly followed?: Followed;
  /** whether that activation installed the generation being shipped (and was confirmed by us) */
  readonly ours: boolean;
}

export async function settlePrevious(
  session: SshSession,
  probe: Probe,
  opts: { readonly machineOut: string; readonly gen?: string; readonly checks?: readonly PlacedCheck[]; readonly confirmTimeout: number; readonly ui: StageReporter },
): Promise<Settled> {
  const machine = session.target.machine;
  const { status } = probe;
  // a dead worker's activation is finished by the next `activate` (recover_activation): nothing to follow
  if (status.id && isInProgress(status.state) && status.workerGone) {
    opts.ui.note(`${machine}: activation ${status.id} ${describeOutcome(status)}`);
    return { probe, ours: false };
  }
  if (status.id && isInProgress(status.state)) {
    const ours = opts.gen !== undefined && activationTarget(status.id) === opts.gen;
    opts.ui.note(
      `${machine}: activation ${status.id} ${describeOutcome(status)}; ${ours ? "it installs this generation: checking and confirming it" : "waiting for it to end first"}`,
    );
    const followed = await follow(session, status.id, {
      ...(ours ? { confirm: { checks: opts.checks ?? [] } } : {}),
      confirmTimeout: opts.confirmTimeout,
      onStage: (s) => opts.ui.stage(`earlier activation: ${s}`),
    });
    markActivationSeen(opts.machineOut, status.id);
    opts.ui.note(`${machine}: activation ${status.id} ${describeOutcome(followed.status)}`);
    return { probe: await reprobe(session), followed, ours };
  }
  if (status.id && isFinished(status.state) && status.id !== lastSeenActivation(opts.machineOut)) {
    opts.ui.note(`${machine}: the last activation (${status.id}) ${describeOutcome(status)}`);
    markActivationSeen(opts.machineOut, status.id);
  }
  return { probe, ours: false };
}
