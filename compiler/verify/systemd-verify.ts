// `hearth check` and `hearth compile --verify`: systemd's own opinion of every machine's
// units. systemd-analyze verify runs over each generation in a temporary root
// (temp-root.ts); every line it prints becomes an error at the site.ts line that declared
// the unit (findings.ts). Results are cached by content (cache.ts).
import { directiveSpec } from "../../dsl/directives.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { Generation } from "../generation.ts";
import { cacheKey, defaultCacheDir, readCached, writeCached, type CachedRun } from "./cache.ts";
import { findingDiagnostics, parseVerifyOutput, type Finding } from "./findings.ts";
import { analyzeGeneration, analyzerPath, cachedBase, isRoot } from "./temp-root.ts";
import type { UnitSources } from "./unit-sources.ts";

export interface VerifyTarget {
  readonly name: string;
  readonly generation: Generation;
  readonly unitSources: UnitSources;
}

export interface VerifyOptions {
  /** @default defaultCacheDir() */
  readonly cacheDir?: string;
}

export interface VerifyResult {
  readonly diagnostics: readonly Diagnostic[];
  /** machines systemd-analyze ran for */
  readonly ran: number;
  /** machines whose findings came from the cache */
  readonly cached: number;
}

/**
 * Against this computer's units, a program or distro unit that is missing here says nothing
 * about the target: the unit graph pass checked those against Debian 12's lists already.
 */
function meaningfulOnHost(f: Finding, owned: ReadonlySet<string>): boolean {
  if (/: Command \/\S+ is not executable: No such file or directory$/.test(f.line)) return false;
  const missing = /^Unit (\S+) not found\.?$/.exec(f.line)?.[1];
  return missing === undefined || owned.has(missing);
}

/**
 * Debian 12's systemd-analyze does not know the directives systemd added after 252 and says
 * "Unknown key"; the compile allowed them only for machines whose facts.systemd has them
 * (compiler/directive-versions.ts), and validated their values.
 */
const UNKNOWN_KEY = /: Unknown key '([A-Za-z0-9]+)' in section \[([A-Za-z]+)\], ignoring\.$/;
function newerThanAnalyzer(f: Finding): boolean {
  const m = UNKNOWN_KEY.exec(f.line);
  return m !== null && directiveSpec(m[2]!, m[1]!)?.since !== undefined;
}

async function verifyMachine(m: VerifyTarget, analyzer: string, cacheDir: string): Promise<{ diagnostics: Diagnostic[]; ran: boolean }> {
  const units = m.generation.units.map((u) => u.unit);
  if (units.length === 0) return { diagnostics: [], ran: false };
  const packages = m.generation.packages;
  const key = cacheKey(m.generation, units, analyzer);
  let run: CachedRun | undefined = await readCached(cacheDir, key);
  // a result from this computer's units is stale once a base root filesystem exists, or root may build one
  if (run?.kind === "host" && (isRoot() || cachedBase(packages))) run = undefined;
  const ran = run === undefined;
  if (!run) {
    const r = await analyzeGeneration(m.generation.tree, packages, units);
    run = { kind: r.kind, ...(r.fallback ? { fallback: r.fallback } : {}), code: r.code, findings: parseVerifyOutput(r.output, r.prefixes) };
    await writeCached(cacheDir, key, run);
  }
  const owned = new Set(m.generation.units.filter((u) => u.flags.includes("owned")).map((u) => u.unit));
  const findings = (run.kind === "host" ? run.findings.filter((f) => meaningfulOnHost(f, owned)) : run.findings).filter((f) => !newerThanAnalyzer(f));
  const diagnostics = findingDiagnostics(findings, m.unitSources, m.name);
  if (run.kind === "base" && findings.length === 0 && run.code !== 0)
    diagnostics.push({ severity: "error", message: `systemd-analyze verify exited ${run.code} without saying why`, ...(m.unitSources.machine ? { at: m.unitSources.machine } : {}), machine: m.name });
  if (run.kind === "host")
    diagnostics.push({
      severity: "warning",
      message: `systemd-analyze verify checked the units against this computer's systemd and units, not Debian 12 with the machine's packages: ${run.fallback}. Programs outside /usr/local and distro units were checked against hearth's Debian 12 lists only`,
      machine: m.name,
    });
  return { diagnostics, ran };
}

/** Verifies every machine with systemd-analyze, in parallel; a warning when it is not installed. */
export async function verifyMachines(machines: readonly VerifyTarget[], options: VerifyOptions = {}): Promise<VerifyResult> {
  const analyzer = analyzerPath();
  if (!analyzer)
    return {
      diagnostics: [{ severity: "warning", message: "systemd-analyze is not installed here, so systemd did not verify the units (hearth's own checks ran); install systemd to add its verification" }],
      ran: 0,
      cached: 0,
    };
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const results = await Promise.all(machines.map((m) => verifyMachine(m, analyzer, cacheDir)));
  const ran = results.filter((r) => r.ran).length;
  return { diagnostics: results.flatMap((r) => r.diagnostics), ran, cached: machines.filter((m) => m.generation.units.length > 0).length - ran };
}
