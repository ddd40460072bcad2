#!/usr/bin/env node
// Launches the CLI from a bundle in dist/, rebuilt with esbuild (about 50 ms)
// whenever a source file is newer, so startup skips TypeScript transpiling.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "hearth.mjs");

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ["dsl", "compiler", "stdlib", "scripts"].map((d) => newestSource(join(root, d)));
const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
if (Math.max(...sources) >= built) {
  const esbuild = await import("esbuild");
  const tmp = join(dirname(bundle), `build-${process.pid}.tmp`);
  mkdirSync(tmp, { recursive: true });
  // the CLI, and the output worker it starts from beside itself (compiler/output-writer.ts)
  await esbuild.build({
    entryPoints: { hearth: join(root, "compiler", "cli", "entry.ts"), "output-worker": join(root, "compiler", "output-worker.ts") },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
  });
  // the worker first: a CLI bundle newer than the sources finds its worker in place
  renameSync(join(tmp, "output-worker.mjs"), join(dirname(bundle), "output-worker.mjs"));
  renameSync(join(tmp, "hearth.mjs"), bundle);
  rmSync(tmp, { recursive: true, force: true });
}
// A watch runs as a process of its own, with flags and an environment that keep
// its memory flat over thousands of rebuilds (watch-process.js).
const { WATCH_FLAGS, watchEnv } = await import("./watch-process.js");
if (process.argv[2] === "watch" && !process.execArgv.includes(WATCH_FLAGS[0])) {
  const { spawn } = await import("node:child_process");
  const child = spawn(process.execPath, [...process.execArgv, ...WATCH_FLAGS, bundle, ...process.argv.slice(2)], { stdio: "inherit", env: watchEnv() });
  // signals are passed on; a ^C from the terminal thus reaches the child twice (it is in
  // the same process group), and the watch treats a repeated stop signal as one
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  const { constants } = await import("node:os");
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 1) : 1)));
} else {
  await import(pathToFileURL(bundle).href);
}
