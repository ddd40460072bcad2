// install.sh rollback, list and --keep pruning.
import assert from "node:assert/strict";
import { readFileSync, readlinkSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { makeFixture, siteV1, siteV2, siteV3, type Fixture } from "../support/bundle-fixture.ts";
import {
  cleanupTemps,
  copyTree,
  currentGen,
  ensureShells,
  gens,
  history,
  isLink,
  planLines,
  prefixOf,
  runInstaller,
  SHELLS,
  snapshot,
  tempDir,
  type Shell,
} from "../support/installer-harness.ts";

let v1: Fixture;
let v2: Fixture;
const more: Fixture[] = [];
/** a root with v1 then v2 installed, copied by each test */
let base12: string;

before(async () => {
  ensureShells();
  const out = tempDir("hearth-fx-");
  const a = siteV1();
  const b = siteV2();
  v1 = await makeFixture(join(out, "v1"), a.entries, a.units);
  v2 = await makeFixture(join(out, "v2"), b.entries, b.units);
  for (let n = 3; n <= 8; n++) {
    const c = siteV3(n);
    more.push(await makeFixture(join(out, `v${n}`), c.entries, c.units));
  }
  base12 = join(tempDir(), "root");
  for (const fx of [v1, v2]) assert.equal(runInstaller(SHELLS[0]!, fx.installSh, ["--root", base12]).code, 0);
});
after(cleanupTemps);

const fresh12 = (): string => {
  const root = join(tempDir(), "root");
  copyTree(base12, root);
  return root;
};
const run = (shell: Shell, root: string, ...args: string[]) => runInstaller(shell, v2.installSh, [...args, "--root", root]);

for (const shell of SHELLS) {
  describe(`rollback and list under ${shell.name}`, () => {
    test("rollback without GEN goes back to the previous generation, with links, plan and history", () => {
      // GIVEN v1 then v2 installed
      const root = fresh12();
      // WHEN rolled back
      const r = run(shell, root, "rollback");
      // THEN v1 is current again, its tree is live, the plan is the reverse of the upgrade
      assert.equal(r.code, 0, r.all);
      assert.equal(currentGen(root), v1.gen);
      const P = prefixOf(root);
      assert.equal(readFileSync(join(P, "bin/hello"), "utf8"), "#!/bin/sh\necho hello v1\n");
      assert.equal(readlinkSync(join(P, "share")), ".hearth/current/share", "share/ is linked again");
      assert.ok(!isLink(join(P, "sbin")) && statSync(join(P, "sbin")).isDirectory(), "sbin/ is an empty dir again");
      assert.deepEqual(planLines(r.stdout), [
        "start\tgone.service\tnew unit",
        "restart\thello.service\tchanged: bin/hello",
        "stop\tlate.service\tno longer wanted",
        "stop\tnew.service\tremoved",
        "try-restart\tssh.service\tchanged: lib/systemd/system/ssh.service.d/hardening.conf",
        "reload-or-restart\tweb.service\tchanged: etc/web/web.conf",
      ]);
      assert.deepEqual(history(root).map((h) => [h.action, h.gen]), [["install", v1.gen], ["install", v2.gen], ["rollback", v1.gen]]);
      assert.match(r.stderr, new RegExp(`hearth: rolled back to ${v1.gen}`));
      assert.equal(run(shell, root, "verify").code, 0);
      // WHEN rolled back again THEN it toggles back to v2 (the one before current in history)
      const again = run(shell, root, "rollback");
      assert.equal(again.code, 0, again.all);
      assert.equal(currentGen(root), v2.gen);
    });

    test("rollback GEN switches to that generation; the current one is a no-op; an unknown one lists the available", () => {
      // GIVEN v1 then v2 installed
      const root = fresh12();
      // WHEN rolling back to v1 explicitly THEN v1 is current
      assert.equal(run(shell, root, "rollback", v1.gen).code, 0);
      assert.equal(currentGen(root), v1.gen);
      // WHEN rolling "back" to the current one THEN nothing happens
      const before = snapshot(root);
      const same = run(shell, root, "rollback", v1.gen);
      assert.equal(same.code, 0);
      assert.match(same.stderr, new RegExp(`already current: ${v1.gen} \\(nothing to do\\)`));
      assert.deepEqual(snapshot(root), before);
      // WHEN rolling back to an unknown generation THEN it fails and lists what exists
      const bad = run(shell, root, "rollback", "0123456789abcdef");
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /unknown generation '0123456789abcdef'; available:/);
      assert.ok(bad.stderr.includes(v1.gen) && bad.stderr.includes(v2.gen), bad.stderr);
      assert.deepEqual(snapshot(root), before);
    });

    test("rollback with nothing installed says so", () => {
      const r = run(shell, tempDir(), "rollback");
      assert.equal(r.code, 1);
      assert.match(r.stderr, /nothing is installed in/);
    });

    test("list shows generations in install order with current and previous marked", () => {
      // GIVEN v1, v2 installed and rolled back to v1
      const root = fresh12();
      assert.equal(run(shell, root, "rollback").code, 0);
      // WHEN listing
      const r = run(shell, root, "list");
      // THEN v2 (previous) comes before v1 (current, marked *), with time and last action
      assert.equal(r.code, 0, r.all);
      const rows = r.stdout.split("\n").filter(Boolean);
      assert.equal(rows.length, 2);
      assert.match(rows[0]!, new RegExp(`^  ${v2.gen}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  install +\\(previous\\)$`));
      assert.match(rows[1]!, new RegExp(`^\\* ${v1.gen}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  rollback +\\(current\\)$`));
      // an empty root lists nothing, and says so
      const none = run(shell, tempDir(), "list");
      assert.equal(none.code, 0);
      assert.equal(none.stdout, "");
      assert.match(none.stderr, /no generations/);
    });
  });
}

describe("pruning", () => {
  for (const shell of SHELLS) {
    test(`${shell.name}: --keep N removes the oldest generations, never the current or the previous`, () => {
      // GIVEN v1, v2 installed, then rolled back to v1 (so v2 is "previous" and v1 current)
      const root = fresh12();
      assert.equal(run(shell, root, "rollback").code, 0);
      // WHEN v3..v5 are installed with --keep 2
      for (const fx of more.slice(0, 3)) assert.equal(runInstaller(shell, fx.installSh, ["--root", root, "--keep", "2"]).code, 0);
      // THEN only the current (v5) and previous (v4) remain
      assert.deepEqual(gens(root), [more[1]!.gen, more[2]!.gen].sort());
      // WHEN installing with the default keep (5) THEN up to 5 generations stay
      for (const fx of more.slice(3)) assert.equal(runInstaller(shell, fx.installSh, ["--root", root]).code, 0);
      assert.equal(gens(root).length, 5);
      // and --keep 1 still keeps the previous generation for rollback
      const k1 = runInstaller(shell, v1.installSh, ["--root", root, "--keep", "1"]);
      assert.equal(k1.code, 0, k1.all);
      assert.deepEqual(gens(root), [v1.gen, more[5]!.gen].sort());
      assert.match(k1.stderr, /removed old generation [0-9a-f]{16} \(keeping 1\)/);
      assert.equal(run(shell, root, "rollback").code, 0);
      assert.equal(currentGen(root), more[5]!.gen);
    });

    test(`${shell.name}: --keep must be a number >= 1`, () => {
      const r = runInstaller(shell, v1.installSh, ["--root", tempDir(), "--keep", "0"]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--keep needs a number >= 1/);
    });
  }
});
