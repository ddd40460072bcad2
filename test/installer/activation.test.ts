// install.sh activate / status / confirm / abort (ACTIVATION.md): a detached
// worker switches, settles the units, waits for a confirmation and rolls back
// on abort, timeout or a failed unit. Temporary roots; a fake systemctl,
// journalctl and systemd-run where services matter (HEARTH_TEST_SYSTEMD=1).
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { makeFixture, siteV1, siteV2, type Fixture } from "../support/bundle-fixture.ts";
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
  isLink,
  journalFile,
  journalOf,
  prefixOf,
  runInstaller,
  SHELLS,
  snapshot,
  steps,
  tempDir,
  waitForLockFree,
  waitForState,
  type Shell,
} from "../support/installer-harness.ts";

let v1: Fixture;
let v2: Fixture;
/** a root with v1 installed, copied by each test */
let base1: string;

before(async () => {
  ensureShells();
  const out = tempDir("hearth-fx-");
  const [a, b] = [siteV1(), siteV2()];
  v1 = await makeFixture(join(out, "v1"), a.entries, a.units);
  v2 = await makeFixture(join(out, "v2"), b.entries, b.units);
  base1 = join(tempDir(), "root");
  assert.equal(runInstaller(DASH, v1.installSh, ["--root", base1]).code, 0);
});
after(cleanupTemps);

const fresh1 = (): string => {
  const root = join(tempDir(), "root");
  copyTree(base1, root);
  return root;
};

/** `activate` of fx's uncompressed bundle (as the shipper sends it); returns the activation id. */
function activate(shell: Shell, fx: Fixture, root: string, args: string[] = [], env: Record<string, string> = {}): string {
  const r = runInstaller(shell, fx.installSh, ["activate", "--bundle", fx.tar, "--root", root, ...args], { env });
  assert.equal(r.code, 0, r.all);
  const m = /^activation (\S+) started$/m.exec(r.stdout);
  assert.ok(m, `no "activation ID started" line:\n${r.all}`);
  return m[1]!;
}

const events = (root: string): string[] => (journalFile(root, "events") ?? "").split("\n").filter(Boolean).map((l) => l.split("\t")[1]!);

