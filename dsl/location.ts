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

function captureCallSites(limit: number): CallSite[] {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = limit;
    Error.prepareStackTrace = (_err, callSites) => callSites;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, callerLocation);
    return holder.stack as CallSite[];
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
}

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

/**
 * The first stack frame outside hearth's own dsl/ and stdlib/: the user's call.
 * Capturing a stack costs per frame, and this runs for every node of every
 * machine on every rebuild: look at a few frames first, more only when needed.
 */
export function callerLocation(): SourceLocation {
  return firstOutside(captureCallSites(3)) ?? firstOutside(captureCallSites(40)) ?? { file: "<unknown>", line: 0, column: 0 };
}
