// Runs the real `hearth` command line (bin/hearth.js) as a user would.
import { execFile } from "node:child_process";
import { join } from "node:path";

export const hearthBin = join(import.meta.dirname, "..", "..", "bin", "hearth.js");

export function runHearth(args: readonly string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [hearthBin, ...args], { cwd, maxBuffer: 32 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}
