// Where in the user's code a DSL call was made. The DSL records the raw position
// (the evaluated bundle's file, line and column); the compiler maps it back to
// `site.ts:line` through the source map only when it needs to show it.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const ownDir = dirname(fileURLToPath(import.meta.url));
// dsl/ and stdlib/ in a checkout; the bundled CLI puts both into one file beside this one
const internalRoots = [ownDir + "/", join(ownDir, "..", "stdlib") + "/"];
const isInternal = (file: string): boolean =>
  file.startsWith("node:") || file.startsWith("internal/") || internalRoots.some((root) => file.startsWith(root));

type CallSite = { getFileName(): string | null | undefined; getLineNumber(): number | null; getColumnNumber(): number | null };

const prepareCallSites = (_err: unknown, callSites: CallSite[]): CallSite[] => callSites;

function firstOutside(sites: readonly CallSite[]): SourceLocation | undefined {
  for (const site of sites) {
    const file = site.getFileName();
    if (!file) continue;
    const path = file.startsWith("file://") ? fileURLToPath(file) : file;
    if (isInternal(path)) continue;
    return { file: path, line: site.getLineNumber() ?? 0, column: site.getColumnNumber() ?? 0 };
  }
  return undefined;
}

const UNKNOWN: SourceLocation = { file: "<unknown>", line: 0, column: 0 };

/**
 * A captured stack, read only when somebody asks where it points. V8 captures a stack
 * cheaply and formats it on first access; formatting (call sites, file names, line
 * numbers) was most of what a DSL call cost, and a build that succeeds asks for few
 * of the locations it records: every node of every machine is made on each rebuild.
 */
class CapturedLocation implements SourceLocation {
  #stack: { stack?: unknown } | undefined;
  #at: SourceLocation | undefined;

  constructor(stack: { stack?: unknown }) {
    this.#stack = stack;
  }

  #resolve(): SourceLocation {
    if (this.#at) return this.#at;
    const saved = Error.prepareStackTrace;
    Error.prepareStackTrace = prepareCallSites as typeof Error.prepareStackTrace;
    try {
      this.#at = firstOutside(this.#stack!.stack as CallSite[]) ?? UNKNOWN;
    } finally {
      Error.prepareStackTrace = saved;
    }
    this.#stack = undefined;
    return this.#at;
  }

  get file(): string {
    return this.#resolve().file;
  }
  get line(): number {
    return this.#resolve().line;
  }
  get column(): number {
    return this.#resolve().column;
  }
}

/**
 * Frames captured per DSL call: the DSL function, the helpers between it and its
 * caller, and the user's frame. Stdlib modules that call the DSL from deeper down
 * fit too; capturing costs per frame, on every node of every rebuild.
 */
const FRAMES = 6;

/**
 * The first stack frame outside hearth's own dsl/ and stdlib/: the user's call,
 * captured now and read when asked for (CapturedLocation).
 */
export function callerLocation(): SourceLocation {
  const savedLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = FRAMES;
  const holder: { stack?: unknown } = {};
  Error.captureStackTrace(holder, callerLocation);
  Error.stackTraceLimit = savedLimit;
  return new CapturedLocation(holder);
}
