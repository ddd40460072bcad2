/**
 * Runtime validation of a unit's sections: the same rules the types express, for input the
 * type checker never saw (JavaScript sites, values built at runtime) and for what types can't
 * say (a time span's later components, a `%` that is no specifier, a newline in a value).
 *
 * Every problem is collected, none thrown; each message is a full sentence with a fix.
 */
import { configFileTypes, sections, specifierChars, unitTypes, type DirectiveSpec } from "./directives-table.ts";
import {
  directiveSpecIn, directivesIn, isConfigFileType, isRepeatable, resolvesSpecifiers, sectionsOf,
  type FileType, type SectionProblem,
} from "./directives.ts";
import { commandParts, environmentParts, isPlainObject, listParts, splitExecPrefixes } from "./directive-values.ts";
import { isLiteral } from "./literal.ts";
import { isReset } from "./reset.ts";

/** "a service unit", "a .network file", "a resolved.conf drop-in": how messages name a file type. */
export const fileTypeLabel = (type: FileType): string =>
  type === "resolved" ? "a resolved.conf drop-in" : isConfigFileType(type) ? `a .${type} file` : `a ${type} unit`;

/** Checks every section, directive and value of one unit, drop-in or configuration file of the given type. */
export function validateSections(type: FileType, value: unknown): SectionProblem[] {
  const problems: SectionProblem[] = [];
  if (!isPlainObject(value)) {
    problems.push({
      section: "",
      message: `the sections of ${fileTypeLabel(type)} must be an object like { ${isConfigFileType(type) ? "" : "Unit: {…}, "}${ownSection(type)}: {…} }, got ${describe(value)}`,
    });
    return problems;
  }
  const allowed = sectionsOf(type);
  for (const [name, body] of Object.entries(value)) {
    if (body === undefined) continue;
    if (name.startsWith("X-")) {
      if (!isPlainObject(body)) problems.push({ section: name, message: `[${name}] must be an object of keys, got ${describe(body)}` });
      else for (const [key, v] of Object.entries(body)) if (v !== undefined) checkExtension(problems, name, key, v);
      continue;
    }
    if (!(allowed as readonly string[]).includes(name)) {
      problems.push({ section: name, message: unknownSection(type, name) });
      continue;
    }
    if (Array.isArray(body) && isRepeatable(type, name)) {
      if (body.length === 0) problems.push({ section: name, message: `[${name}] is an empty list of blocks; leave it out` });
      for (const block of body) checkSection(problems, type, name, block);
      continue;
    }
    checkSection(problems, type, name, body);
  }
  return problems;
}

function checkSection(problems: SectionProblem[], type: FileType, name: string, body: unknown): void {
  if (!isPlainObject(body)) {
    const many = isRepeatable(type, name) ? ", or a list of such objects (one block each)" : "";
    problems.push({ section: name, message: `[${name}] must be an object of directives${many}, got ${describe(body)}` });
    return;
  }
  for (const [key, v] of Object.entries(body)) {
    if (v === undefined) continue;
    if (key.startsWith("X-")) {
      checkExtension(problems, name, key, v);
      continue;
    }
    const spec = directiveSpecIn(type, name, key);
    if (!spec) {
      problems.push({ section: name, key, message: unknownDirective(type, name, key) });
      continue;
    }
    const problem = checkValue(spec, v, !isConfigFileType(type));
    if (problem) problems.push({ section: name, key, message: `${key}= in [${name}] ${problem}` });
  }
}

// ---------------------------------------------------------------- unknown names

const ownSection = (type: FileType): string =>
  isConfigFileType(type) ? Object.keys(configFileTypes[type].sections)[type === "network" || type === "netdev" || type === "link" ? 1 : 0] ?? "" : unitTypes[type][1] ?? "Unit";

const listSections = (names: readonly string[]): string => {
  const bracketed = names.map((n) => `[${n}]`);
  return bracketed.length > 1 ? `${bracketed.slice(0, -1).join(", ")} and ${bracketed.at(-1)}` : bracketed.join("");
};

function unknownSection(type: FileType, name: string): string {
  const allowed = sectionsOf(type);
  const label = fileTypeLabel(type);
  const has = allowed.length > 6 ? `see ${manPage(type)} for its sections` : `${label} has ${listSections(allowed)}`;
  if (!isConfigFileType(type) && Object.prototype.hasOwnProperty.call(sections, name))
    return `section [${name}] is not allowed in ${label}; ${has}`;
  const guess = closest(name, allowed);
  return guess
    ? `unknown section [${name}] in ${label}; did you mean [${guess}]?`
    : `unknown section [${name}] in ${label}; ${has} (prefix a name with "X-" for an extension section)`;
}

