/**
 * Plain strings in directive values use systemd's own expansion syntax, so systemd's
 * documentation applies as written: `%i`, `%n`, `%%` are specifiers, and in command lines
 * `${FOO}`, `$FOO` (a whole word) and `$$` are environment substitutions.
 *
 * `literal(text)` is the escape hatch for text that must reach the service unchanged
 * (a URL with `%20`, a shell script using `$1` or `$$`, a password): the renderer doubles
 * `%` where the directive resolves specifiers and `$` where the command line substitutes
 * variables, and nowhere else, because a doubled `$` outside command lines stays doubled.
 *
 * Tagged data rather than a class, for the same reason as `reset`: the site is evaluated
 * in another bundle.
 */
export interface Literal {
  readonly kind: "literal";
  readonly text: string;
}

/** Text passed through exactly: no specifier (`%`) or variable (`$`) expansion by systemd. */
export const literal = (text: string): Literal => Object.freeze({ kind: "literal", text });

/** True for a value made by `literal()`, from this bundle or any other. */
export const isLiteral = (value: unknown): value is Literal =>
  typeof value === "object" &&
  value !== null &&
  (value as { kind?: unknown }).kind === "literal" &&
  typeof (value as { text?: unknown }).text === "string";

/** A directive's text: systemd syntax (`string`) or exact text (`literal()`). */
export type Text = string | Literal;
