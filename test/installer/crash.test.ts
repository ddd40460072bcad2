// Kill the installer at every step (SIGKILL via HEARTH_CRASH_AT) of an install
// and of a rollback: after each kill `current` is the old or the new
// generation and verifies; the next run finishes the job and ends in exactly
// the state an uninterrupted run reaches.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { makeFixture, siteV1, siteV2, siteV3, type Fixture } from "../support/bundle-fixture.ts";
import {
  cleanupTemps,
  copyTree,
  currentGen,
  ensureShells,
  hearthOf,
  history,
  prefixOf,
  runInstaller,
  SHELLS,
  snapshot,
  steps,
  tempDir,
  type Shell,
} from "../support/installer-harness.ts";

let v1: Fixture;
let v2: Fixture;
let v3: Fixture;

before(async () => {
  ensureShells();
  const out = tempDir("hearth-fx-");
  const [a, b, c] = [siteV1(), siteV2(), siteV3()];
  v1 = await makeFixture(join(out, "v1"), a.entries, a.units);
  v2 = await makeFixture(join(out, "v2"), b.entries, b.units);
  v3 = await makeFixture(join(out, "v3"), c.entries, c.units);
});
after(cleanupTemps);

interface Scenario {
  readonly name: string;
  /** builds the starting root */
  readonly setup: (root: string) => void;
  readonly script: () => string;
  readonly args: readonly string[];
  readonly oldGen: () => string | undefined;
  readonly newGen: () => string;
  readonly action: string;
}

const inst = (fx: Fixture, root: string, ...args: string[]) => {
  const r = runInstaller(SHELLS[0]!, fx.installSh, ["--root", root, ...args]);
  assert.equal(r.code, 0, r.all);
};

const SCENARIOS: readonly Scenario[] = [
  {
    // fresh root shaped like Debian, with a foreign file: mkdirs, rmdirs, adoption, links
    name: "a first install with --adopt over Debian's empty dirs",
    setup: (root) => {
      const P = prefixOf(root);
      for (const d of ["bin", "lib/python3.11/dist-packages", "share/man", "etc/app"]) mkdirSync(join(P, d), { recursive: true });
      writeFileSync(join(P, "etc/app/mine.conf"), "precious\n");
    },
    script: () => v1.installSh,
    args: ["--adopt"],
    oldGen: () => undefined,
    newGen: () => v1.gen,
    action: "install",
  },
  {
    // v3 then v1 installed: the upgrade to v2 links sbin/, unlinks share/, prunes v3
    name: "an upgrade that adds and drops top-level dirs and prunes",
    setup: (root) => {
      inst(v3, root);
      inst(v1, root);
    },
    script: () => v2.installSh,
    args: ["--keep", "2"],
    oldGen: () => v1.gen,
    newGen: () => v2.gen,
    action: "install",
  },
  {
    // v1 then v2 installed: rolling back re-links share/ (an empty dir by then) and unlinks sbin/
    name: "a rollback",
    setup: (root) => {
      inst(v1, root);
      inst(v2, root);
    },
    script: () => v2.installSh,
    args: ["rollback", "@v1"],
    oldGen: () => v2.gen,
    newGen: () => v1.gen,
    action: "rollback",
  },
];

/** The state that matters, without install times and adoption stamps. */
const normalized = (root: string): string[] =>
  snapshot(root)
    .filter((l) => !l.startsWith("usr/local/.hearth/history "))
    .map((l) => l.replace(/adopted\/\d{8}T\d{6}Z(\.\d+)?/, "adopted/STAMP"));

const argsOf = (s: Scenario, root: string): string[] => [...s.args.map((a) => (a === "@v1" ? v1.gen : a)), "--root", root];

function checkScenario(shell: Shell, s: Scenario): void {
  const base = join(tempDir("hearth-crash-"), "root");
  mkdirSync(base);
  s.setup(base);
  const baseHistory = history(base).map((h) => `${h.action} ${h.gen}`);

  // the uninterrupted run: how many steps, and where it ends
  const ref = join(tempDir(), "root");
  copyTree(base, ref);
  const traced = runInstaller(shell, s.script(), argsOf(s, ref), { env: { HEARTH_TRACE_STEPS: "1" } });
  assert.equal(traced.code, 0, traced.all);
  const trace = steps(traced.stderr);
  assert.ok(trace.length >= 8, `too few steps traced:\n${traced.stderr}`);
  assert.deepEqual(trace.map((t) => t.n), trace.map((_, i) => i + 1), "steps are numbered 1..N");
  assert.ok(trace.some((t) => t.name === "switch"));
  const want = normalized(ref);
  const wantHistory = [...baseHistory, `${s.action} ${s.newGen()}`];
  assert.deepEqual(history(ref).map((h) => `${h.action} ${h.gen}`), wantHistory);

  for (const { n, name } of trace) {
    const where = `${shell.name}, ${s.name}, killed at step ${n} (${name})`;
    const root = join(tempDir(), "root");
    copyTree(base, root);

    // WHEN the installer is killed at step n
    const k = runInstaller(shell, s.script(), argsOf(s, root), { env: { HEARTH_CRASH_AT: String(n) } });
    assert.equal(k.signal, "SIGKILL", `${where}: not killed\n${k.all}`);

    // THEN current is the old or the new generation, complete
    const cur = currentGen(root);
    assert.ok(cur === s.oldGen() || cur === s.newGen(), `${where}: current is ${cur}`);
    if (cur !== undefined) {
      const v = runInstaller(shell, s.script(), ["verify", "--root", root]);
      assert.equal(v.code, 0, `${where}: verify failed\n${v.all}`);
    }
    if (s.args.includes("--adopt")) {
      // the user's file is either in place or in the backup: never lost, never both
      const inPlace = existsSync(join(prefixOf(root), "etc/app/mine.conf"));
      const adopted = join(hearthOf(root), "adopted");
      const inBackup = existsSync(adopted) && readdirSync(adopted).some((st) => existsSync(join(adopted, st, "etc/app/mine.conf")));
      assert.ok(inPlace !== inBackup, `${where}: mine.conf in place: ${inPlace}, in backup: ${inBackup}`);
    }

    // WHEN run again THEN it finishes: exactly the uninterrupted end state and history
    const again = runInstaller(shell, s.script(), argsOf(s, root));
    assert.equal(again.code, 0, `${where}: rerun failed\n${again.all}`);
    assert.equal(currentGen(root), s.newGen(), where);
    assert.deepEqual(normalized(root), want, `${where}: end state differs from an uninterrupted run`);
    assert.deepEqual(history(root).map((h) => `${h.action} ${h.gen}`), wantHistory, `${where}: history`);
    assert.ok(
      readFileSync(join(hearthOf(root), "history"), "utf8").split("\n").slice(0, -1).every((l) => /^\d+\t\w+\t[0-9a-f]{16}$/.test(l)),
      `${where}: torn history line`,
    );
  }
}

for (const shell of SHELLS) {
  describe(`kill at every step under ${shell.name}`, () => {
    for (const s of SCENARIOS) {
      test(s.name, () => checkScenario(shell, s));
    }
  });
}
