// A followed activation as a summary row, with the evidence for one that did not
// end well: the failing checks' output, the failed units' journal (units.log), and
// the worker's last log lines.
import type { Followed } from "./activation.ts";
import { ConnectionLost, type SshSession } from "./ssh.ts";
import { tail } from "./exec.ts";
import { JOURNAL_DIR } from "./remote.ts";
import type { MachineResult, SummaryRow } from "./summary.ts";

type Detail = { title: string; text: string };

/** units.log and the tail of the worker's log, when there are any. */
async function journalEvidence(session: SshSession, withLog: boolean): Promise<Detail[]> {
  const r = await session
    .run(`cat ${JOURNAL_DIR}/units.log 2>/dev/null; echo '--- log'; ${withLog ? `tail -n 15 ${JOURNAL_DIR}/log 2>/dev/null` : ":"}`)
    .catch((e: unknown) => (e instanceof ConnectionLost ? undefined : Promise.reject(e)));
  if (!r) return [];
  const [units = "", log = ""] = r.stdout.split(/^--- log$/m);
  return [
    ...(units.trim() ? [{ title: "failed units (units.log)", text: tail(units, 40) }] : []),
    ...(log.trim() ? [{ title: "activation log (last lines)", text: tail(log, 15) }] : []),
  ];
}

export async function activationRow(session: SshSession, f: Followed, row: { readonly seconds: number; readonly bytesSent?: number; readonly fallbackOld?: string; readonly fallbackNew?: string }): Promise<SummaryRow> {
  const s = f.status;
  const r = s.result;
  // "aborted: <what we said>": our own reasons say enough
  const reason = r.reason?.replace(/^aborted: /, "") ?? (s.state === "rolled-back" ? "(no reason given)" : `activation ended ${s.state}`);
  const result: MachineResult = s.state === "done" ? { kind: "ok" } : s.state === "rolled-back" ? { kind: "rolled-back", reason } : { kind: "failed", reason };
  const details: Detail[] = [];
  if (result.kind !== "ok") {
    for (const c of f.checks.filter((c) => !c.ok)) details.push({ title: `check ${c.label} (${c.attempts} attempt${c.attempts > 1 ? "s" : ""}, ${(c.ms / 1000).toFixed(1)} s)`, text: c.output });
    if (f.confirmProblem && !reason.includes(f.confirmProblem)) details.push({ title: "confirmation", text: f.confirmProblem });
    if (r.failedUnits.some((u) => !reason.includes(u))) details.push({ title: "failed units", text: r.failedUnits.join(" ") });
    details.push(...(await journalEvidence(session, result.kind === "failed")));
  }
  const counted = r.filesAdded !== undefined || r.started !== undefined;
  return {
    machine: session.target.machine,
    ...((r.old ?? row.fallbackOld) ? { oldGen: r.old ?? row.fallbackOld } : {}),
    ...((r.new ?? row.fallbackNew) ? { newGen: r.new ?? row.fallbackNew } : {}),
    ...(counted ? { files: { added: r.filesAdded ?? 0, changed: r.filesChanged ?? 0, removed: r.filesRemoved ?? 0 } } : {}),
    ...(counted ? { units: { started: r.started ?? 0, restarted: r.restarted ?? 0, reloaded: r.reloaded ?? 0, stopped: r.stopped ?? 0 } } : {}),
    ...(row.bytesSent !== undefined ? { bytesSent: row.bytesSent } : {}),
    seconds: row.seconds,
    result,
    ...(details.length > 0 ? { details } : {}),
  };
}

/** The hint for a machine whose connection dropped mid-way. */
export const droppedHint = (machine: string, stage: string): string =>
  `the connection dropped during ${stage}. The machine finishes on its own: an activation that is not confirmed rolls back, so it ends on one generation. Run \`hearth ship ${machine}\` again: it reports how that activation ended and finishes the job.`;
