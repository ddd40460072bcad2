// Failures: disk full, locks, bundles that do not match their own metadata,
// a damaged generation on disk.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { file, makeFixture, manifestText, siteV1, siteV2, type Fixture } from "../support/bundle-fixture.ts";
import {
  activationStatus,
  cleanupTemps,
  currentGen,
  ensureShells,
  gens,
  hearthOf,
  history,
  isRoot,
  prefixOf,
  runInstaller,
  SHELLS,
  sh,
  snapshot,
  tempDir,
  waitForLockFree,
  waitForState,
} from "../support/installer-harness.ts";

let v1: Fixture;
let v2: Fixture;
let big: Fixture;

before(async () => {
  ensureShells();
  const out = tempDir("hearth-fx-");
  const [a, b] = [siteV1(), siteV2()];
  v1 = await makeFixture(join(out, "v1"), a.entries, a.units);
  v2 = await makeFixture(join(out, "v2"), b.entries, b.units);
  // incompressible, so that it does not fit the small file system below
  big = await makeFixture(join(out, "big"), [...b.entries, file("share/blob", randomBytes(3 << 20))], b.units);
});
after(cleanupTemps);

/** A copy of `fx`'s install.sh + bundle where the bundle is replaced, with a manifest.json that accepts it. */
function rebundled(fx: Fixture, tarGz: Buffer, gen = fx.gen): string {
  const d = tempDir();
  writeFileSync(join(d, "bundle.tar.gz"), tarGz);
  const sum = createHash("sha256").update(tarGz).digest("hex");
  copyFileSync(fx.installSh, join(d, "install.sh"));
  writeFileSync(join(d, "manifest.json"), manifestText({ machine: "testbox", gen, bundleSha256: sum }));
  return join(d, "install.sh");
}

/**
 * Runs `body` with a fresh 1 MiB tmpfs as the root, unmounted afterwards. A detached
 * worker may still be leaving the file system when the test ends: unmounting is
 * retried for a few seconds instead of failing on "target is busy".
 */
function withSmallRoot(t: { skip(message: string): void }, body: (root: string) => void): void {
  if (!isRoot()) {
    t.skip("needs root to mount a small tmpfs as the root");
    return;
  }
  const root = tempDir();
  sh("mount", ["-t", "tmpfs", "-o", "size=1m", "hearth-test", root]);
  try {
    body(root);
  } finally {
    for (let i = 0; ; i++) {
      if (spawnSync("umount", [root]).status === 0) break;
      if (i === 100) sh("umount", [root]); // still busy after 5 s: fail with umount's message
      spawnSync("sleep", ["0.05"]);
    }
  }
}

