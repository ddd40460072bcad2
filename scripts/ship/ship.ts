// `hearth ship`: compile the named machines, then ship each (in parallel, bounded)
// with live progress, and end with the summary table. Exit 0 only when every
// machine ended ok or unchanged.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { compileSite, type CompileResult } from "../../compiler/compile.ts";
import type { ManifestJson } from "../../compiler/emit.ts";
import { formatDiagnostics } from "../../compiler/diagnostics.ts";
import { connect, type Connected } from "./connect.ts";
import { dryRunMachine } from "./dry-run.ts";
import type { Inventory, SshTarget } from "./inventory.ts";
import { mapLimit } from "./pool.ts";
import { Progress, type ProgressStream } from "./progress.ts";
import { Sessions } from "./sessions.ts";
import { shipMachine, type ShipSettings } from "./ship-machine.ts";
import { renderSummary, renderTotals, resultText, succeeded } from "./summary.ts";
import { machineTargets } from "./targets.ts";

export interface ShipOptions extends ShipSettings {
  readonly sitePath: string;
  /** machine names; empty: every machine of the site */
  readonly machines: readonly string[];
  readonly inventory?: Inventory;
  /** @default "out" */
  readonly outDir: string;
  /** machines worked on at once; @default 8 */
  readonly parallel: number;
  readonly dryRun: boolean;
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
}

const elapsed = (start: number): string => `${Date.now() - start} ms`;

/**
 * With an inventory the destinations are known before the site is compiled: start
 * connecting (and probing) meanwhile. Only for machines named on the command line,
 * or every inventory entry when there are few.
 */
function connectEarly(opts: ShipOptions, sessions: Sessions): Map<string, { promise: Promise<Connected>; since: number }> {
  const early = new Map<string, { promise: Promise<Connected>; since: number }>();
  if (!opts.inventory) return early;
  const entries = opts.inventory.entries;
  const names = opts.machines.length > 0 ? opts.machines.filter((n) => entries[n]) : Object.keys(entries);
  if (names.length > opts.parallel) return early;
  for (const name of names) {
    const target: SshTarget = { machine: name, ...entries[name]!, from: opts.inventory.path };
    early.set(name, { promise: connect(sessions.for(target)), since: Date.now() });
  }
  return early;
}

export async function ship(opts: ShipOptions): Promise<number> {
  const start = Date.now();
  const sessions = new Sessions();
  try {
    const early = connectEarly(opts, sessions);
    const compiled = await compileSite({ sitePath: opts.sitePath, machines: opts.machines, outDir: opts.outDir, write: !opts.dryRun });
    if (compiled.diagnostics.length > 0) opts.stderr.write(formatDiagnostics(compiled.diagnostics));
    if (!compiled.ok || !compiled.evaluated) return 1;
    opts.stderr.write(`compiled ${compiled.machines.length} machine${compiled.machines.length === 1 ? "" : "s"} in ${elapsed(start)}\n`);
    const code = await shipCompiled(compiled, opts, sessions, early);
    opts.stderr.write(`ship took ${elapsed(start)}\n`);
    return code;
  } finally {
    await sessions.close();
  }
}

/**
 * Ships machines compiled already (hearth ship just did; hearth watch keeps
 * compiling), over `sessions`, which the caller keeps open as long as it likes:
 * watch reuses each machine's ssh connection across saves.
 */
export async function shipCompiled(
  compiled: CompileResult,
  opts: ShipOptions,
  sessions: Sessions,
  early: ReadonlyMap<string, { promise: Promise<Connected>; since: number }> = new Map(),
): Promise<number> {
  const { targets, warnings } = machineTargets(compiled.evaluated!.site.machines, compiled.machines.map((m) => m.name), opts.inventory, opts.sitePath);
  for (const w of warnings) opts.stderr.write(`hearth: warning: ${w}\n`);
  const byName = new Map(compiled.machines.map((m) => [m.name, m]));
  // an early connection whose target the site replaced (no inventory entry used) is not reused
  const connecting = (t: SshTarget) => (t.from === opts.inventory?.path ? early.get(t.machine) : undefined);

  if (opts.dryRun) {
    const results = await mapLimit(targets, opts.parallel, (t) => dryRunMachine(sessions.for(t), byName.get(t.machine)!, connecting(t)?.promise));
    for (const r of results) opts.stdout.write(r.text);
    return results.every((r) => r.ok) ? 0 : 1;
  }

  const progress = new Progress(
    targets.map((t) => t.machine),
    opts.stderr,
  );
  const rows = await mapLimit(targets, opts.parallel, async (t) => {
    const machineOut = byName.get(t.machine)!.outDir;
    const manifest = JSON.parse(await readFile(join(machineOut, "manifest.json"), "utf8")) as ManifestJson;
    const reporter = {
      begin: (stage: string, since: number) => progress.begin(t.machine, stage, since),
      stage: (stage: string) => progress.stage(t.machine, stage),
      note: (text: string) => progress.note(text),
    };
    const early = connecting(t);
    const row = await shipMachine({ session: sessions.for(t), machineOut, manifest, ...(early ? { connecting: early } : {}) }, opts, reporter);
    progress.finish(t.machine, resultText(row.result).split("\n")[0]!);
    return row;
  });
  progress.stop();
  opts.stdout.write(`\n${renderSummary(rows)}${renderTotals(rows)}`);
  return rows.every((r) => succeeded(r.result)) ? 0 : 1;
}
