/**
 * The vocabulary of the directive table: how a directive's value is typed, checked and
 * written. dsl/directives-table.ts (generated) says which directive has which spec;
 * dsl/directives.ts turns specs into TypeScript types, dsl/validate-sections.ts checks values
 * against them and compiler/render-unit.ts writes them.
 *
 * Kinds that hold text say how systemd reads the text back:
 * - verbatim (the default): the rest of the line, as is. No quoting exists, so the text may
 *   not contain a newline, start or end with whitespace, or end in a backslash.
 * - `words: true`: split into words; quotes and C escapes are honoured (systemd.syntax(7)
 *   "QUOTING"), so the renderer quotes any item that needs it.
 * In unit files, text kinds resolve `%` specifiers unless `specifiers: false` (systemd.unit(5)
 * "SPECIFIERS"); the other file types (.network, .nspawn, …) resolve none.
 *
 * `repeat: true` on a single-value kind makes it a list: one `Key=item` line per item, and an
 * empty assignment (`reset`) first clears earlier ones.
 *
 * `since` marks a directive systemd 252 (Debian 12, the floor) does not have: the systemd
 * version that introduced it. The compiler refuses it for a machine whose `facts.systemd` is
 * lower (compiler/directive-versions.ts).
 */
export type DirectiveSpec = Since & (
  /** One verbatim text value. */
  | { readonly kind: "string"; readonly specifiers?: false }
  /** One `Key=item` line per item; an empty assignment (`reset`) clears earlier ones. `bool` also accepts yes/no. */
  | { readonly kind: "list"; readonly words?: true; readonly specifiers?: false; readonly bool?: true }
  | { readonly kind: "bool" }
  /** An integer in [min, max]; `keywords` are extra accepted words such as "infinity"; `bool` also accepts yes/no. */
  | { readonly kind: "int"; readonly min?: number; readonly max?: number; readonly keywords?: readonly string[]; readonly percent?: true; readonly bool?: true; readonly repeat?: true }
  /** Seconds as a number, or systemd.time(7) text such as "1min 30s"; `bool` also accepts yes/no. */
  | { readonly kind: "timespan"; readonly keywords?: readonly string[]; readonly bool?: true }
  /** Like timespan, one line per item, with reset (Timer's OnBootSec= and friends). */
  | { readonly kind: "timespans" }
  /** Bytes as a number, or text with a suffix such as "512M" (1024-based; `base1000`: 1000-based, for bit rates). */
  | { readonly kind: "size"; readonly keywords?: readonly string[]; readonly percent?: true; readonly base1000?: true }
  /** A percentage such as "150%" (CPUQuota=). */
  | { readonly kind: "percent" }
  /** A file mode in octal: a number (0o750) or text ("0750"). */
  | { readonly kind: "mode" }
  /** A resource limit: a number, "infinity", or "soft:hard". */
  | { readonly kind: "rlimit" }
  /** One of `values` (booleans render as yes/no), or any text starting with one of `prefixed`. */
  | { readonly kind: "enum"; readonly values: readonly (string | boolean)[]; readonly prefixed?: readonly string[]; readonly repeat?: true }
  /** One absolute path. `prefixes`: characters allowed before it ("-" = ignore if missing, …). */
  | { readonly kind: "path"; readonly prefixes?: string; readonly keywords?: readonly string[] }
  /** Absolute paths, one line per item, with reset. */
  | { readonly kind: "paths"; readonly prefixes?: string; readonly words?: true }
  /** Directory names relative to the directory systemd manages (StateDirectory= → /var/lib/…). */
  | { readonly kind: "dirs" }
  /** "source[:destination[:options]]" items (BindPaths=); source may start with "-". */
  | { readonly kind: "bindPaths" }
  /** One unit name. */
  | { readonly kind: "unit" }
  /** Unit names, one line per item, with reset. */
  | { readonly kind: "units" }
  /** Socket addresses: a port number or verbatim text ("[::]:80", "/run/x.sock"), one line each. */
  | { readonly kind: "listen" }
  /** argv arrays, one `Key=` line per command (systemd.service(5) "COMMAND LINES"). */
  | { readonly kind: "command" }
  /** Environment variables: a record, one `Environment=` line per variable. */
  | { readonly kind: "environment" }
  /**
   * An IPv4 or IPv6 address (inet_pton(3) syntax). `prefix`: whether a "/length" may
   * ("optional") or must ("required") follow; `family` limits it to one family.
   */
  | { readonly kind: "address"; readonly prefix?: "optional" | "required"; readonly family?: 4 | 6; readonly keywords?: readonly string[]; readonly bool?: true; readonly repeat?: true }
  /** A hardware (MAC) address: six hexadecimal bytes separated by ":" (or "-"), e.g. "02:00:00:00:00:01". */
  | { readonly kind: "mac"; readonly keywords?: readonly string[]; readonly repeat?: true }
);

/** The systemd version that introduced a directive, when it is newer than 252. */
interface Since {
  readonly since?: number;
}

export type DirectiveKind = DirectiveSpec["kind"];

/**
 * The `%` specifiers systemd 252 resolves in unit files (systemd.unit(5) "SPECIFIERS"); `%%` is
 * a literal `%`. Any other character after `%` makes systemd reject the whole setting.
 */
export const specifierChars = "aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%";
