// `hearth compile`: evaluate site.ts, compile every (or every named) machine,
// and write out/<machine>/ only when nothing in the whole site is wrong.
import { join } from "node:path";
import type { Machine } from "../dsl/nodes.ts";
import { hasErrors, type Diagnostic } from "./diagnostics.ts";
import { writeMachineOutput } from "./emit.ts";
import { evaluateSite, type EvaluatedSite } from "./evaluate.ts";
import { checkExposure, exposureServices, type ExposureOptions } from "./exposure/budget.ts";
import type { PlacedCheck } from "./definitions.ts";
import type { Generation } from "./generation.ts";
import { loadFacts, machineFacts } from "./facts.ts";
import { compileMachine } from "./machine.ts";
import { installerTemplate } from "./package-root.ts";
import { createSourceReader, type SourceReader } from "./sources.ts";
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
}

export interface CompileResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly machines: readonly CompiledMachine[];
  readonly evaluated?: EvaluatedSite;
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

function siteProblems(ev: EvaluatedSite): Diagnostic[] {
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

function selectMachines(ev: EvaluatedSite, names: readonly string[] | undefined): { machines: Machine[]; diagnostics: Diagnostic[] } {
  const all = ev.site.machines.filter((m) => m?.kind === "machine");
  if (!names || names.length === 0) return { machines: all, diagnostics: [] };
  const unknown = names.filter((n) => !all.some((m) => m.name === n));
  return {
    machines: all.filter((m) => names.includes(m.name)),
    diagnostics: unknown.map((n) => ({ severity: "error" as const, message: `no machine named "${n}" in this site`, hint: `machines are: ${all.map((m) => m.name).join(", ")}` })),
  };
}

export async function compileSite(options: CompileOptions): Promise<CompileResult> {
  const evaluated = await evaluateSite(options.sitePath);
  if (!evaluated.ok) return { ok: false, diagnostics: evaluated.diagnostics, machines: [] };
  const ev = evaluated.value;
  const reader = options.reader ?? createSourceReader();
  const selected = selectMachines(ev, options.machines);
  const gathered = loadFacts(ev.siteDir);
  const facts = selected.machines.map((m) => machineFacts(m, gathered.facts[m.name], (x) => ev.place(x.at)));
  const results = selected.machines.map((m, i) => compileMachine(ev, m, reader, facts[i]!.facts));
  // exposure budgets (compiler/exposure): all machines at once, so a unit several share is scored once
  const exposure = await checkExposure(exposureServices(ev, results), ev.site.maxExposure, options.exposure);
  const diagnostics = dedupeDiagnostics([
    ...siteProblems(ev),
    ...selected.diagnostics,
    ...gathered.diagnostics,
    ...facts.flatMap((f) => f.diagnostics),
    ...results.flatMap((r) => r.diagnostics),
    ...exposure.diagnostics,
  ]);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, machines: [], evaluated: ev };
  let verified: CompileResult["verified"];
  if (options.verify) {
    // loaded only when asked for: a plain compile stays free of it
    const { verifyMachines } = await import("./verify/systemd-verify.ts");
    const targets = results.map((r) => ({ name: r.machine.name, generation: r.generation!, unitSources: r.unitSources }));
    const v = await verifyMachines(targets, options.verify === true ? {} : options.verify);
    verified = { ran: v.ran, cached: v.cached };
    diagnostics.push(...dedupeDiagnostics(v.diagnostics));
    if (hasErrors(diagnostics)) return { ok: false, diagnostics, machines: [], evaluated: ev, verified };
  }

  const outRoot = options.outDir ?? "out";
  const machines: CompiledMachine[] = [];
  for (const r of results) {
    const outDir = join(outRoot, r.machine.name);
    const written = options.write === false ? { bytesWritten: 0, bundleBytes: 0 } : await writeMachineOutput(outDir, r.machine.name, r.generation!, installerTemplate(), r.checks);
    machines.push({ name: r.machine.name, generation: r.generation!, checks: r.checks, unitSources: r.unitSources, outDir, bundleBytes: written.bundleBytes, bytesWritten: written.bytesWritten });
  }
  return { ok: true, diagnostics, machines, evaluated: ev, ...(verified ? { verified } : {}) };
}
