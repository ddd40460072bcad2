// Kill an activation at every step (SIGKILL via HEARTH_CRASH_AT): `activate`
// and its detached worker share one step numbering, so every step of either
// (the forward switch, the services, the rollback switch, the uninstall of a
// first activation) is a kill point. After each kill `current` is the old or
// the new generation and verifies, `status` says the worker is gone, and the
// next activate (or install) finishes the interrupted activation and ends
// where an uninterrupted run ends. Small sites keep the step count (and the
// suite's time) down; the kills run six at a time.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { exe, file, makeFixture, spec, unitFile, wants, type Fixture } from "../support/bundle-fixture.ts";
import {
  activationStatus,
  cleanupTemps,
  copyTree,
  currentGen,
  DASH,
  ensureShells,
  fakeSystemd,
  hearthOf,
  history,
  inPool,
  journalFile,
  prefixOf,
  runInstaller,
  runInstallerAsync,
  snapshot,
  steps,
  tempDir,
  waitForLockFreeAsync,
  waitForStateAsync,
  type Shell,
} from "../support/installer-harness.ts";

const service = (exec: string): string => `[Service]\nExecStart=${exec}\n\n[Install]\nWantedBy=multi-user.target\n`;

/** s1: a wanted unit and its script; s2: the script changed, a second wanted unit, a new top-level dir */
let s1: Fixture;
let s2: Fixture;

before(async () => {
  ensureShells();
  const out = tempDir("hearth-fx-");
  s1 = await makeFixture(
    join(out, "s1"),
    [exe("bin/app", "#!/bin/sh\necho 1\n"), file("etc/motd", "one\n"), unitFile("app.service", service("/usr/local/bin/app")), wants("multi-user.target", "app.service")],
    [spec("app.service", ["bin/app"])],
  );
  s2 = await makeFixture(
    join(out, "s2"),
    [
      exe("bin/app", "#!/bin/sh\necho 2\n"),
      exe("sbin/helper", "#!/bin/sh\nexit 0\n"),
      file("etc/motd", "two\n"),
      unitFile("app.service", service("/usr/local/bin/app")),
      wants("multi-user.target", "app.service"),
      unitFile("helper.service", service("/usr/local/sbin/helper")),
      wants("multi-user.target", "helper.service"),
    ],
    [spec("app.service", ["bin/app"]), spec("helper.service", ["sbin/helper"])],
  );
});
after(cleanupTemps);

const inst = (fx: Fixture, root: string) => {
  const r = runInstaller(DASH, fx.installSh, ["--root", root]);
  assert.equal(r.code, 0, r.all);
};

interface ActivationScenario {
  readonly name: string;
  readonly setup: (root: string) => void;
  readonly script: () => Fixture;
  readonly args: readonly string[];
  readonly oldGen: () => string | undefined;
  readonly newGen: () => string;
  /** how the interrupted activation is finished: the same activate again, or a plain install */
  readonly rerun: "activate" | "install";
  /** where an uninterrupted run ends: the final state and current generation */
  readonly endState: string;
  readonly endGen: () => string | undefined;
  /** run with a fake systemd (services, settling, systemd-run) */
  readonly systemd?: boolean;
}

const ACTIVATIONS: readonly ActivationScenario[] = [
  {
    // forward switch, services, settle, no confirmation, rollback switch, services
    name: "an unconfirmed upgrade that rolls back (fake systemd)",
    setup: (root) => inst(s1, root),
    script: () => s2,
    args: ["--confirm-timeout", "0"],
    oldGen: () => s1.gen,
    newGen: () => s2.gen,
    rerun: "activate",
    endState: "rolled-back",
    endGen: () => s1.gen,
    systemd: true,
  },
  {
    // a first activation over Debian's empty dirs, rolled back by uninstalling
    name: "an unconfirmed first activation that uninstalls",
    setup: (root) => {
      for (const d of ["bin", "share/man"]) mkdirSync(join(prefixOf(root), d), { recursive: true });
    },
    script: () => s1,
    args: ["--confirm-timeout", "0"],
    oldGen: () => undefined,
    newGen: () => s1.gen,
    rerun: "activate",
    endState: "rolled-back",
    endGen: () => undefined,
  },
  {
    // an activation without confirmation, finished by a plain install
    name: "an upgrade with --no-confirm, finished by install",
    setup: (root) => inst(s1, root),
    script: () => s2,
    args: ["--no-confirm"],
    oldGen: () => s1.gen,
    newGen: () => s2.gen,
    rerun: "install",
    endState: "done",
    endGen: () => s2.gen,
  },
];

/** The state that matters, without install times, the activation journal and adoption stamps. */
const normalizedTree = (root: string): string[] =>
  snapshot(root).filter((l) => !l.startsWith("usr/local/.hearth/history ") && !l.startsWith("run/") && !l.startsWith("run "));

