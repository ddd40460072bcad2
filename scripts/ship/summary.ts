// The table `hearth ship` (and `hearth rollback`) ends with: one row per machine,
// then, for each machine that did not end well, the evidence.

/** "812 B", "1.2 KiB", "3.4 MiB" */
export const bytes = (n: number): string => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`);

export type MachineResult =
  | { readonly kind: "ok" }
  | { readonly kind: "unchanged" }
  | { readonly kind: "rolled-back"; readonly reason: string }
  | { readonly kind: "failed"; readonly reason: string; readonly hint?: string }
  | { readonly kind: "unreachable"; readonly reason: string };

export interface FileCounts {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

export interface UnitCounts {
  readonly started: number;
  readonly restarted: number;
  readonly reloaded: number;
  readonly stopped: number;
}

export interface SummaryRow {
  readonly machine: string;
  readonly oldGen?: string;
  readonly newGen?: string;
  readonly files?: FileCounts;
  readonly units?: UnitCounts;
  readonly bytesSent?: number;
  readonly seconds: number;
  readonly result: MachineResult;
  /** evidence for a rollback or failure: the failing check's output, units.log, … */
  readonly details?: readonly { readonly title: string; readonly text: string }[];
}

export const succeeded = (r: MachineResult): boolean => r.kind === "ok" || r.kind === "unchanged";

export function resultText(r: MachineResult): string {
  switch (r.kind) {
    case "ok":
      return "ok";
    case "unchanged":
      return "unchanged";
    case "rolled-back":
      return `rolled back: ${r.reason}`;
    case "failed":
      return `failed: ${r.reason}`;
    case "unreachable":
      return `unreachable: ${r.reason}`;
  }
}

function generations(row: SummaryRow): string {
  if (row.result.kind === "unchanged") return `${row.newGen ?? row.oldGen ?? "?"} (unchanged)`;
  if (row.oldGen === undefined && row.newGen === undefined) return "-";
  // unreachable: what it runs is unknown; otherwise no old generation means a first install
  return `${row.oldGen ?? (row.result.kind === "unreachable" ? "?" : "(none)")} → ${row.newGen ?? "?"}`;
}

function files(f: FileCounts | undefined): string {
  return f ? `+${f.added} ~${f.changed} -${f.removed}` : "-";
}

function units(u: UnitCounts | undefined): string {
  if (!u) return "-";
  const parts = (["started", "restarted", "reloaded", "stopped"] as const).filter((k) => u[k] > 0).map((k) => `${u[k]} ${k}`);
  return parts.length > 0 ? parts.join(", ") : "none";
}

const HEAD = ["MACHINE", "GENERATION", "FILES", "UNITS", "SENT", "TIME", "RESULT"] as const;

/** The summary table (first line of a long result only; details follow the table). */
export function renderSummary(rows: readonly SummaryRow[]): string {
  const cells = rows.map((r) => [
    r.machine,
    generations(r),
    files(r.files),
    units(r.units),
    r.bytesSent === undefined ? "-" : bytes(r.bytesSent),
    `${r.seconds.toFixed(2)} s`,
    resultText(r.result).split("\n")[0]!,
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]!].length)));
  const line = (c: readonly string[]) =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v + " ".repeat(widths[i]! - [...v].length)))
      .join("  ")
      .trimEnd();
  const out = [line(HEAD), ...cells.map(line)];
  for (const r of rows) {
    const extra = [...(r.result.kind === "failed" && r.result.hint ? [{ title: "hint", text: r.result.hint }] : []), ...(r.details ?? [])];
    if (succeeded(r.result) || extra.length === 0) continue;
    out.push("", `${r.machine}: ${resultText(r.result)}`);
    for (const d of extra) out.push(`  ${d.title}:`, ...d.text.trimEnd().split("\n").map((l) => `    ${l}`));
  }
  return `${out.join("\n")}\n`;
}

/** One closing line: "3 machines: 2 ok, 1 rolled back". */
export function renderTotals(rows: readonly SummaryRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = r.result.kind === "rolled-back" ? "rolled back" : r.result.kind;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return `${rows.length} machine${rows.length === 1 ? "" : "s"}: ${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")}\n`;
}
