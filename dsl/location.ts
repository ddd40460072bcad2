// Where in the user's code a DSL call was made. The DSL records the raw position
// (the evaluated bundle's file, line and column); the compiler maps it back to
// `site.ts:line` through the source map only when it needs to show it. Calls the
// bundle marked (compiler/call-sites.ts) bring their position with them; the others
// are found by capturing a stack.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BoundedMemo } from "./bounded-memo.ts";

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

/**
 * A frame's file as a path, or null for hearth's own frames. Remembered by the name
 * V8 gives (a file: URL for ES modules): a rebuild asks thousands of times about
 * the same few files.
 */
const userPaths = new BoundedMemo<string | null>(1000);
function userPath(file: string): string | null {
  return userPaths.get(file, () => {
    const resolved = file.startsWith("file://") ? fileURLToPath(file) : file;
    return isInternal(resolved) ? null : resolved;
  });
}

function firstOutside(sites: readonly CallSite[]): DeclaredAt | undefined {
  for (const site of sites) {
    const file = site.getFileName();
    const path = file ? userPath(file) : null;
    if (path !== null) return new DeclaredAt(path, site.getLineNumber() ?? 0, site.getColumnNumber() ?? 0);
  }
  return undefined;
}

/**
 * Where a node was declared. Its fields are not data of the node: they print as
 * nothing in JSON, so a machine's fingerprint (compiler/machine-key.ts) and the
 * memo keys need no replacer to ignore them, and a declaration that only moved to
 * another line changes no fingerprint. (Resolved now: a stack kept to be read
 * later kept V8's and malloc's pages busy, and a watch's memory grew.)
 */
class DeclaredAt implements SourceLocation {
  readonly #file: string;
  readonly #line: number;
  readonly #column: number;
  constructor(file: string, line: number, column: number) {
    this.#file = file;
    this.#line = line;
    this.#column = column;
  }
  get file(): string {
    return this.#file;
  }
  get line(): number {
    return this.#line;
  }
  get column(): number {
    return this.#column;
  }
}

/** A declaration site known without reading a stack (compiler/call-sites.ts marks them in the bundle). */
export const declaredAt = (file: string, line: number, column: number): SourceLocation => new DeclaredAt(file, line, column);

/** Where the user's call now running was made, when the bundle marked it; see `callingFrom`. */
let markedCall: SourceLocation | undefined;

/**
 * `fn`, made to say that calls of it come from `at`: while it runs, every node the
 * DSL and the stdlib declare is placed at `at` without capturing a stack, which is
 * what capturing one would find (the first frame outside dsl/ and stdlib/). Neither
 * calls the user's code back while it runs, so no other user frame can come between.
 */
export function callingFrom<F extends (...args: never[]) => unknown>(at: SourceLocation, fn: F): F {
  return function (this: unknown, ...args: Parameters<F>) {
    const outer = markedCall;
    markedCall = at;
    try {
      return fn.apply(this, args);
    } finally {
      markedCall = outer;
    }
  } as F;
}

/**
 * The user's call: the call site the bundle marked, else the first stack frame
 * outside hearth's own dsl/ and stdlib/. Capturing a stack costs per frame, and this
 * runs for every node of every machine on every rebuild: look at a few frames
 * first, more only when needed.
 */
export function callerLocation(): SourceLocation {
  return markedCall ?? firstOutside(captureCallSites(3)) ?? firstOutside(captureCallSites(40)) ?? new DeclaredAt("<unknown>", 0, 0);
}
