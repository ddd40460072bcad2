/**
 * A first guess at a directive's value spec, from systemd's value hint (unit files) and the
 * phrases its man page uses ("Takes a boolean", "Takes one of "a", "b"", "a time span", "in
 * the range 1…65535"). overrides.ts corrects the guesses that are wrong or too loose; a
 * directive nothing recognises is typed as text and its JSDoc says so.
 */
import type { DirectiveSpec } from "../../dsl/directive-spec.ts";

export interface Guess {
  readonly spec: DirectiveSpec;
  /** no phrase recognised: typed as text because the syntax is irregular or unknown */
  readonly irregular: boolean;
  /** what produced the guess, for the generator's report */
  readonly from: string;
}

const HINTS: Record<string, DirectiveSpec> = {
  BOOLEAN: { kind: "bool" },
  SECONDS: { kind: "timespan", keywords: ["infinity"] },
  "UNIT [...]": { kind: "units" },
  "PATH [...]": { kind: "paths", words: true },
  PATH: { kind: "path" },
  UNSIGNED: { kind: "int", min: 0 },
  MODE: { kind: "mode" },
  LIMIT: { kind: "rlimit" },
  "PATH [ARGUMENT [...]]": { kind: "command" },
  SLICE: { kind: "unit" },
  STRING: { kind: "string" },
  SOCKETS: { kind: "units" },
};

/** The quoted values of a phrase: `"a", "b" and "c"` → [a, b, c]. */
const quoted = (s: string): string[] => [...s.matchAll(/"([^"\s]+)"/g)].map((m) => m[1] ?? "");