const manPage = (type: FileType): string =>
  type === "resolved" ? "resolved.conf(5)" : isConfigFileType(type) ? `systemd.${type}(5)` : `systemd.${type}(5)`;

function unknownDirective(type: FileType, section: string, key: string): string {
  const home = sectionsOf(type).find((s) => s !== section && directiveSpecIn(type, s, key));
  if (home) return `"${key}" belongs in [${home}], not [${section}]; move it there`;
  const guess = closest(key, directivesIn(type, section));
  if (guess) return `unknown directive "${key}" in [${section}]; did you mean "${guess}"?`;
  if (!isConfigFileType(type)) {
    const elsewhere = Object.keys(sections).find((s) => directiveSpecIn(type, s, key));
    if (elsewhere) return `"${key}" is a directive of [${elsewhere}], which ${fileTypeLabel(type)} does not have`;
  }
  const index = isConfigFileType(type) ? manPage(type) : "systemd.directives(7)";
  return `unknown directive "${key}" in [${section}]; check its spelling in ${index}, or prefix it with "X-" to keep it as an extension systemd ignores`;
}

/** The candidate nearest by edit distance (case-insensitive), if near enough to be a typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

/** Damerau (optimal string alignment) distance: a swap of two neighbours costs one, as typos do. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

// ---------------------------------------------------------------- values

/** A complaint to append after "Key= in [Section]", or undefined if the value is fine. */
type Check = string | undefined;

/** `unitFile`: the value is in a unit file, where `%` specifiers are resolved. */
function checkValue(spec: DirectiveSpec, value: unknown, unitFile = true): Check {
  const specifiers = unitFile && resolvesSpecifiers(spec);
  switch (spec.kind) {
    case "string":
      return checkText(value, { specifiers });
    case "list":
      if (spec.bool && typeof value === "boolean") return undefined;
      return checkList(value, (item) => checkText(item, { specifiers, words: spec.words }));
    case "bool":
      return checkBool(value);
    case "int":
      if (spec.bool && typeof value === "boolean") return undefined;
      return spec.repeat ? checkList(value, (item) => checkInt(spec, item)) : checkInt(spec, value);
    case "timespan":
      if (spec.bool && typeof value === "boolean") return undefined;
      return checkTimespan(value, spec.keywords);
    case "timespans":
      return checkList(value, (item) => checkTimespan(item, undefined));
    case "size":
      return checkSize(spec, value);
    case "percent":
      return typeof value === "string" && PERCENT.test(value)
        ? undefined
        : `must be a percentage like "50%", got ${describe(value)}`;
    case "mode":
      return checkMode(value);
    case "rlimit":
      return checkRlimit(value);
    case "enum":
      // Text after a prefix such as "file:" resolves specifiers in unit files.
      return spec.repeat ? checkList(value, (item) => checkEnum(spec, item, unitFile)) : checkEnum(spec, value, unitFile);
    case "path":
      if (typeof value === "string" && spec.keywords?.includes(value)) return undefined;
      return checkPath(value, spec.prefixes ?? "", false, specifiers);
    case "paths":
      return checkList(value, (item) => checkPath(item, spec.prefixes ?? "", spec.words === true, specifiers));
    case "dirs":
      return checkList(value, checkDir);
    case "bindPaths":
      return checkList(value, checkBindPath);
    case "unit":
      return checkUnitName(value);
    case "units":
      return checkList(value, checkUnitName);
    case "listen":
      return checkList(value, (item) =>
        typeof item === "number"
          ? Number.isInteger(item) && item >= 1 && item <= 65535 ? undefined : `has port ${item}; a port is an integer from 1 to 65535`
          : checkText(item, { specifiers }));
    case "command":
      return checkCommand(value);
    case "environment":
      return checkEnvironment(value, specifiers);
    case "address":
      return spec.repeat ? checkList(value, (item) => checkAddress(spec, item)) : checkAddress(spec, value);
    case "mac":
      return spec.repeat ? checkList(value, (item) => checkMac(spec, item)) : checkMac(spec, value);
  }
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** inet_pton(3)'s IPv6 forms: eight groups, or fewer around one "::", optionally ending in a dotted quad. */
export function isIPv6(text: string): boolean {
  const lastColon = text.lastIndexOf(":");
  if (lastColon === -1) return false;
  let rest = text;
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!IPV4.test(tail)) return false;
    rest = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = rest.split("::");
  if (halves.length > 2) return false;
  const parts = halves.flatMap((h) => (h === "" ? [] : h.split(":")));
  if (parts.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? parts.length <= 7 : parts.length === 8;
}

function checkAddress(spec: Extract<DirectiveSpec, { kind: "address" }>, value: unknown): Check {
  if (spec.bool && typeof value === "boolean") return undefined;
  if (typeof value === "string" && spec.keywords?.includes(value)) return undefined;
  const family = spec.family === 4 ? "an IPv4" : spec.family === 6 ? "an IPv6" : "an IP";
  const prefix = spec.prefix === "required" ? ' with a prefix length, like "192.168.1.1/24"' : spec.prefix === "optional" ? ', optionally with a prefix length ("/24")' : "";
  const extras = [...(spec.keywords ?? []).map((k) => `"${k}"`), ...(spec.bool ? ["true or false"] : [])];
  const expected = `must be ${family} address${prefix}${extras.length ? `, or ${extras.join(" or ")}` : ""}; got ${describe(value)}`;
  if (typeof value !== "string") return expected;
  const slash = value.indexOf("/");
  const address = slash === -1 ? value : value.slice(0, slash);
  const length = slash === -1 ? undefined : value.slice(slash + 1);
  const v4 = IPV4.test(address);
  const v6 = !v4 && isIPv6(address);
  if ((!v4 && !v6) || (spec.family === 4 && !v4) || (spec.family === 6 && !v6)) return expected;
  if (length === undefined) return spec.prefix === "required" ? expected : undefined;
  if (spec.prefix === undefined || !/^\d{1,3}$/.test(length) || Number(length) > (v4 ? 32 : 128)) return expected;
  return undefined;
}

function checkMac(spec: Extract<DirectiveSpec, { kind: "mac" }>, value: unknown): Check {
  if (typeof value === "string" && spec.keywords?.includes(value)) return undefined;
  if (typeof value === "string" && /^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}$/.test(value)) return undefined;
  const extras = (spec.keywords ?? []).map((k) => ` or "${k}"`).join("");
  return `must be a hardware address like "02:00:5e:00:53:01"${extras}, got ${describe(value)}`;
}

