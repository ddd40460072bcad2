// Shipping one machine: connect (and probe) → deal with its last activation →
// unchanged? done → stage and rsync the bundle → packages → activate → follow,
// check, confirm → one summary row. Never throws for the machine's own trouble:
// that is its row's result, so one machine cannot stop the others.
import { join } from "node:path";
import type { ManifestJson } from "../../compiler/emit.ts";
import { follow, installerMessage, startActivation } from "./activation.ts";
import { connect, type Connected } from "./connect.ts";
import { tail } from "./exec.ts";
import { activationRow, droppedHint } from "./outcome.ts";
import { settlePrevious, type StageReporter } from "./previous.ts";
import { REMOTE_BUNDLE } from "./remote.ts";
import { markActivationSeen } from "./seen.ts";
import { ConnectionLost, type SshSession } from "./ssh.ts";
import type { SummaryRow } from "./summary.ts";
import { sendFiles, stageBundle } from "./transfer.ts";

export interface ShipSettings {
  /** seconds the machine waits for the confirmation before rolling back */
  readonly confirmTimeout: number;
  /** apt-get install the generation's missing packages first */
  readonly installPackages: boolean;
}

export interface ShipJob {
  readonly session: SshSession;
  /** out/<machine>: bundle.tar.gz, install.sh, manifest.json of this compile */
  readonly machineOut: string;
  readonly manifest: ManifestJson;
  /** a connect already under way (started while compiling), and when it started */
  readonly connecting?: { readonly promise: Promise<Connected>; readonly since: number };
}

export interface MachineReporter extends StageReporter {
  /** the machine's clock starts at `since` */
  begin(stage: string, since: number): void;
}

const seconds = (start: number): number => (Date.now() - start) / 1000;

export async function shipMachine(job: ShipJob, settings: ShipSettings, ui: MachineReporter): Promise<SummaryRow> {
  const { session, manifest } = job;
  const machine = session.target.machine;
  const start = job.connecting?.since ?? Date.now();
  let stage = "connect";
  const enter = (s: string) => {
    stage = s;
    ui.stage(s);
  };
  ui.begin(stage, start);
  const connected = await (job.connecting?.promise ?? connect(session));
  if (!connected.ok) return { machine, newGen: manifest.gen, seconds: connected.ms / 1000, result: { kind: "unreachable", reason: connected.reason } };
  let bytesSent: number | undefined;
  let oldGen = connected.probe.current;
  try {
    const settled = await settlePrevious(session, connected.probe, {
      machineOut: job.machineOut,
      gen: manifest.gen,
      checks: manifest.checks,
      confirmTimeout: settings.confirmTimeout,
      ui,
    });
    // an interrupted ship of this very generation, followed, checked and confirmed (or not) here
    if (settled.ours && settled.followed) return activationRow(session, settled.followed, { seconds: seconds(start), fallbackNew: manifest.gen });
    const probe = settled.probe;
    oldGen = probe.current;
    // an interrupted activation (dead worker) may have switched without confirmation: activate settles it
    const settledOn = probe.current === manifest.gen && !probe.status.workerGone;
    if (settledOn && probe.installer && !settled.followed)
      return { machine, oldGen: probe.current, newGen: manifest.gen, seconds: seconds(start), result: { kind: "unchanged" } };

    enter("stage bundle");
    const tar = await stageBundle(job.machineOut, manifest.tarSha256);
    enter(probe.rsync ? "rsync" : "copy (no rsync on the machine)");
    // install.sh reads the generation and the bundle's sums from the manifest.json beside it
    bytesSent = (await sendFiles(session, [tar, join(job.machineOut, "install.sh"), join(job.machineOut, "manifest.json")], probe.rsync)).bytesSent;
    if (settledOn)
      return { machine, oldGen: probe.current, newGen: manifest.gen, bytesSent, seconds: seconds(start), result: { kind: "unchanged" } };

    if (settings.installPackages && manifest.packages.length > 0) {
      enter("packages");
      const installed = await installPackages(session, manifest.packages);
      if (!installed.ok) return { machine, oldGen: probe.current, newGen: manifest.gen, bytesSent, seconds: seconds(start), result: { kind: "failed", reason: installed.why }, details: [{ title: "apt-get", text: installed.output }] };
      if (installed.installed.length > 0) ui.note(`${machine}: installed ${installed.installed.join(" ")}`);
    }

    enter("activate");
    const started = await startActivation(session, {
      bundle: REMOTE_BUNDLE,
      confirmTimeout: settings.confirmTimeout,
      keepChecks: { gen: manifest.gen, json: `${JSON.stringify({ gen: manifest.gen, checks: manifest.checks })}\n` },
    });
    if (!started.ok) return { machine, oldGen: probe.current, newGen: manifest.gen, bytesSent, seconds: seconds(start), result: { kind: "failed", reason: started.why } };
    const followed = await follow(session, started.id, { confirm: { checks: manifest.checks }, confirmTimeout: settings.confirmTimeout, onStage: enter });
    markActivationSeen(job.machineOut, started.id);
    return await activationRow(session, followed, {
      seconds: seconds(start),
      bytesSent,
      ...(probe.current ? { fallbackOld: probe.current } : {}),
      fallbackNew: manifest.gen,
    });
  } catch (e) {
    const base = { machine, ...(oldGen ? { oldGen } : {}), newGen: manifest.gen, ...(bytesSent !== undefined ? { bytesSent } : {}), seconds: seconds(start) };
    if (e instanceof ConnectionLost) return { ...base, result: { kind: "failed", reason: `connection lost during ${stage}`, hint: droppedHint(machine, stage) } };
    return { ...base, result: { kind: "failed", reason: e instanceof Error ? e.message : String(e) } };
  }
}

// dpkg-query says which are missing; apt-get installs them, refreshing its lists
// only when the first try fails (they may be missing or stale).
const INSTALL_PACKAGES = `
command -v dpkg-query >/dev/null 2>&1 || { echo 'no dpkg-query on this machine: not a Debian system?' >&2; exit 3; }
missing=
for p in "$@"; do
  s=$(dpkg-query -W -f='\${db:Status-Status}' "$p" 2>/dev/null) || s=
  [ "$s" = installed ] || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
echo "missing:$missing"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
apt-get install -y -q $missing || { apt-get update -q && apt-get install -y -q $missing; }
`;

async function installPackages(session: SshSession, names: readonly string[]): Promise<{ ok: true; installed: string[] } | { ok: false; why: string; output: string }> {
  const r = await session.run(INSTALL_PACKAGES, { args: names, root: true, timeoutMs: 15 * 60_000 });
  const missing = /^missing:(.*)$/m.exec(r.stdout)?.[1]?.trim().split(/\s+/) ?? [];
  if (r.code === 0) return { ok: true, installed: missing };
  return { ok: false, why: `installing ${missing.join(" ") || "packages"} failed (${installerMessage(r.stderr) || `exit ${r.code}`})`, output: tail(r.stdout + r.stderr, 20) };
}
