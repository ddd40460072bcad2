// What compiling a site takes and gives, and the checks of the site as a whole;
// the work itself is a CompileSession's (session.ts).
import type { Machine } from "../dsl/nodes.ts";
import type { RoadWarriorPlan } from "./network/model.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { EvaluatedSite } from "./evaluate.ts";
import type { ExposureOptions } from "./exposure/budget.ts";
import type { SourceReader } from "./sources.ts";
import type { PlacedCheck } from "./definitions.ts";
import type { Generation } from "./generation.ts";
import type { UnitSources } from "./verify/unit-sources.ts";
import type { VerifyOptions, VerifyResult } from "./verify/systemd-verify.ts";

export interface CompileOptions {
  readonly sitePath: string;
  /** @default "out" */
  readonly outDir?: string;
  /** only these machines; @default every machine */
  readonly machines?: readonly string[];
  /** false: compile and check only (hearth check, hearth plan) */
  readonly write?: boolean;
  readonly reader?: SourceReader;
  /** run systemd-analyze verify over every machine before writing (hearth check, compile --verify) */
  readonly verify?: boolean | VerifyOptions;
  /** refuse to change site.lock.json (CI, a fresh clone): a network or host it does not number yet is an error */
  readonly locked?: boolean;
  /** how services are held to their exposure budget; @default systemd-analyze on PATH, scores cached in ~/.cache/hearth */
  readonly exposure?: ExposureOptions;
}

export interface CompiledMachine {
  readonly name: string;
  readonly generation: Generation;
  readonly checks: readonly PlacedCheck[];
  readonly unitSources: UnitSources;
  readonly outDir: string;
  /** size of bundle.tar.gz; 0 when nothing was written (check, plan) */
  readonly bundleBytes: number;
  readonly bytesWritten: number;
  /** per overlay, the peers left out because their public key is not known yet */
  readonly pending: readonly { readonly network: string; readonly peers: readonly string[] }[];
}

export interface CompileResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly machines: readonly CompiledMachine[];
  readonly evaluated?: EvaluatedSite;
  /** site.lock.json, when this compile numbered something new and wrote it */
  readonly lockWritten?: string;
  /** road warriors' side of the overlays, for `hearth client` */
  readonly roadWarriors?: readonly RoadWarriorPlan[];
  /** how many machines systemd-analyze ran for, and how many came from its cache */
  readonly verified?: Pick<VerifyResult, "ran" | "cached">;
}

/** The same mistake in a layer shared by several machines is shown once, naming them all. */
export function dedupeDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const byKey = new Map<string, Diagnostic>();
  for (const d of ds) {
    const key = JSON.stringify({ ...d, machine: undefined });
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, d);
    else if (d.machine && seen.machine && !seen.machine.split(", ").includes(d.machine)) byKey.set(key, { ...seen, machine: `${seen.machine}, ${d.machine}` });
  }
  return [...byKey.values()];
}

export function siteProblems(ev: EvaluatedSite): Diagnostic[] {
  const { site } = ev;
  const out: Diagnostic[] = site.problems.map((message) => ({ severity: "error", message, at: ev.place(site.at) }));
  const seen = new Map<string, Machine>();
  for (const m of site.machines) {
    if (m?.kind !== "machine") continue;
    out.push(...m.problems.map((message) => ({ severity: "error" as const, message, at: ev.place(m.at) })));
    const first = seen.get(m.name);
    if (first)
      out.push({
        severity: "error",
        message: `machine "${m.name}" is declared twice`,
        at: ev.place(m.at),
        related: [{ message: "first declaration", at: ev.place(first.at) }],
        hint: "machine names are unique within a site",
      });
    else seen.set(m.name, m);
  }
  return out;
}

export function selectMachines(ev: EvaluatedSite, names: readonly string[] | undefined): { machines: Machine[]; diagnostics: Diagnostic[] } {
  const all = ev.site.machines.filter((m) => m?.kind === "machine");
  if (!names || names.length === 0) return { machines: all, diagnostics: [] };
  const unknown = names.filter((n) => !all.some((m) => m.name === n));
  return {
    machines: all.filter((m) => names.includes(m.name)),
    diagnostics: unknown.map((n) => ({ severity: "error" as const, message: `no machine named "${n}" in this site`, hint: `machines are: ${all.map((m) => m.name).join(", ")}` })),
  };
}

