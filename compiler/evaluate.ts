// Evaluates site.ts: esbuild bundles the user's code (no type checking on this
// path), we run it in this process and map every position back through the
// source map, so exceptions and declarations point at site.ts:line.
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import vm from "node:vm";
import * as esbuild from "esbuild";
import * as dsl from "../dsl/index.ts";
import * as stdlib from "../stdlib/index.ts";
import { callingFrom, declaredAt, type SourceLocation } from "../dsl/location.ts";
import type { Site } from "../dsl/nodes.ts";
import type { Diagnostic, Place } from "./diagnostics.ts";
import { markCallSites, type MarkedCall } from "./call-sites.ts";
import { indexSourceMap, type RawSourceMap } from "./sourcemap.ts";

export interface EvaluatedSite {
  readonly site: Site;
  readonly sitePath: string;
  /** the directory fromFile() and tree() paths are relative to */
  readonly siteDir: string;
  /** every source file the evaluation read (for watching) */
  readonly inputs: readonly string[];
  /** maps a location the DSL recorded to the user's file and line */
  place(at: SourceLocation): Place | undefined;
  /** the innermost user frame of an exception thrown by user code */
  placeOfError(error: unknown): Place | undefined;
}

export type EvaluateResult = { readonly ok: true; readonly value: EvaluatedSite } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Modules site.ts may import from hearth itself; they are this process's own instances. */
const HEARTH_MODULES: Record<string, unknown> = { hearth: dsl, "hearth/stdlib": stdlib };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function esbuildDiagnostics(failure: unknown, cwd: string): Diagnostic[] {
  const errors = (failure as { errors?: esbuild.Message[] }).errors;
  if (!errors) return [{ severity: "error", message: String(failure) }];
  return errors.map((e) => ({
    severity: "error" as const,
    message: e.text,
    ...(e.location ? { at: { file: resolve(cwd, e.location.file), line: e.location.line, column: e.location.column + 1 } } : {}),
  }));
}

/** esbuild's output for site.ts: the code to run, its source map, and every file it read. */
export interface SiteBundle {
  readonly sitePath: string;
  readonly code: string;
  readonly map: RawSourceMap;
  readonly inputs: readonly string[];
}

/** A name no real file has, so stack frames of the user's code are easy to tell apart. */
const bundleFileOf = (sitePath: string): string => `${sitePath}.hearth-eval.cjs`;

/**
 * Bundles site.ts with a persistent esbuild context: a rebuild after an edit costs
 * what the edit touched (esbuild's incremental mode), not the whole site.
 */
export class SiteBundler {
  readonly sitePath: string;
  #context: Promise<esbuild.BuildContext<{ write: false; metafile: true }>> | undefined;

  constructor(sitePathArg: string) {
    this.sitePath = resolve(sitePathArg);
  }

  async bundle(): Promise<{ ok: true; bundle: SiteBundle } | { ok: false; diagnostics: readonly Diagnostic[] }> {
    const siteDir = dirname(this.sitePath);
    this.#context ??= esbuild.context({
      entryPoints: [this.sitePath],
      absWorkingDir: siteDir,
      bundle: true,
      write: false,
      metafile: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      sourcemap: "external",
      sourcesContent: false,
      outfile: bundleFileOf(this.sitePath),
      external: ["hearth", "hearth/*"],
      logLevel: "silent",
    });
    let result: esbuild.BuildResult<{ write: false; metafile: true }>;
    try {
      result = await (await this.#context).rebuild();
    } catch (failure) {
      return { ok: false, diagnostics: esbuildDiagnostics(failure, siteDir) };
    }
    const code = result.outputFiles.find((f) => f.path.endsWith(".cjs"))?.text ?? "";
    const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith(".map"))?.text ?? '{"sources":[],"mappings":""}') as RawSourceMap;
    const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(siteDir, p));
    return { ok: true, bundle: { sitePath: this.sitePath, code, map, inputs } };
  }

  async dispose(): Promise<void> {
    const context = this.#context;
    this.#context = undefined;
    if (context) await (await context).dispose();
  }
}

