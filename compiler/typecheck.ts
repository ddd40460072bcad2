// `hearth check` type-checks site.ts with TypeScript 7's native tsc (about 0.1 s),
// kept off the compile path. "hearth" resolves to this package's DSL sources.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Diagnostic } from "./diagnostics.ts";
import { packageRoot } from "./package-root.ts";

const TSC_LINE = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;

/** Parses tsc's `--pretty false` output into diagnostics; continuation lines join their message. */
export function parseTscOutput(output: string, cwd: string): Diagnostic[] {
  const out: { severity: "error" | "warning"; message: string; at: { file: string; line: number; column: number } }[] = [];
  for (const line of output.split("\n")) {
    const m = TSC_LINE.exec(line);
    if (m) out.push({ severity: m[4] as "error" | "warning", message: `${m[6]} (${m[5]})`, at: { file: resolve(cwd, m[1]!), line: Number(m[2]), column: Number(m[3]) } });
    else if (line.trim() && out.length > 0) out[out.length - 1]!.message += `\n    ${line.trim()}`;
  }
  return out;
}

export async function typecheckSite(sitePath: string): Promise<Diagnostic[]> {
  const dir = await mkdtemp(join(tmpdir(), "hearth-check-"));
  try {
    const tsconfig = {
      compilerOptions: {
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        types: ["node"],
        typeRoots: [join(packageRoot, "node_modules", "@types")],
        paths: { hearth: [join(packageRoot, "dsl", "index.ts")], "hearth/stdlib": [join(packageRoot, "stdlib", "index.ts")] },
      },
      files: [resolve(sitePath)],
    };
    const config = join(dir, "tsconfig.json");
    await writeFile(config, JSON.stringify(tsconfig));
    const tsc = join(dirname(createRequire(join(packageRoot, "package.json")).resolve("typescript/package.json")), "bin", "tsc");
    const output = await new Promise<string>((done) =>
      execFile(process.execPath, [tsc, "--pretty", "false", "-p", config], { cwd: dir, maxBuffer: 16 << 20 }, (_err, stdout, stderr) => done(`${stdout}${stderr}`)),
    );
    return parseTscOutput(output, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