for (const shell of SHELLS) {
  describe(`activation under ${shell.name}`, () => {
    test("activate returns at once; confirm keeps the new generation: done", () => {
      // GIVEN v1 installed
      const root = fresh1();
      // WHEN v2 is activated (uncompressed bundle) and the worker awaits confirmation
      const t0 = Date.now();
      const id = activate(shell, v2, root, ["--confirm-timeout", "20"]);
      assert.ok(Date.now() - t0 < 3000, "activate returned at once");
      assert.match(id, new RegExp(`^${v2.gen}-\\d+-\\d+$`));
      waitForState(root, ["awaiting-confirmation"]);
      // THEN v2 is already current, and status says who is waiting for what
      assert.equal(currentGen(root), v2.gen);
      const during = activationStatus(shell, v2.installSh, root);
      assert.equal(during.id, id);
      assert.equal(during.state, "awaiting-confirmation");
      assert.match(during.last_event!, /^\d+\tawaiting-confirmation\tup to 20 s$/);
      // WHEN confirmed THEN confirm answers once the worker took it, and the activation is done
      const c = runInstaller(shell, v2.installSh, ["confirm", id, "--root", root]);
      assert.equal(c.code, 0, c.all);
      assert.equal(c.stdout, `activation ${id} confirmed\n`);
      assert.equal(waitForState(root), "done");
      assert.equal(currentGen(root), v2.gen);
      assert.deepEqual(events(root), [
        "started",
        "verified",
        "packages",
        "unpacked",
        "switched",
        "services",
        "settled",
        "awaiting-confirmation",
        "confirmed",
        "done",
      ]);
      const st = activationStatus(shell, v2.installSh, root);
      assert.equal(st.old, v1.gen);
      assert.equal(st.new, v2.gen);
      assert.equal(st.reason, "");
      assert.deepEqual([st.files_added, st.files_changed, st.files_removed], ["5", "4", "5"]);
      assert.deepEqual([st.started, st.restarted, st.reloaded, st.stopped], ["2", "2", "1", "1"]);
      // the worker's output is in the journal's log; it let go of the lock
      assert.match(journalFile(root, "log")!, /plan: \S+ -> \S+: 5 added/);
      waitForLockFree(root);
      assert.ok(!existsSync(join(prefixOf(root), ".hearth/lock")));
      assert.equal(runInstaller(shell, v2.installSh, ["verify", "--root", root]).code, 0);
    });

    test("abort rolls back at once, with the reason", () => {
      // GIVEN v2 being activated over v1, awaiting confirmation
      const root = fresh1();
      const id = activate(shell, v2, root, ["--confirm-timeout", "20"]);
      waitForState(root, ["awaiting-confirmation"]);
      // WHEN the shipper aborts it (a health check failed)
      const a = runInstaller(shell, v2.installSh, ["abort", id, "http", "check:", "GET", "/", "said", "500", "--root", root]);
      assert.equal(a.code, 0, a.all);
      // THEN it is rolled back to v1, saying why; v1 is live and verifies
      assert.equal(waitForState(root), "rolled-back");
      const st = activationStatus(shell, v2.installSh, root);
      assert.equal(st.reason, "aborted: http check: GET / said 500");
      assert.equal(currentGen(root), v1.gen);
      assert.deepEqual(history(root).map((h) => `${h.action} ${h.gen}`), [`install ${v1.gen}`, `install ${v2.gen}`, `rollback ${v1.gen}`]);
      assert.deepEqual(events(root).slice(-6), ["awaiting-confirmation", "aborted", "rolling-back", "switched", "services", "rolled-back"]);
      assert.equal(runInstaller(shell, v1.installSh, ["verify", "--root", root]).code, 0);
      // and a late confirmation says it came too late
      const c = runInstaller(shell, v2.installSh, ["confirm", id, "--root", root]);
      assert.equal(c.code, 1);
      assert.match(c.stderr, /has already ended: rolled-back \(aborted: http check/);
    });

    test("no confirmation in time rolls back", () => {
      // GIVEN v1 installed WHEN v2 is activated with a 1 s timeout and nobody confirms
      const root = fresh1();
      const t0 = Date.now();
      activate(shell, v2, root, ["--confirm-timeout", "1"]);
      // THEN after at least a second it is rolled back to v1
      assert.equal(waitForState(root), "rolled-back");
      assert.ok(Date.now() - t0 >= 1000, "waited for the timeout");
      assert.equal(activationStatus(shell, v2.installSh, root).reason, "no confirmation within 1 s");
      assert.ok(events(root).includes("timeout"));
      assert.equal(currentGen(root), v1.gen);
    });

    test("a first activation that is rolled back uninstalls: empty top-level dirs, no current", () => {
      // GIVEN Debian's empty /usr/local dirs and nothing installed
      const root = join(tempDir(), "root");
      for (const d of ["bin", "share/man"]) mkdirSync(join(prefixOf(root), d), { recursive: true });
      // WHEN v1 is activated and not confirmed
      activate(shell, v1, root, ["--confirm-timeout", "0"]);
      assert.equal(waitForState(root), "rolled-back");
      // THEN nothing is current, every top-level link is an empty directory again
      assert.equal(currentGen(root), undefined);
      const P = prefixOf(root);
      for (const top of ["bin", "etc", "lib", "share"]) {
        assert.ok(!isLink(join(P, top)) && statSync(join(P, top)).isDirectory(), top);
        assert.deepEqual(readdirSync(join(P, top)), [], top);
      }
      assert.equal(activationStatus(shell, v1.installSh, root).old, "");
      assert.deepEqual(history(root).map((h) => h.action), ["install", "uninstall"]);
      assert.match(journalFile(root, "log")!, /plan: \S+ -> nothing: 0 added, 0 changed, 27 removed path\(s\)/);
      // WHEN activated again and confirmed THEN it is installed (the kept generation is reused)
      const id = activate(shell, v1, root, ["--confirm-timeout", "20"]);
      waitForState(root, ["awaiting-confirmation"]);
      assert.equal(runInstaller(shell, v1.installSh, ["confirm", id, "--root", root]).code, 0);
      assert.equal(currentGen(root), v1.gen);
      assert.deepEqual(history(root).map((h) => h.action), ["install", "uninstall", "install"]);
      assert.match(journalFile(root, "log")!, /reusing generation/);
    });
  });
}

describe("activation (dash only)", () => {
  const sh = DASH;

  test("status: state=none before any activation, then id, state, result lines and last_event", () => {
    // GIVEN a root that never saw an activation WHEN status THEN exactly state=none, exit 0
    const root = fresh1();
    const none = runInstaller(sh, v1.installSh, ["status", "--root", root]);
    assert.equal(none.code, 0);
    assert.equal(none.stdout, "state=none\n");
    // WHEN an activation awaits confirmation THEN id, state, last_event (no result yet)
    const id = activate(sh, v2, root, ["--confirm-timeout", "20"]);
    waitForState(root, ["awaiting-confirmation"]);
    const during = activationStatus(sh, v2.installSh, root).raw;
    assert.match(during, new RegExp(`^id=${id}\nstate=awaiting-confirmation\nlast_event=\\d+\tawaiting-confirmation\tup to 20 s\n$`));
    // WHEN it ended THEN every result line, in the order of ACTIVATION.md
    runInstaller(sh, v2.installSh, ["abort", id, "no", "--root", root]);
    waitForState(root);
    const keys = activationStatus(sh, v2.installSh, root)
      .raw.split("\n")
      .filter(Boolean)
      .map((l) => l.slice(0, l.indexOf("=")));
    assert.deepEqual(keys, [
      "id",
      "state",
      "old",
      "new",
      "files_added",
      "files_changed",
      "files_removed",
      "started",
      "restarted",
      "reloaded",
      "stopped",
      "reason",
      "failed_units",
      "last_event",
    ]);
  });

  test("a second activate while one runs is refused, as are install and rollback; nothing changes", () => {
    // GIVEN v2 being activated, awaiting confirmation
    const root = fresh1();
    const id = activate(sh, v2, root, ["--confirm-timeout", "20"]);
    waitForState(root, ["awaiting-confirmation"]);
    const before = snapshot(root);
    // WHEN another activate, an install or a rollback starts
    const again = runInstaller(sh, v1.installSh, ["activate", "--root", root]);
    const inst = runInstaller(sh, v1.installSh, ["--root", root]);
    const rb = runInstaller(sh, v1.installSh, ["rollback", "--root", root]);
    // THEN each refuses, naming the running activation, and the journal is untouched
    assert.equal(again.code, 1);
    assert.match(again.stderr, new RegExp(`activation ${id} is still running \\(state awaiting-confirmation\\); nothing was changed`));
    for (const r of [inst, rb]) {
      assert.equal(r.code, 1, r.all);
      assert.match(r.stderr, new RegExp(`activation ${id} is running \\(state awaiting-confirmation; its worker, pid \\d+, holds`));
    }
    assert.deepEqual(snapshot(root), before);
    assert.equal(runInstaller(sh, v2.installSh, ["confirm", id, "--root", root]).code, 0);
  });

  test("confirm and abort say why they refuse: wrong id, not awaiting yet, already ended, no activation", () => {
    const root = fresh1();
    const nothing = runInstaller(sh, v1.installSh, ["confirm", "x-1-1", "--root", root]);
    assert.equal(nothing.code, 1);
    assert.match(nothing.stderr, /no activation to confirm/);
    const id = activate(sh, v2, root, ["--confirm-timeout", "20"]);
    waitForState(root, ["awaiting-confirmation"]);
    const wrong = runInstaller(sh, v1.installSh, ["confirm", "x-1-1", "--root", root]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, new RegExp(`activation x-1-1 is not the current one \\(the last activation is ${id}\\)`));
    assert.equal(runInstaller(sh, v1.installSh, ["abort", id, "--root", root]).code, 2, "abort needs a reason");
    assert.equal(runInstaller(sh, v1.installSh, ["confirm", "--root", root]).code, 2, "confirm needs an id");
    assert.equal(runInstaller(sh, v1.installSh, ["confirm", id, "--root", root]).code, 0);
    const late = runInstaller(sh, v1.installSh, ["abort", id, "too", "late", "--root", root]);
    assert.equal(late.code, 1);
    assert.match(late.stderr, new RegExp(`activation ${id} has already ended: done; nothing to abort`));
  });

  test("--no-confirm ends done once the units settled; the installed generation is done at once", () => {
    const root = fresh1();
    activate(sh, v2, root, ["--no-confirm"]);
    assert.equal(waitForState(root), "done");
    assert.ok(!events(root).includes("awaiting-confirmation"));
    assert.equal(currentGen(root), v2.gen);
    // WHEN the same bundle is activated again THEN done with nothing to do, old = new
    activate(sh, v2, root);
    assert.equal(waitForState(root), "done");
    const st = activationStatus(sh, v2.installSh, root);
    assert.equal(st.old, v2.gen);
    assert.equal(st.new, v2.gen);
    assert.deepEqual(events(root), ["started", "verified", "done"]);
    assert.equal(history(root).length, 2);
  });

  test("activate --rollback goes back and waits for confirmation; unconfirmed, it returns", () => {
    // GIVEN v1 then v2 installed
    const root = fresh1();
    assert.equal(runInstaller(sh, v2.installSh, ["--root", root]).code, 0);
    // WHEN rolled back as an activation, not confirmed
    const id = runInstaller(sh, v2.installSh, ["activate", "--rollback", "--confirm-timeout", "0", "--root", root]);
    assert.equal(id.code, 0, id.all);
    assert.match(id.stdout, /^activation rollback-\d+-\d+ started$/m);
    // THEN it went to v1 and, unconfirmed, back to v2
    assert.equal(waitForState(root), "rolled-back");
    assert.deepEqual(history(root).map((h) => `${h.action} ${h.gen}`).slice(-2), [`rollback ${v1.gen}`, `rollback ${v2.gen}`]);
    assert.equal(currentGen(root), v2.gen);
    // WHEN rolled back to an explicit generation and confirmed THEN it stays there
    const r = runInstaller(sh, v2.installSh, ["activate", "--rollback", v1.gen, "--root", root]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const rid = /^activation (\S+) started$/m.exec(r.stdout)![1]!;
    waitForState(root, ["awaiting-confirmation"]);
    assert.equal(runInstaller(sh, v2.installSh, ["confirm", rid, "--root", root]).code, 0);
    assert.equal(currentGen(root), v1.gen);
    assert.equal(activationStatus(sh, v2.installSh, root).new, v1.gen);
    // an unknown generation is refused at once
    const bad = runInstaller(sh, v2.installSh, ["activate", "--rollback", "0123456789abcdef", "--root", root]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /unknown generation '0123456789abcdef'/);
  });

  test("an error after the switch rolls back; an error in the rollback ends failed with both reasons", () => {
    // GIVEN v1 installed, and something in the way of turning share/'s link back into a directory
    const root = fresh1();
    mkdirSync(join(hearthOf(root), "old-link.share/x"), { recursive: true });
    // WHEN v2 (which drops share/) is activated THEN the worker dies after the switch, and rolls back
    activate(sh, v2, root, ["--confirm-timeout", "20"]);
    assert.equal(waitForState(root), "rolled-back");
    assert.match(activationStatus(sh, v2.installSh, root).reason!, /^cannot move the link \S+\/share$/);
    assert.equal(currentGen(root), v1.gen);
    waitForLockFree(root);
    assert.equal(runInstaller(sh, v1.installSh, ["verify", "--root", root]).code, 0);

    // GIVEN v2 activated over v1 again, and v1's kept files altered meanwhile
    rmSync(join(hearthOf(root), "old-link.share"), { recursive: true });
    const id = activate(sh, v2, root, ["--confirm-timeout", "20"]);
    waitForState(root, ["awaiting-confirmation"]);
    chmodSync(join(hearthOf(root), "gens", v1.gen, "etc/motd"), 0o600);
    // WHEN aborted THEN the rollback refuses v1, the activation fails with both reasons, v2 stays
    assert.equal(runInstaller(sh, v2.installSh, ["abort", id, "check", "failed", "--root", root]).code, 0);
    assert.equal(waitForState(root), "failed");
    assert.equal(
      activationStatus(sh, v2.installSh, root).reason,
      `aborted: check failed; the rollback failed: generation ${v1.gen} does not match its manifest:`,
    );
    assert.equal(currentGen(root), v2.gen);
    waitForLockFree(root);
    assert.ok(!existsSync(join(hearthOf(root), "lock")), "the worker let go of the lock");
  });

  test("an activation whose worker was killed after the switch is rolled back by the next install", () => {
    // GIVEN v2 activated over v1, its worker killed right after the switch (HEARTH_CRASH_AT)
    const traced = fresh1();
    activate(sh, v2, traced, ["--no-confirm"], { HEARTH_TRACE_STEPS: "1" });
    waitForState(traced);
    const at = steps(journalFile(traced, "log")!).find((t) => t.name === "history")!.n;
    const root = fresh1();
    const id = activate(sh, v2, root, ["--no-confirm"], { HEARTH_CRASH_AT: String(at) });
    waitForLockFree(root);
    assert.equal(currentGen(root), v2.gen);
    assert.equal(activationStatus(sh, v2.installSh, root).worker, "gone");
    // WHEN v1's kept copy is damaged and v2 is installed THEN finishing the activation fails (with both reasons)
    chmodSync(join(hearthOf(root), "gens", v1.gen, "etc/motd"), 0o600);
    const bad = runInstaller(sh, v2.installSh, ["--root", root]);
    assert.equal(bad.code, 1, bad.all);
    assert.match(bad.stderr, new RegExp(`the worker of activation ${id} stopped \\(last event: switched\\); finishing that activation first`));
    const st = activationStatus(sh, v2.installSh, root);
    assert.equal(st.state, "failed");
    assert.equal(st.reason, `the worker of activation ${id} stopped (last event: switched) before it was confirmed; the rollback failed: generation ${v1.gen} does not match its manifest:`);
    // and the next install is not held up by it: v2 is installed (already current)
    const again = runInstaller(sh, v2.installSh, ["--root", root]);
    assert.equal(again.code, 0, again.all);
    assert.match(again.stderr, /already installed/);

    // GIVEN the same kill, v1 intact WHEN v1 is installed THEN the activation is first rolled back, then v1 is already there
    const root2 = fresh1();
    activate(sh, v2, root2, ["--no-confirm"], { HEARTH_CRASH_AT: String(at) });
    waitForLockFree(root2);
    const r = runInstaller(sh, v1.installSh, ["--root", root2]);
    assert.equal(r.code, 0, r.all);
    assert.match(r.stderr, new RegExp(`rolling back: ${v2.gen} -> ${v1.gen}\n(.*\n)*hearth: installed: ${v1.gen}\n$`));
    assert.equal(activationStatus(sh, v1.installSh, root2).state, "rolled-back");
    assert.equal(currentGen(root2), v1.gen);
    assert.equal(runInstaller(sh, v1.installSh, ["verify", "--root", root2]).code, 0);
  });

  test("a bundle that does not match its checksum is refused at once; the journal is untouched", () => {
    const root = fresh1();
    const before = snapshot(root);
    const r = runInstaller(sh, v2.installSh, ["activate", "--bundle", v1.tar, "--root", root]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bundle\.tar is corrupt or truncated \(sha256 [0-9a-f]{64}, expected [0-9a-f]{64}\); nothing was changed/);
    assert.deepEqual(snapshot(root), before);
    assert.ok(!existsSync(journalOf(root)));
  });
});

describe("activation with systemd (fake systemctl, journalctl, systemd-run)", () => {
  const sh = DASH;

  test("the worker runs as a transient unit; a unit that fails rolls back, its journal lines in units.log", () => {
    // GIVEN v1 installed, systemd "running", and hello.service failing once v2 restarts it
    const root = fresh1();
    const fake = fakeSystemd();
    fake.setState("hello.service", "activating", "failed", "active");
    // WHEN v2 is activated
    const id = activate(sh, v2, root, [], fake.env);
    // THEN it was started through systemd-run as a collected transient unit
    const [run] = fake.runs();
    assert.ok(run, "systemd-run was called");
    assert.match(run, new RegExp(`^--unit=hearth-activation-${v2.gen.slice(0, 8)}-${id.slice(17)} --collect --quiet --description=hearth activation ${id} --setenv=PATH=\\S+ `));
    assert.match(run, new RegExp(`--setenv=HEARTH_TEST_SYSTEMD=1 .*-- \\S+ ${journalOf(root)}/install.sh worker --id ${id} `));
    // THEN the failed unit rolls it back to v1 before any confirmation is awaited
    assert.equal(waitForState(root), "rolled-back");
    const st = activationStatus(sh, v2.installSh, root, { env: fake.env });
    assert.equal(st.reason, "units failed: hello.service");
    assert.equal(st.failed_units, "hello.service");
    assert.ok(!events(root).includes("awaiting-confirmation"));
    assert.equal(currentGen(root), v1.gen);
    assert.equal(journalFile(root, "units.log"), [1, 2, 3].map((n) => `Nov 25 12:00:0${n} box hello.service[42]: fake journal line ${n}\n`).reduce((a, l) => a + l, "== hello.service ==\n"));
    // the units were polled until settled, and the rollback re-applied v1's plan
    const calls = fake.calls();
    const polls = calls.filter((c) => c.startsWith("is-active "));
    assert.ok(polls.length >= 2, calls.join("\n"));
    assert.equal(polls[0], "is-active hello.service late.service new.service ssh.service web.service");
    const rollbackCalls = calls.slice(calls.indexOf(polls[1]!) + 1);
    assert.deepEqual(rollbackCalls.filter((c) => !c.startsWith("is-active") && !c.startsWith("reset-failed")), [
      "daemon-reload",
      "stop late.service",
      "stop new.service",
      "restart hello.service",
      "try-restart ssh.service",
      "reload-or-restart web.service",
      "start gone.service",
    ]);
  });

  test("a systemctl action that fails rolls back too; a unit that never settles counts as failed", () => {
    const root = fresh1();
    const fake = fakeSystemd();
    fake.failOn("start new.service");
    fake.setState("late.service", "activating");
    activate(sh, v2, root, [], { ...fake.env, HEARTH_SETTLE_TIMEOUT: "1" });
    assert.equal(waitForState(root), "rolled-back");
    const st = activationStatus(sh, v2.installSh, root);
    assert.equal(st.reason, "units did not settle within 1 s: late.service; services failed: start new.service (exit 3)");
    assert.equal(st.failed_units, "late.service new.service");
    assert.match(journalFile(root, "units.log")!, /^== late\.service ==\n(.*\n){3}== new\.service ==\n/);
  });

  test("units that settle after a while: awaiting confirmation, confirmed, done", () => {
    const root = fresh1();
    const fake = fakeSystemd();
    fake.setState("web.service", "reloading", "reloading", "active");
    const id = activate(sh, v2, root, ["--confirm-timeout", "20"], fake.env);
    waitForState(root, ["awaiting-confirmation"]);
    assert.equal(fake.calls().filter((c) => c.startsWith("is-active")).length, 3);
    assert.equal(runInstaller(sh, v2.installSh, ["confirm", id, "--root", root], { env: fake.env }).code, 0);
    assert.equal(waitForState(root), "done");
    assert.equal(readFileSync(join(journalOf(root), "result"), "utf8").includes("failed_units=\n"), true);
  });
});
