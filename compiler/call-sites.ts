// Marks, in esbuild's bundle of site.ts, the calls the user's code makes to
// hearth's own functions, so that each node the DSL declares knows where it was
// declared without capturing a stack: a capture costs about 4 µs, and a rebuild of
// a large site declares thousands of nodes (dsl/location.ts).
//
// esbuild prints a call of an imported function as `(0, import_hearth.file)(…)`.
// The mark replaces its `(0, ` with a name of as many characters, `$Ab(`, so that
// `$Ab(import_hearth.file)(…)` calls a wrapper that says where the call is. Every
// line keeps its length and every column its place: exceptions and the calls left
// unmarked still map through the source map as they did.

/** A marked call: its name in the code, and where V8 would report it (1-based). */
export interface MarkedCall {
  readonly name: string;
  readonly line: number;
  /** the column of the call's argument list, where V8 puts a call in a stack */
  readonly column: number;
}

export interface MarkedBundle {
  readonly code: string;
  readonly calls: readonly MarkedCall[];
}

/** Variables esbuild binds to hearth's modules: `var import_hearth = require("hearth");` */
const HEARTH_IMPORT = /^var (import_[A-Za-z0-9_$]+) = (?:__toESM\()?require\("hearth(?:\/[a-z]+)?"\)/gm;
const NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$";
/** What the mark replaces; a mark is a three-character name and its own `(`, as long. */
const ESBUILD_CALL = "(0, ";

/** Three-character names `$xy` the code does not use anywhere, in a fixed order. */
function* freeNames(code: string): Generator<string> {
  const used = new Set(code.match(/(?<![\w$])\$[\w$]{2}(?![\w$])/g));
  for (const a of NAME_CHARS) for (const b of NAME_CHARS) if (!used.has(`$${a}${b}`)) yield `$${a}${b}`;
}

/**
 * Marks each call of a hearth function in `code`. `startsSegment` tells where the
 * source map starts a mapping. esbuild's own `(0, ` comes from no source: no mapping
 * starts at its `0`, and one starts at the callee after it. The same text written
 * by the user has a mapping at its `0` (`foo(0, file)(x)` passes `file` to `foo` and
 * calls what it returns), and text inside a string has none at the callee: both
 * are left alone.
 */
export function markCallSites(code: string, startsSegment: (line: number, column: number) => boolean): MarkedBundle {
  const modules = [...code.matchAll(HEARTH_IMPORT)].map((m) => m[1]!.replaceAll("$", "\\$"));
  if (modules.length === 0) return { code, calls: [] };
  const call = new RegExp(`\\(0, (?:${modules.join("|")})\\.[A-Za-z_$][\\w$]*\\)\\(`, "g");
  const names = freeNames(code);
  const calls: MarkedCall[] = [];
  const pieces: string[] = [];
  let copied = 0;
  let line = 1;
  let lineStart = 0;
  for (const m of code.matchAll(call)) {
    for (let nl = code.indexOf("\n", lineStart); nl !== -1 && nl < m.index; nl = code.indexOf("\n", lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    const column = m.index - lineStart + 1;
    // a mapping at the 0: the user wrote it; none at the callee: not code
    if (startsSegment(line, column + 1) || !startsSegment(line, column + ESBUILD_CALL.length)) continue;
    const name = names.next();
    if (name.done) break;
    pieces.push(code.slice(copied, m.index), name.value, "(");
    copied = m.index + ESBUILD_CALL.length;
    calls.push({ name: name.value, line, column: column + m[0].length - 1 });
  }
  pieces.push(code.slice(copied));
  return { code: pieces.join(""), calls };
}
