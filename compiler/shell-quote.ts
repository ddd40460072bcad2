/**
 * Quotes one word for POSIX sh: the only quoting helper hearth uses for shell.
 * Single quotes keep everything literal; a single quote itself becomes '\''.
 * (zx's quote() emits bash-only $'…', which dash and busybox sh do not read.)
 */
export const shq = (word: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

/** Quotes every argument and joins them into one sh command line. */
export const shCommand = (argv: readonly string[]): string => argv.map(shq).join(" ");
