#!/usr/bin/env node
// Launches the CLI from a bundle in dist/, rebuilt with esbuild (about 50 ms)
// whenever a source file is newer, so startup skips TypeScript transpiling.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
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
  const tmp = `${bundle}.${process.pid}.tmp`;
  mkdirSync(dirname(bundle), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, "compiler", "cli", "entry.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: tmp,
    logLevel: "warning",
  });
  renameSync(tmp, bundle);
}
await import(pathToFileURL(bundle).href);