/** Evaluates site.ts once (the one-shot commands); watch keeps a SiteBundler instead. */
export async function evaluateSite(sitePathArg: string): Promise<EvaluateResult> {
  const bundler = new SiteBundler(sitePathArg);
  try {
    const bundled = await bundler.bundle();
    return bundled.ok ? runSiteBundle(bundled.bundle) : bundled;
  } finally {
    await bundler.dispose();
  }
}

/**
 * What each marked call's name stands for when the bundle runs: a function that
 * takes the hearth function called there and gives it back saying where it is
 * called from (one wrapper per call site, made on its first call).
 */
function callSiteArguments(calls: readonly MarkedCall[], bundleFile: string): ((fn: (...args: never[]) => unknown) => unknown)[] {
  return calls.map(({ line, column }) => {
    let called: unknown;
    let wrapper: unknown;
    return (fn) => (fn === called ? wrapper : ((called = fn), (wrapper = callingFrom(declaredAt(bundleFile, line, column), fn))));
  });
}

/** Runs a bundle of site.ts in this process and takes its default export, mapping every position through the source map. */
export function runSiteBundle({ sitePath, code: bundled, map, inputs }: SiteBundle, options: { readonly markCalls?: boolean } = {}): EvaluateResult {
  const siteDir = dirname(sitePath);
  const bundleFile = bundleFileOf(sitePath);
  const sourceMap = indexSourceMap(map, (source) => resolve(dirname(bundleFile), source));
  const locate = sourceMap.locate;

  const place = (at: SourceLocation): Place | undefined => {
    if (at.file !== bundleFile) return at.line > 0 ? { file: at.file, line: at.line, column: at.column } : undefined;
    const pos = locate(at.line, at.column);
    return pos ? { file: pos.source, line: pos.line, column: pos.column } : undefined;
  };
  const frame = new RegExp(`${escapeRegExp(bundleFile)}:(\\d+):(\\d+)`);
  const placeOfError = (error: unknown): Place | undefined => {
    const stack = error instanceof Error ? (error.stack ?? "") : "";
    const m = frame.exec(stack);
    return m ? place({ file: bundleFile, line: Number(m[1]), column: Number(m[2]) }) : undefined;
  };

  // the DSL calls in the bundle, marked with where they are (compiler/call-sites.ts)
  const { code, calls } = options.markCalls === false ? { code: bundled, calls: [] } : markCallSites(bundled, sourceMap.startsSegment);
  const nodeRequire = createRequire(sitePath);
  const requireForSite = (id: string): unknown => HEARTH_MODULES[id] ?? nodeRequire(id);
  const module = { exports: {} as Record<string, unknown> };
  try {
    // compileFunction, not vm.Script: every Script stays in memory for good, and a
    // watch session evaluates site.ts thousands of times. Line numbers are the bundle's.
    const run = vm.compileFunction(code, ["exports", "require", "module", "__filename", "__dirname", ...calls.map((c) => c.name)], { filename: bundleFile });
    run(module.exports, requireForSite, module, sitePath, siteDir, ...callSiteArguments(calls, bundleFile));
  } catch (error) {
    const at = placeOfError(error) ?? { file: sitePath, line: 1 };
    return { ok: false, diagnostics: [{ severity: "error", message: `site.ts threw while being evaluated: ${error instanceof Error ? error.message : String(error)}`, at }] };
  }

  const exported = (module.exports.default ?? module.exports) as Partial<Site> | undefined;
  if (exported?.kind !== "site") {
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          message: "site.ts has no site as its default export",
          at: { file: sitePath, line: 1 },
          hint: 'end site.ts with `export default site({ name, domain, machines: [...] })`, importing site from "hearth"',
        },
      ],
    };
  }
  return { ok: true, value: { site: exported as Site, sitePath, siteDir, inputs, place, placeOfError } };
}