async function checkActivation(shell: Shell, s: ActivationScenario): Promise<void> {
  const base = join(tempDir("hearth-crash-"), "root");
  mkdirSync(base, { recursive: true });
  s.setup(base);
  const fake = s.systemd ? fakeSystemd() : undefined;
  const env = fake?.env ?? {};
  const args = (root: string) => ["activate", "--bundle", s.script().tar, ...s.args, "--root", root];

  // the uninterrupted run: its steps (activate's on stderr, the worker's in the journal's log) and its end
  const ref = join(tempDir(), "root");
  copyTree(base, ref);
  const traced = await runInstallerAsync(shell, s.script().installSh, args(ref), { env: { ...env, HEARTH_TRACE_STEPS: "1" } });
  assert.equal(traced.code, 0, traced.all);
  assert.equal(await waitForStateAsync(ref), s.endState, journalFile(ref, "log"));
  await waitForLockFreeAsync(ref);
  const trace = [...steps(traced.stderr), ...steps(journalFile(ref, "log") ?? "")];
  assert.deepEqual(trace.map((t) => t.n), trace.map((_, i) => i + 1), `steps are numbered 1..N across activate and its worker:\n${trace.map((t) => `${t.n} ${t.name}`).join("\n")}`);
  assert.ok(trace.some((t) => t.name === "start-worker") && trace.some((t) => t.name === "switch"));
  if (s.systemd) assert.equal(trace.filter((t) => t.name === "daemon-reload").length, 2, "services forward and back");
  if (s.endGen() === undefined) assert.ok(trace.some((t) => t.name === "uninstall-current"));
  assert.equal(currentGen(ref), s.endGen());
  const want = normalizedTree(ref);

  await inPool(trace, 6, async ({ n, name }) => {
    const where = `${shell.name}, ${s.name}, killed at step ${n} (${name})`;
    const root = join(tempDir(), "root");
    copyTree(base, root);
    // scratch dirs of its own: another lane's leftovers would add cleanup steps and shift the numbering
    const tmp = { TMPDIR: tempDir("hearth-tmp-") };

    // WHEN activate or its worker is killed at step n
    const k = await runInstallerAsync(shell, s.script().installSh, args(root), { env: { ...env, ...tmp, HEARTH_CRASH_AT: String(n), HEARTH_TRACE_STEPS: "1" } });
    if (k.signal !== "SIGKILL") assert.equal(k.code, 0, `${where}: activate failed\n${k.all}`);
    await waitForLockFreeAsync(root);
    // the kill really happened there (in activate, or in its detached worker)
    const killedAt = [...steps(k.stderr), ...steps(journalFile(root, "log") ?? "")].at(-1);
    assert.equal(killedAt?.n, n, `${where}: the last step taken was ${killedAt?.n} ${killedAt?.name}`);

    // THEN current is the old or the new generation, complete
    const cur = currentGen(root);
    assert.ok(cur === s.oldGen() || cur === s.newGen(), `${where}: current is ${cur}`);
    if (cur !== undefined) {
      const v = await runInstallerAsync(shell, s.script().installSh, ["verify", "--root", root]);
      assert.equal(v.code, 0, `${where}: verify failed\n${v.all}`);
    }
    // and status says the worker is gone if it did not finish
    const state = journalFile(root, "state")?.trim();
    if (state === "running" || state === "awaiting-confirmation") {
      assert.equal(activationStatus(shell, s.script().installSh, root).worker, "gone", `${where}: status`);
    }

    // WHEN the activation is run again (or a plain install) THEN it ends where an uninterrupted one does
    if (s.rerun === "activate") {
      const again = await runInstallerAsync(shell, s.script().installSh, args(root), { env: { ...env, ...tmp } });
      assert.equal(again.code, 0, `${where}: rerun failed\n${again.all}`);
      assert.equal(await waitForStateAsync(root), s.endState, `${where}: ${journalFile(root, "log")}`);
      await waitForLockFreeAsync(root);
    } else {
      const again = await runInstallerAsync(shell, s.script().installSh, ["--bundle", s.script().tar, "--root", root], { env: { ...env, ...tmp } });
      assert.equal(again.code, 0, `${where}: rerun failed\n${again.all}`);
      // the interrupted activation is finished, not left running
      assert.ok(["done", "rolled-back", "failed"].includes(journalFile(root, "state")?.trim() ?? "done"), `${where}: journal state`);
    }
    assert.equal(currentGen(root), s.endGen(), where);
    assert.deepEqual(normalizedTree(root), want, `${where}: end state differs from an uninterrupted run`);
    assert.ok(
      readFileSync(join(hearthOf(root), "history"), "utf8").split("\n").slice(0, -1).every((l) => /^\d+\t\w+\t[0-9a-f]{16}$/.test(l)),
      `${where}: torn history line`,
    );
    const h = history(root);
    const last = h[h.length - 1]!;
    assert.deepEqual([last.action === "uninstall", last.action === "uninstall" ? undefined : last.gen], [s.endGen() === undefined, s.endGen()], `${where}: last history line`);
  });
}

describe("kill an activation at every step under dash", () => {
  for (const s of ACTIVATIONS) {
    test(s.name, () => checkActivation(DASH, s));
  }
});
