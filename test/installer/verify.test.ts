// install.sh verify: the live generation against its manifest.
import assert from "node:assert/strict";
import { appendFileSync, chmodSync, mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { makeFixture, siteV1, type Fixture } from "../support/bundle-fixture.ts";
import { cleanupTemps, copyTree, ensureShells, prefixOf, runInstaller, SHELLS, tempDir } from "../support/installer-harness.ts";

let v1: Fixture;
let base: string;

before(async () => {
  ensureShells();
  const a = siteV1();
  v1 = await makeFixture(join(tempDir("hearth-fx-"), "v1"), a.entries, a.units);
  base = join(tempDir(), "root");
  assert.equal(runInstaller(SHELLS[0]!, v1.installSh, ["--root", base]).code, 0);
});
after(cleanupTemps);

const fresh = (): string => {
  const root = join(tempDir(), "root");
  copyTree(base, root);
  return root;
};

for (const shell of SHELLS) {
  describe(`verify under ${shell.name}`, () => {
    test("a clean install verifies", () => {
      // GIVEN v1 freshly installed WHEN verified THEN exit 0 and an ok line naming the generation
      const r = runInstaller(shell, v1.installSh, ["verify", "--root", fresh()]);
      assert.equal(r.code, 0, r.all);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, new RegExp(`^hearth: ok: ${v1.gen} matches its manifest$`, "m"));
    });

    test("every kind of drift is listed, one line per path, and exits 1", () => {
      // GIVEN an installed v1 that someone edited by hand
      const root = fresh();
      const P = prefixOf(root);
      appendFileSync(join(P, "etc/motd"), "edited\n"); // content
      chmodSync(join(P, "etc/hello/hello.conf"), 0o600); // mode
      writeFileSync(join(P, "bin/extra"), "x\n"); // extra file
      mkdirSync(join(P, "share/hello/more")); // extra dir
      unlinkSync(join(P, "etc/web/web.conf")); // missing
      unlinkSync(join(P, "bin/hi"));
      symlinkSync("elsewhere", join(P, "bin/hi")); // changed link
      unlinkSync(join(P, "lib/systemd/system/idle.service"));
      mkdirSync(join(P, "lib/systemd/system/idle.service")); // kind
      writeFileSync(join(P, "lib/systemd/system/srv-my\\x2ddata.mount"), "[Mount]\n"); // content, name with a backslash
      // WHEN verified
      const r = runInstaller(shell, v1.installSh, ["verify", "--root", root]);
      // THEN each drifted path is listed, sorted, and the exit code is 1
      assert.equal(r.code, 1, r.all);
      assert.deepEqual(r.stdout.trim().split("\n"), [
        "+ bin/extra (not in manifest)",
        "~ bin/hi (target hello -> elsewhere)",
        "~ etc/hello/hello.conf (mode 0644 -> 0600)",
        "~ etc/motd (content)",
        "- etc/web/web.conf (missing)",
        "~ lib/systemd/system/idle.service (kind file -> directory)",
        "~ lib/systemd/system/srv-my\\x2ddata.mount (content)",
        "+ share/hello/more (not in manifest)",
      ]);
      assert.match(r.stderr, /drift: 8 path\(s\) of generation [0-9a-f]{16} differ from its manifest/);
    });

    test("a missing or foreign top-level link is drift", () => {
      // GIVEN v1 installed, with /usr/local/share removed and /usr/local/etc pointing elsewhere
      const root = fresh();
      const P = prefixOf(root);
      unlinkSync(join(P, "share"));
      unlinkSync(join(P, "etc"));
      symlinkSync("/etc", join(P, "etc"));
      rmSync(join(P, "bin"));
      mkdirSync(join(P, "bin"));
      // WHEN verified THEN all three are reported
      const r = runInstaller(shell, v1.installSh, ["verify", "--root", root]);
      assert.equal(r.code, 1);
      assert.deepEqual(r.stdout.trim().split("\n"), [
        "~ bin (top-level is not a link to .hearth/current/bin)",
        "~ etc (top-level link points to /etc, expected .hearth/current/etc)",
        "- share (top-level link to .hearth/current/share missing)",
      ]);
    });

    test("verify with nothing installed fails and says so", () => {
      const r = runInstaller(shell, v1.installSh, ["verify", "--root", tempDir()]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /nothing is installed in/);
    });
  });
}
