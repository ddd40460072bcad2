// A small, independent model of how systemd reads back what hearth renders: INI lines with
// continuations, sections (repeated ones kept apart), words unquoted as extract_first_word()
// does, `%` specifiers resolved. test/round-trip.test.ts compares what it reads with what
// site.ts said, directive by directive.
import { directiveSpecIn, isConfigFileType, resolvesSpecifiers, type DirectiveSpec, type FileType } from "../../dsl/directives.ts";
import { isLiteral } from "../../dsl/literal.ts";
import { isReset } from "../../dsl/reset.ts";

/** Section name → its blocks (more than one for a repeated section) → key → raw values in order. */
export type ReadFile = Map<string, Map<string, string[]>[]>;

export function readIni(text: string): ReadFile {
  const out: ReadFile = new Map();
  let block: Map<string, string[]> | undefined;
  let pending: string | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("#") || line.startsWith(";")) continue;
    if (pending === undefined && line === "") continue;
    let full = pending === undefined ? line : pending + line;
    if ((/\\+$/.exec(full)?.[0].length ?? 0) % 2 === 1) {
      pending = `${full.slice(0, -1)} `;
      continue;
    }
    pending = undefined;
    full = full.trim();
    const header = /^\[([^\]]+)\]$/.exec(full);
    if (header?.[1]) {
      block = new Map();
      out.set(header[1], [...(out.get(header[1]) ?? []), block]);
      continue;
    }
    const eq = full.indexOf("=");
    if (eq <= 0 || !block) throw new Error(`not an assignment: ${full}`);
    const key = full.slice(0, eq).trim();
    block.set(key, [...(block.get(key) ?? []), full.slice(eq + 1).trim()]);
  }
  return out;
}

const C_UNESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'", s: " " };

/** extract_first_word(EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE) over a whole value. */
export function words(value: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (/\s/.test(value[i] ?? "")) i++;
    if (i >= value.length) break;
    let word = "";
    let quote = "";
    for (; i < value.length; i++) {
      const c = value[i] ?? "";
      if (c === "\\") {
        const n = value[++i] ?? "";
        if (n in C_UNESCAPES) word += C_UNESCAPES[n];
        else if (n === "x") { word += String.fromCharCode(parseInt(value.slice(i + 1, i + 3), 16)); i += 2; }
        else if (n === ";") word += ";";
        else word += n;
      } else if (quote) {
        if (c === quote) quote = "";
        else word += c;
      } else if (c === '"' || c === "'") quote = c;
      else if (/\s/.test(c)) break;
      else word += c;
    }
    out.push(word);
  }
  return out;
}

/** `%%` → `%`, `%n` → the unit name; other specifiers stay as written (their value is the target's). */
export const resolveSpecifiers = (text: string, unit: string): string =>
  text.replace(/%(.)/g, (m, c: string) => (c === "%" ? "%" : c === "n" ? unit : m));

/**
 * A directive's meaning, as comparable data: a list of assignments, "" for a reset. Both the
 * value from site.ts (`fromDsl`) and the lines read from the file (`fromFile`) are brought to it.
 */
export type Meaning = readonly (string | readonly string[])[];

const TIME: Record<string, number> = { us: 1e-6, usec: 1e-6, µs: 1e-6, ms: 1e-3, msec: 1e-3, s: 1, sec: 1, second: 1, seconds: 1, m: 60, min: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hour: 3600, hours: 3600, d: 86400, day: 86400, days: 86400, w: 604800, week: 604800, weeks: 604800, M: 2629800, month: 2629800, months: 2629800, y: 31557600, year: 31557600, years: 31557600 };
/** Seconds of a systemd.time(7) span ("1min 30s" → 90); keywords and booleans stay as text. */
const seconds = (text: string): string => {
  let total = 0;
  for (const m of text.matchAll(/([\d.]+)\s*([a-zµ]*)/gi)) total += Number(m[1]) * (TIME[m[2] || "s"] ?? NaN);
  return Number.isNaN(total) ? text : String(Math.round(total * 1e6));
};

