// .hearth/packages (ACTIVATION.md, "Distro packages"): the generation id covers
// it, install and activate refuse before any change while a package is
// missing, plan lists the missing ones, and without dpkg-query the check is
// skipped with a warning. A fake dpkg-query on PATH plays the target's dpkg.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildGeneration } from "../../compiler/generation.ts";
import { makeFixture, siteV1, siteV2, type Fixture } from "../support/bundle-fixture.ts";
import {
  cleanupTemps,
  copyTree,
  currentGen,
  DASH,
  ensureShells,
  fakeDpkgQuery,
  hearthOf,
  journalOf,
  runInstaller,
  SHELLS,
  snapshot,
  tempDir,
  waitForState,
} from "../support/installer-harness.ts";

let v1: Fixture;
/** v2 needing nginx and curl */
let v2p: Fixture;
let base1: string;

before(async () => {
  ensureShells();
  const out = tempDir("hearth-fx-");
  const [a, b] = [siteV1(), siteV2()];
  v1 = await makeFixture(join(out, "v1"), a.entries, a.units);
  v2p = await makeFixture(join(out, "v2p"), b.entries, b.units, "testbox", ["nginx", "curl"]);
  base1 = join(tempDir(), "root");
  assert.equal(runInstaller(DASH, v1.installSh, ["--root", base1]).code, 0);
});
after(cleanupTemps);

/** A copy of the v1 root with a dpkg database (var/lib/dpkg/status): the installer asks dpkg-query about it. */
const fresh1 = (): string => {
  const root = join(tempDir(), "root");
  copyTree(base1, root);
  mkdirSync(join(root, "var/lib/dpkg"), { recursive: true });
  writeFileSync(join(root, "var/lib/dpkg/status"), "");
  return root;
};

const MISSING_NGINX =
  "hearth: missing Debian packages: nginx; install them (apt-get install -y nginx) or ship with --install-packages\n";

/** PATH without dpkg-query: a directory of links to everything else in /usr/bin. */
let noDpkgPath: string | undefined;
function pathWithoutDpkg(): string {
  if (noDpkgPath) return noDpkgPath;
  const d = tempDir("hearth-nodpkg-");
  for (const name of readdirSync("/usr/bin")) {
    if (name !== "dpkg-query") symlinkSync(join("/usr/bin", name), join(d, name));
  }
  noDpkgPath = d;
  return d;
}

describe("generation id and .hearth/packages", () => {
  test("the id covers packages; an empty list keeps the id of before; a missing file counts as empty", () => {
    const a = siteV1();
    const none = buildGeneration(a.entries, a.units);
    const some = buildGeneration(a.entries, a.units, ["nginx"]);
    // GIVEN the id FORMAT.md defined before packages existed
    const old = createHash("sha256").update(none.tables.manifest + none.tables.units).digest("hex").slice(0, 16);
    // THEN an empty list keeps it and a package changes it
    assert.equal(none.gen, old);
    assert.notEqual(some.gen, none.gen);
    assert.equal(some.tables.packages, "nginx\n");
    // GIVEN v1 installed, its (empty) .hearth/packages removed WHEN verified THEN still its id
    const root = fresh1();
    unlinkSync(join(hearthOf(root), "gens", v1.gen, ".hearth/packages"));
    const r = runInstaller(DASH, v1.installSh, ["verify", "--root", root]);
    assert.equal(r.code, 0, r.all);
  });
});

