// Runs `systemd-analyze security --offline=yes` on rendered units. Each run gets a private
// unit directory as its whole unit path (SYSTEMD_UNIT_PATH without a trailing ":"), so the
// host's own units and drop-ins never change a score: the result depends only on the unit's
// text, its name and the systemd-analyze binary.
import { execFile } from "node:child_process";
import { accessSync, constants, mkdtempSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { parseSecurityOutput, type ExposureReport } from "./security-output.ts";

export interface SystemdAnalyze {
  readonly path: string;
  /** changes when the binary does: part of every cache key */
  readonly fingerprint: string;
}

/** systemd-analyze on PATH (or at `path`), or undefined when there is none. Never spawns. */
export function findSystemdAnalyze(path?: string): SystemdAnalyze | undefined {
  const candidates = path !== undefined ? [path] : [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), "/usr/bin", "/bin"].map((d) => join(d, "systemd-analyze"));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      const real = realpathSync(candidate);
      const st = statSync(real);
      if (!st.isFile()) continue;
      return { path: candidate, fingerprint: `${real}:${st.size}:${st.mtimeMs}` };
    } catch {
      // not here
    }
  }
  return undefined;
}

/** A unit to score: its name (a template such as "status@.service" is analysed as an instance) and text. */
export interface UnitText {
  readonly name: string;
  readonly text: string;
}

export interface RunOptions {
  /** called once per process started, with the units it analyses */
  readonly onSpawn?: (units: readonly string[]) => void;
}

/** Fewer units than this per process are not worth another process (one costs about 10 ms, a unit about 1 ms). */
const MIN_BATCH = 4;

/**
 * Scores every unit: in parallel, up to one process per CPU, each analysing a batch. A batch
 * whose output cannot be read is retried unit by unit, so one broken unit does not hide the
 * scores of the others.
 */
export async function analyzeUnits(tool: SystemdAnalyze, units: readonly UnitText[], options: RunOptions = {}): Promise<(ExposureReport | Error)[]> {
  const results: (ExposureReport | Error)[] = new Array(units.length);
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(units.length / MIN_BATCH)));
  const batches = Array.from({ length: count }, (_, b) => units.map((_, i) => i).filter((i) => i % count === b)).filter((b) => b.length > 0);
  await Promise.all(
    batches.map(async (batch) => {
      const reports = await runBatch(tool, batch.map((i) => units[i]!), options);
      if (!(reports instanceof Error)) return batch.forEach((unit, k) => (results[unit] = reports[k]!));
      if (batch.length === 1) return (results[batch[0]!] = reports);
      for (const i of batch) {
        const one = await runBatch(tool, [units[i]!], options);
        results[i] = one instanceof Error ? one : one[0]!;
      }
    }),
  );
  return results;
}

async function runBatch(tool: SystemdAnalyze, units: readonly UnitText[], options: RunOptions): Promise<ExposureReport[] | Error> {
  const dir = mkdtempSync(join(tmpdir(), "hearth-exposure-"));
  try {
    // Units of one batch may share a name (worker.service on two machines, different texts):
    // each gets a unique prefix. The suffix and a template's "@" stay, and no check of
    // systemd-analyze security looks at the name.
    const files = units.map((u, k) => {
      const file = join(dir, `h${k}-${u.name}`);
      writeFileSync(file, u.text);
      return file;
    });
    options.onSpawn?.(units.map((u) => u.name));
    const { stdout, stderr, error } = await run(tool.path, ["security", "--offline=yes", "--no-pager", ...files], {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      LC_ALL: "C",
      SYSTEMD_UNIT_PATH: dir,
      SYSTEMD_COLORS: "0",
      SYSTEMD_PAGER: "cat",
    });
    const reports = error ? undefined : parseSecurityOutput(stdout);
    if (reports && reports.length === units.length) return reports;
    const why = stderr.trim().split("\n").filter(Boolean).pop() ?? error?.message ?? "output not understood";
    return new Error(`systemd-analyze security failed: ${why}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string; error: Error | null }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, error }),
    );
  });
}