/** The sentence of `text` that contains the match at `index`. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(". ", index) + 1, text.lastIndexOf("\n", index) + 1, 0);
  const endDot = text.indexOf(". ", index);
  const endLine = text.indexOf("\n", index);
  const ends = [endDot, endLine].filter((e) => e !== -1);
  return text.slice(start, ends.length ? Math.min(...ends) : undefined);
}

const YES_NO = new Set(["yes", "no", "true", "false", "on", "off", "1", "0"]);

/** Enum values from a sentence, booleans folded into true/false. */
function enumFrom(sentence: string, bool: boolean): DirectiveSpec | undefined {
  // "one of "root", "clsact" or a class identifier" is open-ended: not an enumeration.
  if (/"\s*,? or (?:an? |the )(?!boolean|special)\w/.test(sentence)) return undefined;
  const words = [...new Set(quoted(sentence))].filter((w) => !/=$/.test(w));
  const yes = bool || words.some((w) => ["yes", "true", "on", "1"].includes(w));
  const no = bool || words.some((w) => ["no", "false", "off", "0"].includes(w));
  const values = words.filter((w) => !YES_NO.has(w));
  if (values.length === 0) return undefined;
  return { kind: "enum", values: [...(yes ? [true] : []), ...(no ? [false] : []), ...values] };
}

export function guess(text: string, hint: string | undefined): Guess {
  const first = text.split("\n")[0] ?? "";
  const t = text.replace(/\s+/g, " ");

  if (hint && HINTS[hint]) return { spec: HINTS[hint], irregular: false, from: `hint ${hint}` };

  const firstSentence = first.split(/\. /)[0] ?? "";
  if (/^A (?:whitespace|space)-separated list of (?:hardware|hardware's permanent) addresses/.test(firstSentence))
    return { spec: { kind: "mac", repeat: true }, irregular: false, from: "MAC address list" };
  const addressList = /^A (?:whitespace|space)-separated list of (IPv4|IPv6)(?: router)? (?:addresses|prefixes|route prefixes)/.exec(firstSentence);
  if (addressList) return { spec: { kind: "address", family: addressList[1] === "IPv4" ? 4 : 6, prefix: "optional", repeat: true }, irregular: false, from: "address list" };
  if (/^A (?:whitespace|space)-separated list of shell-style globs/.test(firstSentence))
    return { spec: { kind: "list", words: true }, irregular: false, from: "glob list" };
  if (/^(?:Checks whether|Matches against)/.test(firstSentence) && /exclamation mark/.test(t))
    return { spec: { kind: "list" }, irregular: false, from: "match condition" };

  const boolOr = /\b(?:Takes|Accepts|Expects) (?:either )?a boolean(?: argument| value| parameter)?,? or (?:the |a )?(?:special )?(?:values? |one of )?/i.exec(first);
  if (boolOr) {
    const sentence = sentenceAt(first, boolOr.index);
    if (/time ?span/i.test(sentence)) return { spec: { kind: "timespan", bool: true }, irregular: false, from: "boolean or time span" };
    const e = enumFrom(sentence, true);
    if (e) return { spec: e, irregular: false, from: "boolean or values" };
  }
  if (/\b(?:Takes|Accepts|Expects) (?:a )?boolean(?: argument| value| parameter)?\b(?! or)/i.test(first) || /^A boolean\b/.test(first) || /^Boolean\b/.test(first) || /^(?:When|If) (?:true|enabled|set to true)\b/.test(first))
    return { spec: { kind: "bool" }, irregular: false, from: "boolean" };

  const oneOf = /\b(?:Takes|Accepts|Expects|takes|accepts) (?:one of|either|a value of|the values?|values|one of the (?:special )?values)?\s*"|\b(?:can be|must be|is) (?:one of|either|set to) "|\b(?:supported|valid|possible|allowed|accepted) (?:values|options|modes) (?:are|is)\s*:?\s*"/.exec(first);
  if (oneOf) {
    const e = enumFrom(sentenceAt(first, oneOf.index), false);
    if (e) return { spec: e, irregular: false, from: "one of" };
  }

  if (/\btime ?span\b|\btimespan\b|\b(?:measured )?in seconds\b|time values in seconds/i.test(first)) return { spec: { kind: "timespan", ...(/"?infinity"?/.test(t) ? { keywords: ["infinity"] } : {}) }, irregular: false, from: "time span" };

  const range = /\b(?:range|between)\s*(-?\d+)\s*(?:\.\.\.|…|–|-|and|to)\s*(-?\d+)\b/.exec(first);
  if (range && /\b(?:integer|number|range)\b/i.test(first)) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (Number.isSafeInteger(min) && Number.isSafeInteger(max) && min < max) return { spec: { kind: "int", min, max }, irregular: false, from: "integer range" };
  }
  if (/\bsuffixes\b.*\bK\b.*\bM\b.*\bG\b|\bK, M, G\b/.test(t)) return { spec: { kind: "size", ...(/base of 1000/.test(t) ? { base1000: true } : {}) }, irregular: false, from: "size" };
  if (/^(?:Takes|Accepts) an? (?:unsigned )?integer\.?$|^(?:Takes|Accepts|Expects) an? (?:unsigned |positive )?(?:integer|number)\b(?! (?:or|and|followed))/.test(first) && !/[",]/.test(first.split(".")[0] ?? ""))
    return { spec: { kind: "int", ...(/unsigned|positive/.test(first) ? { min: 0 } : {}) }, irregular: false, from: "integer" };

  if (/\b(?:hardware|MAC) address\b/i.test(firstSentence) && !/\bIP\b|IPv/.test(firstSentence) && !/list/.test(firstSentence))
    return { spec: { kind: "mac" }, irregular: false, from: "MAC address" };
  if (/^(?:(?:Takes|Specifies|Accepts) )?(?:an? |the )?(?:static )?(?:IPv4|IPv6|IP)(?: or IPv6)? address\b(?! or)/i.test(firstSentence) && !/list|name|prefix|range/.test(firstSentence)) {
    const family = /^(?:\w+ )?(?:an? |the )?IPv4/i.test(firstSentence) ? 4 : /^(?:\w+ )?(?:an? |the )?IPv6/i.test(firstSentence) ? 6 : undefined;
    return { spec: { kind: "address", ...(family ? { family } : {}) }, irregular: false, from: "IP address" };
  }
  if (/^(?:Takes|Accepts) an absolute (?:file system )?path\b/i.test(first)) return { spec: { kind: "path" }, irregular: false, from: "absolute path" };

  return { spec: { kind: "string" }, irregular: true, from: "nothing recognised" };
}

/** Whether the page says a directive accumulates over several assignments. */
export const accumulates = (text: string): boolean =>
  /may be (?:specified|used|given|set) (?:more than once|multiple times|several times)|can be (?:specified|used|given) (?:more than once|multiple times|several times)|may appear more than once|may be specified more than once|specified multiple times/i.test(text);