for (const shell of SHELLS) {
  describe(`packages under ${shell.name}`, () => {
    test("install refuses before any change while a package is missing, naming it", () => {
      // GIVEN v1 installed; curl installed, nginx not (only its config files left)
      const root = fresh1();
      const dpkg = fakeDpkgQuery(["curl"], ["nginx"]);
      const before = snapshot(root);
      // WHEN v2, which needs both, is installed
      const r = runInstaller(shell, v2p.installSh, ["--root", root], { env: { PATH: `${dpkg}:${process.env.PATH}` } });
      // THEN exactly ACTIVATION.md's message, exit 1, nothing changed
      assert.equal(r.code, 1, r.all);
      assert.ok(r.stderr.endsWith(MISSING_NGINX), r.stderr);
      assert.deepEqual(snapshot(root), before);
      // dpkg-query was asked once, with ACTIVATION.md's status field, for both packages
      assert.deepEqual(readFileSync(join(dpkg, "calls"), "utf8").split("\n").filter(Boolean), [
        `--admindir=${root}/var/lib/dpkg -W -f=\${Package}\\t\${db:Status-Status}\\n curl nginx`,
      ]);
    });

    test("activate refuses at once the same way; no journal, nothing changed", () => {
      const root = fresh1();
      const dpkg = fakeDpkgQuery(["curl"]);
      const before = snapshot(root);
      const r = runInstaller(shell, v2p.installSh, ["activate", "--bundle", v2p.tar, "--root", root], {
        env: { PATH: `${dpkg}:${process.env.PATH}` },
      });
      assert.equal(r.code, 1, r.all);
      assert.ok(r.stderr.endsWith(MISSING_NGINX), r.stderr);
      assert.deepEqual(snapshot(root), before);
      assert.equal(currentGen(root), v1.gen);
    });

    test("with every package installed, install and activate go ahead", () => {
      const root = fresh1();
      const env = { PATH: `${fakeDpkgQuery(["curl", "nginx"])}:${process.env.PATH}` };
      const a = runInstaller(shell, v2p.installSh, ["activate", "--no-confirm", "--root", root], { env });
      assert.equal(a.code, 0, a.all);
      assert.equal(waitForState(root), "done");
      assert.match(readFileSync(join(journalOf(root), "events"), "utf8"), /\tpackages\tinstalled: curl nginx\n/);
      assert.equal(currentGen(root), v2p.gen);
    });
  });
}

describe("packages (dash only)", () => {
  test("plan lists the missing packages and changes nothing", () => {
    const root = fresh1();
    const before = snapshot(root);
    const r = runInstaller(DASH, v2p.installSh, ["plan", "--root", root], { env: { PATH: `${fakeDpkgQuery([])}:${process.env.PATH}` } });
    assert.equal(r.code, 0, r.all);
    assert.match(r.stderr, /^hearth: install would refuse: missing Debian packages: curl nginx; install them \(apt-get install -y curl nginx\) or ship with --install-packages$/m);
    assert.deepEqual(snapshot(root), before);
  });

  test("without dpkg-query the check is skipped with a warning, and the install goes on", () => {
    const root = fresh1();
    const r = runInstaller(DASH, v2p.installSh, ["--root", root], { env: { PATH: pathWithoutDpkg() } });
    assert.equal(r.code, 0, r.all);
    assert.match(r.stderr, /^hearth: warning: dpkg-query not found: not checking the Debian packages this generation needs \(curl nginx\)$/m);
    assert.equal(currentGen(root), v2p.gen);
  });

  test("a --root without a dpkg database (an image being built) is not checked, with a warning", () => {
    const root = join(tempDir(), "root");
    copyTree(base1, root);
    const dpkg = fakeDpkgQuery([]);
    const r = runInstaller(DASH, v2p.installSh, ["--root", root], { env: { PATH: `${dpkg}:${process.env.PATH}` } });
    assert.equal(r.code, 0, r.all);
    assert.match(r.stderr, /^hearth: warning: \S+ has no dpkg database \(var\/lib\/dpkg\/status\): not checking the Debian packages this generation needs \(curl nginx\)$/m);
    assert.throws(() => readFileSync(join(dpkg, "calls")), "dpkg-query was not asked");
    assert.equal(currentGen(root), v2p.gen);
  });

  test("a generation without packages never asks dpkg-query; the installed generation is not checked again", () => {
    const root = join(tempDir(), "root");
    mkdirSync(join(root, "var/lib/dpkg"), { recursive: true });
    writeFileSync(join(root, "var/lib/dpkg/status"), "");
    const dpkg = fakeDpkgQuery([]);
    const env = { PATH: `${dpkg}:${process.env.PATH}` };
    assert.equal(runInstaller(DASH, v1.installSh, ["--root", root], { env }).code, 0);
    rmSync(join(dpkg, "calls"), { force: true });
    // GIVEN v2p installed while its packages were there WHEN installed again after they went THEN nothing to do
    assert.equal(runInstaller(DASH, v2p.installSh, ["--root", root], { env: { PATH: `${fakeDpkgQuery(["curl", "nginx"])}:${process.env.PATH}` } }).code, 0);
    const again = runInstaller(DASH, v2p.installSh, ["--root", root], { env });
    assert.equal(again.code, 0, again.all);
    assert.match(again.stderr, /already installed/);
    assert.throws(() => readFileSync(join(dpkg, "calls")), "dpkg-query was not called");
  });
});
