/**
 * The shapes directive values take at runtime, taken apart the same way by validation and
 * rendering, so the two can never disagree about what a value means.
 */
import { isLiteral, type Literal } from "./literal.ts";
import { isReset } from "./reset.ts";

/** A list-valued directive: whether it starts with `reset`, and its items. */
export interface ListParts {
  readonly reset: boolean;
  readonly items: readonly unknown[];
}

/** `x` → [x]; `[reset, a, b]` → reset + [a, b]. A misplaced `reset` stays in items for validation to report. */
export const listParts = (value: unknown): ListParts => {
  if (!Array.isArray(value)) return { reset: false, items: [value] };
  return isReset(value[0]) ? { reset: true, items: value.slice(1) } : { reset: false, items: value };
};

/** ExecStart= and friends: one argv, several argv, or either behind `reset`. */
export interface CommandParts {
  readonly reset: boolean;
  /** Each command's argv, unchecked. */
  readonly commands: readonly (readonly unknown[])[];
  /** Set when a list of commands mixes argv arrays with other values. */
  readonly malformed: boolean;
}

/** Commands are told apart by their first element: an argv starts with text, a list of commands with an array. */
export const commandParts = (value: unknown): CommandParts => {
  if (!Array.isArray(value)) return { reset: false, commands: [[value]], malformed: false };
  const reset = isReset(value[0]);
  const rest: unknown[] = reset ? value.slice(1) : value;
  if (rest.length === 0 || !Array.isArray(rest[0])) return { reset, commands: rest.length ? [rest] : [], malformed: false };
  const commands = rest.filter((c): c is unknown[] => Array.isArray(c));
  return { reset, commands, malformed: commands.length !== rest.length };
};

/** Environment=: a record, or `[reset]`, or `[reset, record]`. */
export interface EnvironmentParts {
  readonly reset: boolean;
  readonly entries: readonly (readonly [string, unknown])[];
  /** Set when the value is neither a record nor a reset form. */
  readonly malformed: boolean;
}

export const environmentParts = (value: unknown): EnvironmentParts => {
  if (Array.isArray(value)) {
    const [head, record, ...more] = value;
    if (!isReset(head) || more.length > 0 || (record !== undefined && !isPlainObject(record)))
      return { reset: false, entries: [], malformed: true };
    return { reset: true, entries: record === undefined ? [] : Object.entries(record), malformed: false };
  }
  if (!isPlainObject(value)) return { reset: false, entries: [], malformed: true };
  return { reset: false, entries: Object.entries(value), malformed: false };
};

/** A plain `{}` object (not an array, not a literal() or reset marker). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !isReset(value) && !isLiteral(value);

/** The characters of a text value: a string as written, or the exact text of a literal(). */
export const textOf = (value: string | Literal): string => (typeof value === "string" ? value : value.text);

/** argv[0]'s prefixes (systemd.service(5), "Special executable prefixes") and the path behind them. */
export const splitExecPrefixes = (argv0: string): { readonly prefixes: string; readonly path: string } => {
  const m = /^[-@:+!]*/.exec(argv0);
  const prefixes = m ? m[0] : "";
  return { prefixes, path: argv0.slice(prefixes.length) };
};
