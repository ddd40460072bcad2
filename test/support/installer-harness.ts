// Helpers for the installer tests: temporary roots, running install.sh under a
// given shell, and reading the installed tree back.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
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

// --- activation (ACTIVATION.md) -------------------------------------------------

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
export function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

/** The activation journal of a --root install. */
export const journalOf = (root: string): string => join(root, "run/hearth/activation");

/** A journal file's text, or undefined. */
export function journalFile(root: string, name: string): string | undefined {
  const f = join(journalOf(root), name);
  return existsSync(f) ? readFileSync(f, "utf8") : undefined;
}

export const FINAL_STATES = ["done", "rolled-back", "failed"] as const;

/** `install.sh status` as a map (key -> value), plus its raw stdout. */
export function activationStatus(shell: Shell, script: string, root: string, opts: RunOptions = {}): { raw: string; [key: string]: string } {
  const r = runInstaller(shell, script, ["status", "--root", root], opts);
  if (r.code !== 0) throw new Error(`status exited ${r.code}: ${r.all}`);
  const out: { raw: string; [key: string]: string } = { raw: r.stdout };
  for (const line of r.stdout.split("\n").filter(Boolean)) {
    const i = line.indexOf("=");
    out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

/** Waits until the journal's state is one of `states` (default: a final one); returns it. */
export function waitForState(root: string, states: readonly string[] = FINAL_STATES, timeoutMs = 20_000): string {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const st = journalFile(root, "state")?.trim() ?? "";
    if (states.includes(st)) return st;
    if (Date.now() > deadline) {
      throw new Error(`activation state is ${st || "(none)"}, not ${states.join("|")}, after ${timeoutMs} ms\nlog:\n${journalFile(root, "log") ?? ""}`);
    }
    sleepSync(10);
  }
}

/** True while `pid` is a live process (not gone, not a zombie). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

/** No lock, or one whose holder is gone (killed). A lock being removed (no pid file yet/any more) is still held. */
function lockFree(root: string): boolean {
  const lock = join(hearthOf(root), "lock");
  if (!existsSync(lock)) return true;
  let pid = NaN;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8").trim());
  } catch {}
  return Number.isInteger(pid) && pid > 0 && !alive(pid);
}

/** Waits until no live process holds the installer lock of `root` (a worker ended or was killed). */
export function waitForLockFree(root: string, timeoutMs = 20_000): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (lockFree(root)) return;
    if (Date.now() > deadline) throw new Error(`the lock of ${root} is still held after ${timeoutMs} ms`);
    sleepSync(10);
  }
}

