// Helpers for the installer tests: temporary roots, running install.sh under a
// given shell, and reading the installed tree back.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../../compiler/package-root.ts";

export interface Shell {
  readonly name: string;
  readonly argv: readonly string[];
}

/** The shells the installer must run under; every cheap behaviour is tested under each. */
export const SHELLS: readonly Shell[] = [
  { name: "dash", argv: ["dash"] },
  { name: "busybox sh", argv: ["busybox", "sh"] },
];
export const DASH = SHELLS[0]!;

let ensured = false;
/** Installs dash, busybox and shellcheck when missing (CI runs as root). */
export function ensureShells(): void {
  if (ensured) return;
  const r = spawnSync("sh", [join(packageRoot, "scripts/ensure-packages.sh"), "dash", "busybox", "shellcheck"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`ensure-packages failed: ${r.stderr}`);
  ensured = true;
}

const temps: string[] = [];
/** A fresh temporary directory, removed by cleanupTemps(). */
export function tempDir(prefix = "hearth-inst-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}
export function cleanupTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  scratch = undefined;
}

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout then stderr, for messages checks */
  readonly all: string;
}

export interface RunOptions {
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

let scratch: string | undefined;

/** Runs `install.sh args...` under `shell`. */
export function runInstaller(shell: Shell, script: string, args: readonly string[], opts: RunOptions = {}): RunResult {
  const [cmd, ...pre] = shell.argv;
  // the installer's scratch dirs (left behind by SIGKILLed runs) go where cleanupTemps() finds them
  scratch ??= tempDir("hearth-tmp-");
  const env: Record<string, string | undefined> = { ...process.env, TMPDIR: scratch, ...opts.env };
  // the crash hooks only apply where a test sets them
  if (!opts.env?.HEARTH_CRASH_AT) delete env.HEARTH_CRASH_AT;
  if (!opts.env?.HEARTH_TRACE_STEPS) delete env.HEARTH_TRACE_STEPS;
  const r = spawnSync(cmd!, [...pre, script, ...args], { encoding: "utf8", env, cwd: opts.cwd, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}${r.stderr}` };
}

/** Runs a command (cp, mount, ...) and fails loudly. */
export function sh(cmd: string, args: readonly string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

export const prefixOf = (root: string): string => join(root, "usr/local");
export const hearthOf = (root: string): string => join(root, "usr/local/.hearth");

/** The generation `current` points at, or undefined. */
export function currentGen(root: string): string | undefined {
  const cur = join(hearthOf(root), "current");
  if (!existsSync(cur) && !isLink(cur)) return undefined;
  return readlinkSync(cur).replace(/^gens\//, "");
}

export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export interface HistoryLine {
  readonly epoch: number;
  readonly action: string;
  readonly gen: string;
}
export function history(root: string): HistoryLine[] {
  const f = join(hearthOf(root), "history");
  if (!existsSync(f)) return [];
  return readFileSync(f, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [epoch, action, gen] = l.split("\t");
      return { epoch: Number(epoch), action: action!, gen: gen! };
    });
}

/** Generations unpacked in gens/ (without leftovers), sorted. */
export function gens(root: string): string[] {
  const d = join(hearthOf(root), "gens");
  return existsSync(d) ? readdirSync(d).sort() : [];
}

/**
 * Every path under `dir` (not following symlinks) as
 * "path kind mode owner digest" lines, sorted: equal snapshots mean nothing
 * changed (mtimes are ignored on purpose).
 */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(p);
      const mode = (st.mode & 0o7777).toString(8).padStart(4, "0");
      const own = `${st.uid}:${st.gid}`;
      if (st.isSymbolicLink()) out.push(`${r} l ${mode} ${own} -> ${readlinkSync(p)}`);
      else if (st.isDirectory()) {
        out.push(`${r} d ${mode} ${own}`);
        walk(p, r);
      } else out.push(`${r} f ${mode} ${own} ${createHash("sha256").update(readFileSync(p)).digest("hex").slice(0, 16)}`);
    }
  };
  if (existsSync(dir)) walk(dir, "");
  return out;
}

/** The unit plan lines ("action\tunit\treason") of an installer's stdout. */
export function planLines(stdout: string): string[] {
  return stdout.split("\n").filter((l) => l.split("\t").length === 3);
}

/** "step <n> <name>" lines of a HEARTH_TRACE_STEPS run. */
export function steps(stderr: string): { n: number; name: string }[] {
  return stderr
    .split("\n")
    .map((l) => /^step (\d+) (.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ n: Number(m[1]), name: m[2]! }));
}

/** A copy of `src` (cp -a keeps links, modes, owners). */
export function copyTree(src: string, dst: string): void {
  sh("cp", ["-a", src, dst]);
}

export const isRoot = (): boolean => process.getuid?.() === 0;