function checkList(value: unknown, checkItem: (item: unknown) => Check): Check {
  const { reset, items } = listParts(value);
  if (Array.isArray(value) && items.length === 0 && !reset)
    return "is an empty list; leave it out, or write [reset] to clear earlier assignments";
  for (const [i, item] of items.entries()) {
    if (isReset(item)) return "has reset in the middle; reset may only come first, where it clears earlier assignments";
    if (item === "")
      return "is empty, which systemd reads as a reset; write [reset] for that (e.g. CapabilityBoundingSet: [reset] drops every capability), or leave it out";
    const problem = checkItem(item);
    if (problem) return Array.isArray(value) && items.length > 1 ? `item ${i + 1} ${problem}` : problem;
  }
  return undefined;
}

interface TextRules {
  readonly specifiers: boolean;
  /** Quoted on output, so any character but NUL is representable. */
  readonly words?: boolean | undefined;
  /** Empty text is meaningful (an empty argument, an empty variable). */
  readonly allowEmpty?: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(value: unknown, rules: TextRules): Check {
  if (typeof value !== "string" && !isLiteral(value)) return `must be text, got ${describe(value)}`;
  const text = typeof value === "string" ? value : value.text;
  if (text === "" && !rules.allowEmpty)
    return "is empty, which systemd reads as a reset to the default; leave it out instead";
  if (text.includes("\0")) return "contains a NUL character, which systemd cannot store";
  if (LONE_SURROGATE.test(text)) return "contains an unpaired UTF-16 surrogate, which is not valid Unicode text";
  if (!rules.words) {
    const bad = /[\x00-\x08\x0a-\x1f\x7f]/.exec(text);
    if (bad) {
      const what = bad[0] === "\n" || bad[0] === "\r" ? "a line break" : `the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`;
      return `contains ${what}; systemd reads this value verbatim to the end of the line, so it cannot hold one`;
    }
    if (/^\s|\s$/.test(text)) return `${describe(text)} starts or ends with whitespace, which systemd strips from this verbatim value`;
    if (/(^|[^\\])(\\\\)*\\$/.test(text))
      return `${describe(text)} ends with a backslash, which systemd reads as a line continuation; this value is verbatim and cannot escape it`;
  }
  if (rules.specifiers && typeof value === "string") return checkSpecifiers(value);
  return undefined;
}

/** systemd rejects the whole setting on an unknown specifier; catch it here with a fix. */
function checkSpecifiers(text: string): Check {
  for (let i = text.indexOf("%"); i !== -1; i = text.indexOf("%", i + 2)) {
    const next = text[i + 1];
    if (next === undefined || !specifierChars.includes(next))
      return `has "${text.slice(i, i + 2)}", which is not a systemd specifier (systemd.unit(5)); write "%%" for a literal "%", or wrap the text in literal()`;
  }
  return undefined;
}

const checkBool = (value: unknown): Check =>
  typeof value === "boolean"
    ? undefined
    : `must be true or false (hearth writes yes/no), got ${describe(value)}`;

function checkInt(spec: Extract<DirectiveSpec, { kind: "int" }>, value: unknown): Check {
  if (typeof value === "string" && (spec.keywords?.includes(value) || (spec.percent && PERCENT.test(value)))) return undefined;
  const range =
    spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}`
    : spec.min !== undefined ? ` of at least ${spec.min}` : "";
  const extras = [...(spec.keywords ?? []).map((k) => `"${k}"`), ...(spec.percent ? ['a percentage like "50%"'] : [])];
  const expected = `an integer${range}${extras.length ? ` or ${extras.join(" or ")}` : ""}`;
  if (typeof value !== "number" || !Number.isInteger(value)) return `must be ${expected}, got ${describe(value)}`;
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max))
    return `must be ${expected}, got ${value}`;
  return undefined;
}

const PERCENT = /^(\d+(\.\d+)?)%$/;

// systemd's parse_time() units, longest first so "min" is not read as "m" + "in".
const TIME_UNITS = [
  "seconds", "second", "sec", "s", "minutes", "minute", "min", "months", "month", "M", "msec", "ms", "m",
  "hours", "hour", "hr", "h", "days", "day", "d", "weeks", "week", "w", "years", "year", "y", "usec", "us", "µs", "μs",
].sort((a, b) => b.length - a.length);
const TIME_COMPONENT = new RegExp(`^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*(${TIME_UNITS.join("|")})?`);

/** Whether systemd.time(7) accepts `text` as a time span ("1min 30s", "2 h", "500ms", "90"). */
export function isTimespan(text: string): boolean {
  let rest = text;
  if (rest.trim() === "") return false;
  while (rest.trim() !== "") {
    const m = TIME_COMPONENT.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length);
    // A unit must end at a space, a digit or the end ("5mins" is not "5min" + "s").
    if (rest !== "" && !/^[\s\d.]/.test(rest)) return false;
  }
  return true;
}

function checkTimespan(value: unknown, keywords: readonly string[] | undefined): Check {
  if (typeof value === "number")
    return Number.isFinite(value) && value >= 0 && isTimespan(String(value)) ? undefined : `must be a non-negative number of seconds written without an exponent, got ${value}`;
  if (typeof value === "string" && (keywords?.includes(value) || isTimespan(value))) return undefined;
  const also = keywords?.length ? `, or ${keywords.map((k) => `"${k}"`).join(" or ")}` : "";
  return `must be a time span: seconds as a number, or text like "30s", "5min" or "1h 30min" (systemd.time(7))${also}; got ${describe(value)}`;
}

const SIZE = /^\d+(\.\d+)?[KMGTPE]?$/;

function checkSize(spec: Extract<DirectiveSpec, { kind: "size" }>, value: unknown): Check {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? undefined : `must be a whole number of bytes, got ${value}`;
  if (typeof value === "string" && (SIZE.test(value) || spec.keywords?.includes(value) || (spec.percent && PERCENT.test(value)))) return undefined;
  const extras = [...(spec.keywords ?? []).map((k) => `"${k}"`), ...(spec.percent ? ['a percentage like "50%"'] : [])];
  return `must be a size: bytes as a number, or text like "512M" or "2G" (K, M, G, T, P, E are powers of 1024)${extras.length ? `, or ${extras.join(" or ")}` : ""}; got ${describe(value)}`;
}

function checkMode(value: unknown): Check {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value <= 0o7777 ? undefined : `must be a mode from 0 to 0o7777, got ${value}`;
  if (typeof value === "string" && /^[0-7]{3,4}$/.test(value)) return undefined;
  return `must be a file mode: a number like 0o750 or octal text like "0750", got ${describe(value)}`;
}

function checkRlimit(value: unknown): Check {
  const part = (p: string): boolean => p === "infinity" || /^\d+$/.test(p);
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return undefined;
  if (typeof value === "string") {
    const parts = value.split(":");
    if (parts.length <= 2 && parts.every(part)) return undefined;
  }
  return `must be a limit: a number, "infinity", or "soft:hard" like "1024:4096", got ${describe(value)}`;
}

function checkEnum(spec: Extract<DirectiveSpec, { kind: "enum" }>, value: unknown, specifiers = true): Check {
  if (spec.values.includes(value as string | boolean)) return undefined;
  if (typeof value === "string") {
    const prefix = spec.prefixed?.find((p) => value.startsWith(p));
    if (prefix) {
      if (value.length === prefix.length) return `"${value}" needs something after "${prefix}"`;
      return checkText(value, { specifiers });
    }
  }
  const options = [...spec.values.map((v) => (typeof v === "string" ? `"${v}"` : String(v))), ...(spec.prefixed ?? []).map((p) => `"${p}…"`)];
  const hint = typeof value === "string" && ["yes", "no", "true", "false", "on", "off"].includes(value) && spec.values.includes(true)
    ? " (write the boolean true or false, not a string)" : "";
  return `must be ${options.length > 1 ? `one of ${options.slice(0, -1).join(", ")} or ${options.at(-1)}` : options.join("")}, got ${describe(value)}${hint}`;
}

function checkPath(value: unknown, prefixes: string, words: boolean, specifiers = true): Check {
  const problem = checkText(value, { specifiers, words });
  if (problem) return problem;
  const text = typeof value === "string" ? value : (value as { text: string }).text;
  let i = 0;
  while (i < text.length && prefixes.includes(text[i] ?? "")) i++;
  const path = text.slice(i);
  if (!path.startsWith("/") && !(specifiers && typeof value === "string" && path.startsWith("%"))) {
    const allowed = prefixes ? ` (after an optional ${[...prefixes].map((p) => `"${p}"`).join(" or ")})` : "";
    return `must be an absolute path${allowed}, got ${describe(value)}`;
  }
  if (path.split("/").includes("..")) return `${describe(value)} contains "..", which systemd refuses in paths`;
  return undefined;
}

function checkDir(value: unknown): Check {
  const problem = checkText(value, { specifiers: true, words: true });
  if (problem) return problem;
  const text = typeof value === "string" ? value : (value as { text: string }).text;
  if (text.startsWith("/")) return `must be a directory name relative to the directory systemd manages (e.g. "myapp" for /var/lib/myapp), got ${describe(value)}`;
  if (text.split(/[/:]/).includes("..")) return `${describe(value)} contains "..", which systemd refuses`;
  return undefined;
}

function checkBindPath(value: unknown): Check {
  const problem = checkText(value, { specifiers: true, words: true });
  if (problem) return problem;
  const text = typeof value === "string" ? value : (value as { text: string }).text;
  const [source = "", target, options, ...more] = text.split(":");
  const form = `"source[:destination[:options]]" with absolute paths, e.g. "/usr/local/etc/nginx.conf:/etc/nginx/nginx.conf"`;
  if (more.length > 0) return `must be ${form}; got ${describe(value)}, which has more than two ":"`;
  const absolute = (p: string): boolean => p.startsWith("/") || (typeof value === "string" && p.startsWith("%"));
  if (!absolute(source.replace(/^-/, ""))) return `must be ${form}; the source of ${describe(value)} is not absolute`;
  if (target !== undefined && !absolute(target)) return `must be ${form}; the destination of ${describe(value)} is not absolute`;
  if (options !== undefined && !["rbind", "norbind"].includes(options)) return `has options "${options}"; systemd accepts "rbind" or "norbind"`;
  if (text.split(/[/:]/).includes("..")) return `${describe(value)} contains "..", which systemd refuses in paths`;
  return undefined;
}

const UNIT_NAME = /^[A-Za-z0-9:_.\\%-]+(@[A-Za-z0-9:_.\\%-]*)?\.(service|socket|device|mount|automount|swap|target|path|timer|slice|scope)$/;

function checkUnitName(value: unknown): Check {
  if (typeof value !== "string") return `must be a unit name like "network-online.target", got ${describe(value)}`;
  if (value.length > 255 || !UNIT_NAME.test(value))
    return `must be a unit name like "network-online.target" or "getty@tty1.service" (letters, digits, ":-_.\\" and a type suffix), got ${describe(value)}`;
  return checkSpecifiers(value);
}

function checkCommand(value: unknown): Check {
  const shape = `an argv array like ["/usr/bin/foo", "--flag"], an array of them, or either with reset first`;
  if (!Array.isArray(value)) return `must be ${shape}; got ${describe(value)} (hearth never splits command strings)`;
  const { commands, malformed } = commandParts(value);
  if (malformed) return `mixes argv arrays with other values; write ${shape}`;
  if (commands.length === 0 && !isReset(value[0])) return "is an empty list; leave it out, or write [reset] to clear earlier commands";
  for (const [n, argv] of commands.entries()) {
    const where = commands.length > 1 ? `command ${n + 1} ` : "";
    const problem = checkArgv(argv);
    if (problem) return `${where}${problem}`;
  }
  return undefined;
}

function checkArgv(argv: readonly unknown[]): Check {
  const [argv0] = argv;
  if (argv.length === 0) return "has an empty argv; a command needs at least the program";
  for (const [i, arg] of argv.entries()) {
    if (isReset(arg)) return "has reset in the middle; reset may only come first";
    const problem = checkText(arg, { specifiers: true, words: true, allowEmpty: i > 0 });
    if (problem) return `argument ${i} ${problem}`;
  }
  const program = typeof argv0 === "string" ? splitExecPrefixes(argv0) : { prefixes: "", path: (argv0 as { text: string }).text };
  if ([...program.prefixes.matchAll(/\+|!!?/g)].length > 1)
    return `has prefixes "${program.prefixes}"; only one of "+", "!" and "!!" may be used`;
  const path = program.path;
  if (path === "") return `has no program after the prefixes "${program.prefixes}"`;
  if (/[\x00-\x1f\x7f]/.test(path)) return "has a control character in the program name, which systemd refuses";
  if (path.includes("/") && !path.startsWith("/") && !(typeof argv0 === "string" && path.startsWith("%")))
    return `has program ${describe(path)}; it must be an absolute path, or a bare name systemd looks up in its search path`;
  if (program.prefixes.includes("@") && argv.length < 2) return `uses the "@" prefix, so the next argument (argv[0] for the program) is required`;
  if (!program.prefixes.includes(":")) {
    for (const [i, arg] of argv.entries()) {
      if (i === 0 || typeof arg !== "string") continue;
      // systemd replaces a word "$NAME" by the variable's words; anything else after "$" makes it vanish.
      if (arg.startsWith("$") && arg[1] !== "{" && arg[1] !== "$" && !/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(arg))
        return `argument ${i} ${describe(arg)} would be replaced by systemd with the variable "${arg.slice(1)}", which cannot exist; write "$$" for a literal "$", or wrap it in literal()`;
    }
  }
  return undefined;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkEnvironment(value: unknown, specifiers = true): Check {
  const { entries, malformed } = environmentParts(value);
  if (malformed) return `must be an object like { NAME: "value" }, or [reset, { NAME: "value" }]; got ${describe(value)}`;
  for (const [name, v] of entries) {
    if (v === undefined) continue;
    if (!ENV_NAME.test(name)) return `has variable name ${describe(name)}; names are letters, digits and "_", not starting with a digit`;
    const problem = checkText(v, { specifiers, words: true, allowEmpty: true });
    if (problem) return `variable ${name} ${problem}`;
  }
  return undefined;
}

function checkExtension(problems: SectionProblem[], section: string, key: string, value: unknown): void {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const problem = checkText(item, { specifiers: false });
    if (problem) {
      problems.push({ section, key, message: `${key}= in [${section}] ${problem}` });
      return;
    }
  }
}

/** A short, readable rendering of a value for messages. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (isLiteral(value)) return `literal(${describe(value.text)})`;
  if (isReset(value)) return "reset";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}