function writeExe(path: string, text: string): void {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

export interface FakeSystemd {
  /** a directory to put first in PATH */
  readonly bin: string;
  /** env for runInstaller: HEARTH_TEST_SYSTEMD=1 and PATH */
  readonly env: Record<string, string>;
  /** every systemctl call ("restart hello.service", "is-active a b"), in order */
  calls(): string[];
  /** the argv of every systemd-run call */
  runs(): string[];
  /** `is-active` answers `states` for `unit`, one per call, the last one from then on */
  setState(unit: string, ...states: string[]): void;
  /** `systemctl <argv>` (e.g. "start broken.service") exits 3 */
  failOn(argv: string): void;
}

/**
 * A fake systemctl / journalctl / systemd-run for temp-root tests: systemctl
 * records its calls and answers is-active from per-unit state files (default
 * "active"); journalctl prints three lines per unit; systemd-run records its
 * argv and starts the command detached (nohup), applying --setenv.
 */
export function fakeSystemd(): FakeSystemd {
  const bin = tempDir("hearth-fake-systemd-");
  const state = join(bin, "state");
  mkdirSync(state);
  writeFileSync(join(bin, "fail"), "");
  writeExe(
    join(bin, "systemctl"),
    `#!/bin/sh
D='${bin}'
printf '%s\\n' "$*" >>"$D/calls"
if [ "$1" = is-active ]; then
	shift
	rc=0
	for u in "$@"; do
		st=active
		if [ -f "$D/state/$u" ]; then
			read -r st <"$D/state/$u"
			if [ "$(wc -l <"$D/state/$u")" -gt 1 ]; then
				tail -n +2 "$D/state/$u" >"$D/state/.tmp" && mv "$D/state/.tmp" "$D/state/$u"
			fi
		fi
		printf '%s\\n' "$st"
		[ "$st" = active ] || rc=3
	done
	exit "$rc"
fi
while IFS= read -r f; do
	[ "$f" != "$*" ] || exit 3
done <"$D/fail"
exit 0
`,
  );
  writeExe(
    join(bin, "journalctl"),
    `#!/bin/sh
printf '%s\\n' "$*" >>'${bin}/journalctl.calls'
u=''
while [ "$#" -gt 0 ]; do
	case $1 in -u) u=$2; shift ;; esac
	shift
done
for n in 1 2 3; do printf 'Nov 25 12:00:0%s box %s[42]: fake journal line %s\\n' "$n" "$u" "$n"; done
`,
  );
  writeExe(
    join(bin, "systemd-run"),
    `#!/bin/sh
printf '%s\\n' "$*" >>'${bin}/systemd-run.calls'
while [ "$#" -gt 0 ]; do
	case $1 in
	--) shift; break ;;
	--setenv=*) kv=\${1#--setenv=}; export "\${kv%%=*}=\${kv#*=}" ;;
	esac
	shift
done
nohup "$@" </dev/null >/dev/null 2>&1 &
`,
  );
  const lines = (f: string): string[] => (existsSync(f) ? readFileSync(f, "utf8").split("\n").filter(Boolean) : []);
  return {
    bin,
    env: { HEARTH_TEST_SYSTEMD: "1", PATH: `${bin}:${process.env.PATH}` },
    calls: () => lines(join(bin, "calls")),
    runs: () => lines(join(bin, "systemd-run.calls")),
    setState: (unit, ...states) => writeFileSync(join(state, unit), states.map((s) => `${s}\n`).join("")),
    failOn: (argv) => appendFileSync(join(bin, "fail"), `${argv}\n`),
  };
}

/**
 * A directory holding a fake dpkg-query: `installed` packages say "installed",
 * `removed` ones "config-files", others are unknown (dpkg-query's error, exit 1).
 * Its calls are recorded in <dir>/calls.
 */
export function fakeDpkgQuery(installed: readonly string[], removed: readonly string[] = []): string {
  const bin = tempDir("hearth-fake-dpkg-");
  writeExe(
    join(bin, "dpkg-query"),
    `#!/bin/sh
printf '%s\\n' "$*" >>'${bin}/calls'
rc=0
for a in "$@"; do
	case $a in
	-*) continue ;;
	${installed.length ? installed.join(" | ") : "''"}) printf '%s\\tinstalled\\n' "$a" ;;
	${removed.length ? removed.join(" | ") : "''"}) printf '%s\\tconfig-files\\n' "$a" ;;
	*) printf 'dpkg-query: no packages found matching %s\\n' "$a" >&2; rc=1 ;;
	esac
done
exit "$rc"
`,
  );
  return bin;
}

/** runInstaller without blocking the event loop, so that slow scenarios can run side by side. */
export function runInstallerAsync(shell: Shell, script: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const [cmd, ...pre] = shell.argv;
  scratch ??= tempDir("hearth-tmp-");
  const env: Record<string, string | undefined> = { ...process.env, TMPDIR: scratch, ...opts.env };
  if (!opts.env?.HEARTH_CRASH_AT) delete env.HEARTH_CRASH_AT;
  if (!opts.env?.HEARTH_TRACE_STEPS) delete env.HEARTH_TRACE_STEPS;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, [...pre, script, ...args], { env, cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, all: `${stdout}${stderr}` }));
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** waitForState, without blocking the event loop. */
export async function waitForStateAsync(root: string, states: readonly string[] = FINAL_STATES, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const st = journalFile(root, "state")?.trim() ?? "";
    if (states.includes(st)) return st;
    if (Date.now() > deadline) {
      throw new Error(`activation state is ${st || "(none)"}, not ${states.join("|")}, after ${timeoutMs} ms\nlog:\n${journalFile(root, "log") ?? ""}`);
    }
    await sleep(10);
  }
}

/** waitForLockFree, without blocking the event loop. */
export async function waitForLockFreeAsync(root: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (lockFree(root)) return;
    if (Date.now() > deadline) throw new Error(`the lock of ${root} is still held after ${timeoutMs} ms`);
    await sleep(10);
  }
}

/** Runs `fn` over `items` with at most `limit` at a time; rejects with the first failure. */
export async function inPool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (next < items.length && !failed) {
      try {
        await fn(items[next++]!);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  // every lane ends before this does (no installer left running behind a failure)
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const bad = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (bad) throw bad.reason;
}