const listed = (value: unknown): { reset: boolean; items: unknown[] } => {
  if (!Array.isArray(value)) return { reset: false, items: [value] };
  return isReset(value[0]) ? { reset: true, items: value.slice(1) } : { reset: false, items: value };
};

interface Ctx { readonly unit: string; readonly specifiers: boolean }

/** Plain text resolves specifiers; literal() text is exactly what the program gets. */
const text = (v: unknown, ctx: Ctx): string =>
  isLiteral(v) ? v.text : typeof v === "boolean" ? (v ? "yes" : "no") : ctx.specifiers ? resolveSpecifiers(String(v), ctx.unit) : String(v);

function scalarFromDsl(spec: DirectiveSpec, v: unknown, ctx: Ctx): string {
  if (spec.kind === "timespan" || spec.kind === "timespans") return typeof v === "number" ? String(Math.round(v * 1e6)) : typeof v === "boolean" ? text(v, ctx) : seconds(String(v));
  if (spec.kind === "mode") return typeof v === "number" ? v.toString(8) : String(Number.parseInt(String(v), 8).toString(8));
  return text(v, ctx);
}

/** The meaning of a value as site.ts wrote it. */
export function fromDsl(spec: DirectiveSpec, value: unknown, ctx: Ctx): Meaning {
  switch (spec.kind) {
    case "command": {
      const { reset, items } = listed(value);
      const commands = items.length > 0 && Array.isArray(items[0]) ? (items as unknown[][]) : items.length ? [items] : [];
      return [...(reset ? [""] : []), ...commands.map((argv) => {
        const variables = !(typeof argv[0] === "string" && /^[-@+!]*:/.test(argv[0]));
        // systemd stores literal "$" doubled where it substitutes variables (it undoes that when it runs the command).
        return argv.map((a, i) => (isLiteral(a) && i > 0 && variables ? a.text.replaceAll("$", "$$") : text(a, { ...ctx, specifiers: true })));
      })];
    }
    case "environment": {
      const parts = Array.isArray(value) ? value : [value];
      const reset = isReset(parts[0]);
      const record = (reset ? parts[1] : parts[0]) as Record<string, unknown> | undefined;
      return [...(reset ? [""] : []), ...Object.entries(record ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${text(v, ctx)}`)];
    }
    case "string": case "bool": case "int": case "timespan": case "size": case "percent": case "mode": case "rlimit": case "enum": case "path": case "unit": case "address": case "mac":
      if (!("repeat" in spec && spec.repeat)) return [scalarFromDsl(spec, value, ctx)];
    // falls through: a repeated scalar is a list
    default: {
      if (typeof value === "boolean") return [text(value, ctx)];
      const { reset, items } = listed(value);
      return [...(reset ? [""] : []), ...items.map((v) => scalarFromDsl(spec, v, ctx))];
    }
  }
}

const WORDY = new Set(["dirs", "environment"]);

/** The meaning of a directive's lines as systemd reads them. */
export function fromFile(spec: DirectiveSpec, lines: readonly string[], ctx: Ctx): Meaning {
  const wordy = WORDY.has(spec.kind) || ("words" in spec && spec.words === true);
  return lines.map((line) => {
    if (line === "") return "";
    if (spec.kind === "command") return words(line).map((w) => resolveSpecifiers(w, ctx.unit));
    if (spec.kind === "bindPaths") return line.split(":").map((part) => words(part).join(" ")).map((p) => (ctx.specifiers ? resolveSpecifiers(p, ctx.unit) : p)).join(":");
    const one = wordy ? words(line).join(" ") : line;
    const resolved = ctx.specifiers ? resolveSpecifiers(one, ctx.unit) : one;
    if (spec.kind === "timespan" || spec.kind === "timespans") return /^(yes|no|infinity)$/.test(resolved) ? resolved : seconds(resolved);
    if (spec.kind === "mode") return Number.parseInt(resolved, 8).toString(8);
    return resolved;
  });
}

/** Specifiers apply in unit files, to directives that resolve them. */
export const contextFor = (type: FileType, spec: DirectiveSpec, unit: string): Ctx => ({
  unit,
  specifiers: !isConfigFileType(type) && (resolvesSpecifiers(spec) || spec.kind === "enum"),
});

export { directiveSpecIn };