for (const shell of SHELLS) {
  describe(`failures under ${shell.name}`, () => {
    test("disk full while unpacking: reported, partial generation removed, current untouched", (t) =>
      withSmallRoot(t, (root) => {
        // GIVEN a 1 MiB file system holding a v1 install
        assert.equal(runInstaller(shell, v1.installSh, ["--root", root]).code, 0);
        const before = snapshot(root);
        // WHEN a generation that does not fit is installed
        const r = runInstaller(shell, big.installSh, ["--root", root]);
        // THEN it fails, saying what failed and that nothing was switched
        assert.equal(r.code, 1, r.all);
        // (tar itself may only say "Wrote only 512 of 10240 bytes": the installer asks df and says it)
        assert.match(r.stderr, /^hearth: unpacking failed: No space left on device: the file system holding \/\S+\/usr\/local is full \(\d+ KiB were available when tar stopped\); tar said: /m);
        assert.match(r.stderr, new RegExp(`removed the partial generation; nothing was switched \\(${v1.gen} is still current\\)`));
        // and the tree is exactly as before: no half-unpacked generation, v1 current and intact
        assert.deepEqual(snapshot(root), before);
        assert.equal(currentGen(root), v1.gen);
        assert.equal(runInstaller(shell, v1.installSh, ["verify", "--root", root]).code, 0);
      }));

    test("disk full on a first install leaves the root as it was", (t) =>
      withSmallRoot(t, (root) => {
        // GIVEN an empty 1 MiB file system with Debian's empty /usr/local/bin
        mkdirSync(join(prefixOf(root), "bin"), { recursive: true });
        const before = snapshot(root);
        // WHEN the big generation is installed THEN it fails and nothing is left behind (no .hearth/)
        const r = runInstaller(shell, big.installSh, ["--root", root]);
        assert.equal(r.code, 1, r.all);
        assert.deepEqual(snapshot(root), before);
      }));

    test("disk full during an activation: state failed with the reason, nothing changed", (t) =>
      withSmallRoot(t, (root) => {
        // GIVEN a 1 MiB file system holding a v1 install
        assert.equal(runInstaller(shell, v1.installSh, ["--root", root]).code, 0);
        const before = snapshot(join(root, "usr"));
        // WHEN the big generation is activated
        const r = runInstaller(shell, big.installSh, ["activate", "--root", root]);
        assert.equal(r.code, 0, r.all);
        // THEN the worker ends "failed", saying the disk is full, and nothing changed
        assert.equal(waitForState(root), "failed");
        const st = activationStatus(shell, big.installSh, root);
        assert.match(st.reason!, /^unpacking failed: No space left on device: the file system holding \S+ is full/);
        assert.equal(st.new, big.gen);
        assert.equal(st.old, v1.gen);
        assert.match(st.last_event!, /\tfailed\tunpacking failed: No space left on device/);
        waitForLockFree(root);
        assert.deepEqual(snapshot(join(root, "usr")), before);
        assert.equal(currentGen(root), v1.gen);
      }));

    test("a stale lock of a killed run is broken with a message; a live one is respected", () => {
      // GIVEN v1 installed and a lock left by a process that is gone
      const root = tempDir();
      assert.equal(runInstaller(shell, v1.installSh, ["--root", root]).code, 0);
      const dead = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim();
      mkdirSync(join(hearthOf(root), "lock"));
      writeFileSync(join(hearthOf(root), "lock/pid"), `${dead}\n`);
      // WHEN v2 is installed THEN the lock is broken, saying so, and the install goes on
      const r = runInstaller(shell, v2.installSh, ["--root", root]);
      assert.equal(r.code, 0, r.all);
      assert.match(r.stderr, new RegExp(`breaking a stale lock: pid ${dead} in .* is not running`));
      assert.equal(currentGen(root), v2.gen);
      // GIVEN a lock held by a live process (this test runner)
      mkdirSync(join(hearthOf(root), "lock"));
      writeFileSync(join(hearthOf(root), "lock/pid"), `${process.pid}\n`);
      const before = snapshot(root);
      // WHEN installing or rolling back THEN it refuses, naming the pid and the lock, and changes nothing
      for (const args of [["--root", root], ["rollback", "--root", root]]) {
        const busy = runInstaller(shell, v1.installSh, args);
        assert.equal(busy.code, 1, busy.all);
        assert.match(busy.stderr, new RegExp(`another hearth installer is running \\(pid ${process.pid} holds .*/lock\\)`));
      }
      assert.deepEqual(snapshot(root), before);
    });

    test("a bundle whose files do not match its sha256sums is refused after unpacking, and cleaned up", () => {
      // GIVEN v1 installed and a v2 bundle with one file's bytes changed (header updated to accept the bundle)
      const root = tempDir();
      assert.equal(runInstaller(shell, v1.installSh, ["--root", root]).code, 0);
      const tarBytes = gunzipSync(readFileSync(v2.bundle));
      const at = tarBytes.indexOf("echo hello v2");
      assert.ok(at > 0);
      tarBytes.write("echo HELLO v2", at);
      const script = rebundled(v2, gzipSync(tarBytes));
      const before = snapshot(root);
      // WHEN it is installed THEN it is refused naming the file, nothing switched, nothing left
      const r = runInstaller(shell, script, ["--root", root]);
      assert.equal(r.code, 1, r.all);
      assert.match(r.stderr, /do not match \.hearth\/sha256sums/);
      assert.match(r.stderr, /bin\/hello: FAILED/);
      assert.deepEqual(snapshot(root), before);
    });

    test("a manifest.json paired with another generation's bundle is refused before any change", () => {
      // GIVEN v1's manifest naming v1's generation (and the sum of v2's bundle) beside v2's bundle bytes
      const script = rebundled(v1, readFileSync(v2.bundle), v1.gen);
      const root = tempDir();
      // WHEN installed THEN refused, nothing created
      const r = runInstaller(shell, script, ["--root", root]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, new RegExp(`holds generation '${v2.gen}' but manifest.json is for ${v1.gen}; nothing was changed`));
      assert.deepEqual(snapshot(root), []);
    });

    test("a kept generation that was tampered with is unpacked afresh when installed again", () => {
      // GIVEN v1 then v2 installed, and v1's kept copy altered (mode and content)
      const root = tempDir();
      for (const fx of [v1, v2]) assert.equal(runInstaller(shell, fx.installSh, ["--root", root]).code, 0);
      const g1 = join(hearthOf(root), "gens", v1.gen);
      chmodSync(join(g1, "etc/motd"), 0o666);
      // WHEN rolling back to it THEN refused: it does not match its manifest
      const rb = runInstaller(shell, v1.installSh, ["rollback", "--root", root]);
      assert.equal(rb.code, 1, rb.all);
      assert.match(rb.stderr, /does not match its manifest:\n.*etc\/motd \(mode 0644 -> 0666\)/);
      assert.equal(currentGen(root), v2.gen);
      // WHEN installing v1's bundle THEN it is unpacked afresh and verifies
      writeFileSync(join(g1, "bin/hello"), "tampered\n");
      const r = runInstaller(shell, v1.installSh, ["--root", root]);
      assert.equal(r.code, 0, r.all);
      assert.match(r.stderr, /does not match its manifest; unpacking it again/);
      assert.equal(currentGen(root), v1.gen);
      assert.equal(runInstaller(shell, v1.installSh, ["verify", "--root", root]).code, 0);
      assert.deepEqual(gens(root), [v1.gen, v2.gen].sort());
      assert.ok(!readdirSync(join(hearthOf(root), "gens")).some((n) => n.startsWith(".tmp-")));
      assert.equal(history(root).length, 3);
    });

    test("leftovers of a killed run are removed at the start of the next one", () => {
      // GIVEN v1 installed, plus a half-unpacked generation and a current.new a killed run left
      const root = tempDir();
      assert.equal(runInstaller(shell, v1.installSh, ["--root", root]).code, 0);
      const H = hearthOf(root);
      mkdirSync(join(H, `gens/.tmp-${v2.gen}.99999/bin`), { recursive: true });
      copyFileSync(v1.bundle, join(H, `gens/.tmp-${v2.gen}.99999/bin/junk`));
      spawnSync("ln", ["-s", `gens/${v2.gen}`, join(H, "current.new")]);
      // ... and the scratch dir of a killed installer, next to one of a running process
      const tmp = tempDir();
      const dead = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim();
      mkdirSync(join(tmp, `hearth.${dead}.AbC123`));
      mkdirSync(join(tmp, `hearth.${process.pid}.XyZ789`));
      // WHEN any install runs (even one with nothing to do)
      const r = runInstaller(shell, v1.installSh, ["--root", root], { env: { TMPDIR: tmp } });
      // THEN the leftovers are gone, the running process's scratch dir is kept
      assert.equal(r.code, 0, r.all);
      assert.match(r.stderr, /removing leftover gens\/\.tmp-/);
      assert.deepEqual(readdirSync(join(H, "gens")), [v1.gen]);
      assert.deepEqual(readdirSync(H).sort(), ["current", "gens", "history"]);
      assert.deepEqual(readdirSync(tmp), [`hearth.${process.pid}.XyZ789`]);
    });
  });
}
