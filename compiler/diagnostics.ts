// Diagnostics are data: a compile collects every one of them, then shows them together.
import { relative } from "node:path";

/** A place in the user's sources. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly at?: Place;
  /** further places that take part, e.g. every definition of a conflicting path */
  readonly related?: readonly { readonly message: string; readonly at?: Place }[];
  /** how to fix it */
  readonly hint?: string;
  /** the machine being compiled, when the mistake shows only there */
  readonly machine?: string;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === "error");

export const showPlace = (at: Place, cwd = process.cwd()): string => {
  const rel = relative(cwd, at.file);
  const file = rel.startsWith("..") ? at.file : rel;
  return `${file}:${at.line}`;
};

/** esbuild/tsc-like text: "site.ts:12: error: message", then indented related places and a fix. */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const head = `${d.at ? `${showPlace(d.at, cwd)}: ` : ""}${d.severity}: ${d.machine ? `[${d.machine}] ` : ""}${d.message}`;
  const related = (d.related ?? []).map((r) => `  ${r.at ? `at ${showPlace(r.at, cwd)}  ` : ""}${r.message}`);
  return [head, ...related, ...(d.hint ? [`  fix: ${d.hint}`] : [])].join("\n");
}

export function formatDiagnostics(ds: readonly Diagnostic[], cwd = process.cwd()): string {
  const errors = ds.filter((d) => d.severity === "error").length;
  const warnings = ds.length - errors;
  const summary = [errors ? `${errors} error${errors > 1 ? "s" : ""}` : "", warnings ? `${warnings} warning${warnings > 1 ? "s" : ""}` : ""]
    .filter(Boolean)
    .join(", ");
  return `${ds.map((d) => formatDiagnostic(d, cwd)).join("\n")}\n${summary}\n`;
}
