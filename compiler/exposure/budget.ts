// The exposure budget: every service hearth defines is scored with `systemd-analyze security
// --offline=yes` on its rendered unit, and one above its budget (its maxExposure, else the
// site's) fails the compile at the service's site.ts line, with what costs most and how to fix
// it. Scores are cached by the unit's hash (cache.ts): an unchanged unit never spawns anything.
import type { Diagnostic, Place } from "../diagnostics.ts";
import type { EvaluatedSite } from "../evaluate.ts";
import type { ExposureSubject, UnitActivation } from "../unit-files.ts";
import { defaultCacheFile, exposureKey, openExposureCache } from "./cache.ts";
import { directivesOf, fixFor } from "./fixes.ts";
import type { ExposureCost, ExposureReport } from "./security-output.ts";
import { analyzeUnits, findSystemdAnalyze, type UnitText } from "./systemd-analyze.ts";

export interface ExposureOptions {
  /** the systemd-analyze to run; null: none, so budgets are not checked; @default systemd-analyze on PATH */
  readonly systemdAnalyze?: string | null;
  /** the score cache on disk; null: memory only; @default ~/.cache/hearth/exposure.json (cache.ts) */
  readonly cacheFile?: string | null;
  /** called once per systemd-analyze process started, with the units it scores */
  readonly onSpawn?: (units: readonly string[]) => void;
}

/** One service of one machine, to be held to its budget. */
export interface ExposureService {
  readonly machine: string;
  readonly unit: string;
  readonly at: Place | undefined;
  readonly subject: ExposureSubject;
}

export interface ServiceScore {
  readonly machine: string;
  readonly unit: string;
  readonly score: number;
  readonly budget: number;
}

export interface ExposureResult {
  readonly diagnostics: readonly Diagnostic[];
  /** every service scored, in the order given */
  readonly scores: readonly ServiceScore[];
}

/** The services of compiled machines that have an exposure budget. */
export function exposureServices(ev: EvaluatedSite, machines: readonly { readonly machine: { readonly name: string }; readonly activations: readonly UnitActivation[] }[]): ExposureService[] {
  return machines.flatMap(({ machine, activations }) =>
    activations.flatMap((a) => (a.exposure ? [{ machine: machine.name, unit: a.unit, at: ev.place(a.at), subject: a.exposure }] : [])),
  );
}

/** How many costs an error lists. */
const TOP_COSTS = 5;

export async function checkExposure(services: readonly ExposureService[], siteMaxExposure: number, options: ExposureOptions = {}): Promise<ExposureResult> {
  if (services.length === 0) return { diagnostics: [], scores: [] };
  const tool = options.systemdAnalyze === null ? undefined : findSystemdAnalyze(options.systemdAnalyze);
  if (!tool) {
    const count = new Set(services.map((s) => s.unit)).size;
    return {
      diagnostics: [
        {
          severity: "warning",
          message: `systemd-analyze not found: the exposure budget of ${count} service${count === 1 ? "" : "s"} was not checked`,
          hint: "install systemd (Debian: apt-get install systemd) where you compile, to score services with systemd-analyze security",
        },
      ],
      scores: [],
    };
  }

  const cache = openExposureCache(options.cacheFile === undefined ? defaultCacheFile() : options.cacheFile);
  const keys = services.map((s) => exposureKey(tool.fingerprint, s.unit, s.subject.text));
  const missing = new Map<string, UnitText>();
  services.forEach((s, i) => {
    const key = keys[i]!;
    if (!cache.get(key) && !missing.has(key)) missing.set(key, { name: s.unit, text: s.subject.text });
  });
  const failures = new Map<string, Error>();
  if (missing.size > 0) {
    const results = await analyzeUnits(tool, [...missing.values()], options.onSpawn ? { onSpawn: options.onSpawn } : {});
    [...missing.keys()].forEach((key, i) => {
      const result = results[i]!;
      if (result instanceof Error) failures.set(key, result);
      else cache.set(key, result);
    });
    cache.save();
  }

  const diagnostics: Diagnostic[] = [];
  const scores: ServiceScore[] = [];
  services.forEach((s, i) => {
    const key = keys[i]!;
    const report = cache.get(key);
    const budget = s.subject.maxExposure ?? siteMaxExposure;
    if (!report) {
      const error = failures.get(key);
      diagnostics.push({ severity: "warning", message: `${s.unit}: exposure not checked: ${error?.message ?? "no score"}`, at: s.at, machine: s.machine });
      return;
    }
    scores.push({ machine: s.machine, unit: s.unit, score: report.score, budget });
    if (report.score > budget) diagnostics.push(overBudget(s, report, budget, siteMaxExposure));
  });
  return { diagnostics, scores };
}

function overBudget(s: ExposureService, report: ExposureReport, budget: number, siteMaxExposure: number): Diagnostic {
  const whose = s.subject.maxExposure === undefined ? "the site's maxExposure" : "its maxExposure";
  const costs = report.costs.slice(0, TOP_COSTS);
  const opted = (c: ExposureCost) => directivesOf(c.setting).some((d) => (s.subject.overridden as readonly string[]).includes(d));
  const optedRest = report.costs.slice(TOP_COSTS).filter(opted);
  const hint = !s.subject.hardening
    ? `hardening: false turns off hearth's base hardening (stdlib/hardening.ts), which alone gets a service to about 1.6: remove it and opt out of single settings instead, set the directives above, or raise this service's maxExposure`
    : `set the directives above in its Service section, or allow more with maxExposure: ${report.score} on this service${s.subject.maxExposure === undefined ? ` (the site's budget is ${siteMaxExposure})` : ""}`;
  return {
    severity: "error",
    message: `${s.unit} is too exposed: systemd-analyze security scores it ${report.score.toFixed(1)}, over ${whose} of ${budget}; what costs most:`,
    at: s.at,
    machine: s.machine,
    related: [
      ...costs.map((c) => ({
        message: `${c.exposure.toFixed(1)}  ${c.setting}  ${c.description}: set ${fixFor(c.setting)}${opted(c) ? " (the service overrides hearth's base hardening here)" : ""}`,
      })),
      // what the service's own opt-outs cost is always worth seeing, even when other costs are higher
      ...(optedRest.length > 0 ? [{ message: `also from its opt-outs of hearth's base hardening: ${optedRest.map((c) => `${c.setting} ${c.exposure.toFixed(1)}`).join(", ")}` }] : []),
    ],
    hint,
  };
}
