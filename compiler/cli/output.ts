// How commands talk to the user: diagnostics on stderr, results on stdout.
import type { CompileResult } from "../compile.ts";
import { formatDiagnostics, type Diagnostic } from "../diagnostics.ts";

export function reportDiagnostics(ds: readonly Diagnostic[]): void {
  if (ds.length > 0) process.stderr.write(formatDiagnostics(ds));
}

export const kib = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`);
export const ms = (start: bigint): string => `${Number((process.hrtime.bigint() - start) / 1_000_000n)} ms`;

/** ", systemd-analyze verify silent (2 cached)" after a verified compile, else "". */
export const verifiedNote = (v: CompileResult["verified"]): string =>
  v && v.ran + v.cached > 0 ? `, systemd-analyze verify silent${v.cached ? ` (${v.cached} cached)` : ""}` : "";
