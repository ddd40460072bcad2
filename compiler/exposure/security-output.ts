// Reads the text `systemd-analyze security` prints (LC_ALL=C, so plain ASCII): for each unit
// a table of NAME, DESCRIPTION and EXPOSURE columns, then "-> Overall exposure level for
// UNIT: 8.4 EXPOSED :-(". The JSON output (--json) has the table but not the overall score.

/** One setting that adds to a service's exposure, as systemd-analyze names it. */
export interface ExposureCost {
  /** systemd-analyze's name for the check, e.g. "PrivateNetwork=" or "CapabilityBoundingSet=~CAP_SYS_ADMIN" */
  readonly setting: string;
  /** what the service may do, e.g. "Service has access to the host's network" */
  readonly description: string;
  /** what the setting adds to the score (0.1 – 1.0) */
  readonly exposure: number;
}

/** The score of one service and what costs most, most first. */
export interface ExposureReport {
  /** 0.0 (best) – 10.0 (worst) */
  readonly score: number;
  /** every check that adds to the score, by exposure (highest first), then in systemd's order */
  readonly costs: readonly ExposureCost[];
}

const OVERALL = /^(?:->|→) Overall exposure level for (.+): (\d+(?:\.\d+)?)\b/;
const HEADER = /^\s+NAME\s+DESCRIPTION\s+EXPOSURE\s*$/;
/** A row's exposure: the number that ends it (rows that cost nothing end in spaces). */
const EXPOSURE = /\s(\d+\.\d+)$/;
/** The rest of a row: a mark, the check's name (never with spaces), its description. */
const ROW = /^\S? ?(\S+=\S*)\s+(.*)$/;

/** The reports in the order the units were given; undefined when the output does not read as expected. */
export function parseSecurityOutput(stdout: string): ExposureReport[] | undefined {
  const reports: ExposureReport[] = [];
  let inTable = false;
  let costs: ExposureCost[] = [];
  for (const line of stdout.split("\n")) {
    const overall = OVERALL.exec(line);
    if (overall) {
      if (!inTable) return undefined;
      const ranked = costs.map((c, i) => ({ c, i })).sort((a, b) => b.c.exposure - a.c.exposure || a.i - b.i);
      reports.push({ score: Number(overall[2]), costs: ranked.map(({ c }) => c) });
      inTable = false;
      costs = [];
    } else if (HEADER.test(line)) {
      if (inTable) return undefined;
      inTable = true;
    } else if (inTable) {
      const row = line.trimEnd();
      const exposure = EXPOSURE.exec(row);
      const named = exposure ? ROW.exec(row.slice(0, exposure.index)) : null;
      if (exposure && named) costs.push({ setting: named[1]!, description: named[2]!.trim(), exposure: Number(exposure[1]) });
    }
  }
  return inTable ? undefined : reports;
}
