// install.sh install: fresh install, idempotent reinstall, upgrade, corrupt
// bundles, taking over /usr/local, owners, services, usage.
import assert from "node:assert/strict";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readlinkSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { file, makeFixture, manifestText, siteV1, siteV2, INSTALLER_PATH, type Fixture } from "../support/bundle-fixture.ts";
import {
  cleanupTemps,
  currentGen,
  ensureShells,
  gens,
  hearthOf,
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

before(async () => {
  ensureShells();
  const out = tempDir("hearth-fx-");
  const a = siteV1();
  const b = siteV2();
  v1 = await makeFixture(join(out, "v1"), a.entries, a.units);
  v2 = await makeFixture(join(out, "v2"), b.entries, b.units);
});
after(cleanupTemps);

const install = (shell: Shell, fx: Fixture, root: string, ...args: string[]) => runInstaller(shell, fx.installSh, ["--root", root, ...args]);

for (const shell of SHELLS) {
  describe(`install under ${shell.name}`, () => {
    test("a fresh install lays out the generation, the top-level links and current", () => {
      // GIVEN an empty root
      const root = tempDir();
      // WHEN the v1 bundle is installed into it
      const r = install(shell, v1, root);
      // THEN it succeeds, current points at v1 and /usr/local/<dir> link into it
      assert.equal(r.code, 0, r.all);
      assert.equal(currentGen(root), v1.gen);
      const P = prefixOf(root);
      for (const top of ["bin", "etc", "lib", "share"]) assert.equal(readlinkSync(join(P, top)), `.hearth/current/${top}`);
      assert.equal(readFileSync(join(P, "bin/hello"), "utf8"), "#!/bin/sh\necho hello v1\n");
      assert.equal(statSync(join(P, "bin/hello")).mode & 0o7777, 0o755);
      assert.equal(statSync(join(P, "etc/motd")).mode & 0o7777, 0o644);
      assert.equal(readlinkSync(join(P, "bin/hi")), "hello");
      assert.equal(readlinkSync(join(P, "lib/systemd/system/multi-user.target.wants/hello.service")), "../hello.service");
      assert.ok(existsSync(join(P, "lib/systemd/system/srv-my\\x2ddata.mount")), "a unit name with a backslash is installed verbatim");
      // the history has one install line, nothing is left behind
      assert.deepEqual(history(root).map((h) => [h.action, h.gen]), [["install", v1.gen]]);
      assert.deepEqual(gens(root), [v1.gen]);
      for (const leftover of ["lock", "pending", "current.new"]) assert.ok(!existsSync(join(hearthOf(root), leftover)), leftover);
      // the plan of a first install starts wanted units, leaves the others alone
      assert.deepEqual(planLines(r.stdout), [
        "start\tgone.service\tnew unit",
        "start\thello.service\tnew unit",
        "none\tidle.service\tnew unit, not wanted",
        "none\tlate.service\tnew unit, not wanted",
        "none\tsrv-my\\x2ddata.mount\tnew unit, not wanted",
        "try-restart\tssh.service\tdrop-in added",
        "start\tweb.service\tnew unit",
      ]);
      assert.match(r.stdout, /^daemon-reload$/m);
      assert.match(r.stderr, /hearth: services not touched \(--root\)/);
      assert.match(r.stderr, new RegExp(`hearth: installed: ${v1.gen}`));
      // and the result matches its manifest
      const ver = runInstaller(shell, v1.installSh, ["verify", "--root", root]);
      assert.equal(ver.code, 0, ver.all);
    });

    test("installing the installed generation again changes nothing and says so", () => {
      // GIVEN v1 installed
      const root = tempDir();
      assert.equal(install(shell, v1, root).code, 0);
      const before = snapshot(root);
      // WHEN the same bundle is installed again
      const r = install(shell, v1, root);
      // THEN it exits 0, says already installed, and the tree and history are unchanged
      assert.equal(r.code, 0, r.all);
      assert.match(r.stderr, new RegExp(`hearth: already installed: ${v1.gen} \\(nothing to do\\)`));
      assert.deepEqual(snapshot(root), before);
      assert.equal(history(root).length, 1);
      assert.equal(planLines(r.stdout).length, 0);
    });

    test("an upgrade switches to v2, prints the unit plan with reasons, and follows the top-level dirs", () => {
      // GIVEN v1 installed
      const root = tempDir();
      assert.equal(install(shell, v1, root).code, 0);
      // WHEN v2 is installed
      const r = install(shell, v2, root);
      // THEN current is v2 and the plan has one line per affected unit, sorted, with its reason
      assert.equal(r.code, 0, r.all);
      assert.equal(currentGen(root), v2.gen);
      assert.deepEqual(planLines(r.stdout), [
        "stop\tgone.service\tremoved",
        "restart\thello.service\tchanged: bin/hello",
        "start\tlate.service\tnow wanted",
        "start\tnew.service\tnew unit",
        "try-restart\tssh.service\tchanged: lib/systemd/system/ssh.service.d/hardening.conf",
        "reload-or-restart\tweb.service\tchanged: etc/web/web.conf",
      ]);
      assert.match(r.stdout, /^daemon-reload$/m);
      assert.match(r.stderr, /plan: \S+ -> \S+: 5 added, 4 changed, 5 removed path\(s\); daemon-reload, 6 unit action\(s\)/);
      const P = prefixOf(root);
      // the new top-level dir sbin/ got its link; share/, gone from v2, is an empty dir again
      assert.equal(readlinkSync(join(P, "sbin")), ".hearth/current/sbin");
      assert.ok(!isLink(join(P, "share")) && statSync(join(P, "share")).isDirectory());
      assert.deepEqual(snapshot(join(P, "share")), []);
      assert.equal(readFileSync(join(P, "bin/hello"), "utf8"), "#!/bin/sh\necho hello v2\n");
      // v1 is kept for rollback; the history has both installs
      assert.deepEqual(gens(root), [v1.gen, v2.gen].sort());
      assert.deepEqual(history(root).map((h) => h.gen), [v1.gen, v2.gen]);
      assert.equal(runInstaller(shell, v2.installSh, ["verify", "--root", root]).code, 0);
    });

    for (const [what, damage] of [
      ["a flipped byte", (f: string) => {
        const b = readFileSync(f);
        b[Math.floor(b.length / 2)]! ^= 0x01;
        writeFileSync(f, b);
      }],
      ["a truncated bundle", (f: string) => truncateSync(f, Math.floor(statSync(f).size / 2))],
    ] as const) {
      test(`a bundle with ${what} is refused and nothing changes`, () => {
        // GIVEN v1 installed and a copy of v2 whose bundle is damaged
        const root = tempDir();
        assert.equal(install(shell, v1, root).code, 0);
        const bad = tempDir();
        for (const f of ["install.sh", "manifest.json", "bundle.tar.gz"]) copyFileSync(join(v2.dir, f), join(bad, f));
        damage(join(bad, "bundle.tar.gz"));
        const before = snapshot(root);
        // WHEN it is installed
        const r = runInstaller(shell, join(bad, "install.sh"), ["--root", root]);
        // THEN it is refused with a clear message and the tree is untouched
        assert.notEqual(r.code, 0);
        assert.match(r.stderr, /hearth: bundle\.tar\.gz is corrupt or truncated \(sha256 [0-9a-f]{64}, expected [0-9a-f]{64}\); nothing was changed/);
        assert.match(r.stderr, /hearth: it and manifest\.json may also come from different compiles: copy both again from out\/testbox\/ \(or ship again\) and rerun/);
        assert.deepEqual(snapshot(root), before);
        assert.equal(currentGen(root), v1.gen);
      });
    }

    test("an uncompressed bundle.tar installs, checked against the manifest's tarSha256", () => {
      // GIVEN v1 installed and v2's bundle as the shipper sends it (gunzipped)
      const root = tempDir();
      assert.equal(install(shell, v1, root).code, 0);
      // WHEN installed from bundle.tar THEN v2 is current and verifies
      const r = install(shell, v2, root, "--bundle", v2.tar);
      assert.equal(r.code, 0, r.all);
      assert.match(r.stderr, /hearth: bundle ok: bundle\.tar \(sha256 [0-9a-f]{64}\)/);
      assert.equal(currentGen(root), v2.gen);
      assert.equal(runInstaller(shell, v2.installSh, ["verify", "--root", root]).code, 0);
      // GIVEN a truncated bundle.tar (a dropped rsync) WHEN installed THEN refused, nothing changed
      const bad = join(tempDir(), "bundle.tar");
      copyFileSync(v1.tar, bad);
      truncateSync(bad, 10240);
      const before = snapshot(root);
      const t = install(shell, v1, root, "--bundle", bad);
      assert.equal(t.code, 1, t.all);
      assert.match(t.stderr, /hearth: bundle\.tar is corrupt or truncated \(sha256 [0-9a-f]{64}, expected [0-9a-f]{64}\); nothing was changed/);
      assert.deepEqual(snapshot(root), before);
      // GIVEN a manifest.json without tarSha256 WHEN given a .tar THEN it says it cannot check it
      const old = join(tempDir(), "manifest.json");
      const real = JSON.parse(readFileSync(join(v1.dir, "manifest.json"), "utf8")) as { machine: string; gen: string; bundleSha256: string };
      writeFileSync(old, manifestText({ ...real, tarSha256: "" }));
      const o = runInstaller(shell, v1.installSh, ["--root", root, "--bundle", v1.tar, "--manifest", old]);
      assert.equal(o.code, 1);
      assert.match(o.stderr, /manifest\.json has no tarSha256, so it cannot check bundle\.tar; nothing was changed/);
      assert.deepEqual(snapshot(root), before);
    });

    test("a missing bundle is refused, even on an empty root, without creating anything", () => {
      // GIVEN an install.sh and manifest.json without their bundle, and an empty root
      const bad = tempDir();
      for (const f of ["install.sh", "manifest.json"]) copyFileSync(join(v1.dir, f), join(bad, f));
      const root = tempDir();
      // WHEN it runs
      const r = runInstaller(shell, join(bad, "install.sh"), ["--root", root]);
      // THEN it says what is missing and what to do, and the root stays empty
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /hearth: bundle not found: .*bundle\.tar\.gz; nothing was changed/);
      assert.deepEqual(snapshot(root), []);
    });

    test("a /usr/local/<dir> holding foreign files is refused before any change, unless --adopt", () => {
      // GIVEN a root whose /usr/local/etc holds a file hearth does not own
      const root = tempDir();
      const P = prefixOf(root);
      mkdirSync(join(P, "etc/app"), { recursive: true });
      writeFileSync(join(P, "etc/app/mine.conf"), "precious\n");
      const before = snapshot(root);
      // WHEN v1 is installed without --adopt
      const r = install(shell, v1, root);
      // THEN it is refused, naming the dir, a file in it, and --adopt; nothing changed (not even .hearth/)
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /etc holds 1 file\(s\) hearth does not own/);
      assert.match(r.all, /etc\/app\/mine\.conf/);
      assert.match(r.stderr, /--adopt/);
      assert.match(r.stderr, /nothing was changed/);
      assert.deepEqual(snapshot(root), before);
      // WHEN it is installed with --adopt
      const a = install(shell, v1, root, "--adopt");
      // THEN the dir is moved aside to a named backup and replaced by the link
      assert.equal(a.code, 0, a.all);
      const m = /adopted: moved (\S+) aside to (\S+)/.exec(a.stderr);
      assert.ok(m, a.stderr);
      assert.equal(readFileSync(join(m[2]!, "app/mine.conf"), "utf8"), "precious\n");
      assert.ok(m[2]!.startsWith(join(hearthOf(root), "adopted") + "/"));
      assert.equal(readlinkSync(join(P, "etc")), ".hearth/current/etc");
      assert.equal(currentGen(root), v1.gen);
    });

    test("Debian's empty /usr/local/{bin,lib/python3.11/dist-packages,share/man} are taken over without --adopt", () => {
      // GIVEN a root shaped like a fresh Debian /usr/local (only empty dirs), plus dirs hearth does not ship
      const root = tempDir();
      const P = prefixOf(root);
      for (const d of ["bin", "lib/python3.11/dist-packages", "share/man", "games", "src"]) mkdirSync(join(P, d), { recursive: true });
      // WHEN v1 is installed
      const r = install(shell, v1, root);
      // THEN the empty dirs it ships become links, and it says which empty dirs were dropped
      assert.equal(r.code, 0, r.all);
      for (const top of ["bin", "lib", "share"]) assert.equal(readlinkSync(join(P, top)), `.hearth/current/${top}`);
      assert.match(r.stderr, /lib, which held no files, by a link; dropped empty directories: lib\/python3\.11\/dist-packages lib\/python3\.11/);
      assert.match(r.stderr, /share, which held no files, by a link; dropped empty directories: share\/man/);
      // dirs hearth does not ship are left alone
      assert.ok(statSync(join(P, "games")).isDirectory() && !isLink(join(P, "games")));
      assert.ok(statSync(join(P, "src")).isDirectory() && !isLink(join(P, "src")));
    });

    test("owners from the manifest are applied; an unknown user under --root is warned about and skipped", async () => {
      // GIVEN a generation with a file owned by an existing user and one owned by a user that does not exist
      const a = siteV1();
      const fx = await makeFixture(join(tempDir(), "own"), [
        ...a.entries,
        file("etc/daemon.conf", "x\n", 0o640, "daemon:daemon"),
        file("etc/ghost.conf", "x\n", 0o4755, "no-such-user-hearth:no-such-group-hearth"),
      ], a.units);
      const root = tempDir();
      // WHEN it is installed with --root
      const r = install(shell, fx, root);
      // THEN the existing owner is applied with the mode kept, the unknown one is warned about
      assert.equal(r.code, 0, r.all);
      const st = statSync(join(prefixOf(root), "etc/daemon.conf"));
      assert.equal(st.mode & 0o7777, 0o640);
      const daemonUid = Number(readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("daemon:"))!.split(":")[2]);
      assert.equal(st.uid, daemonUid);
      assert.match(r.stderr, /warning: cannot give etc\/ghost\.conf to no-such-user-hearth:no-such-group-hearth .*left it root-owned \(--root\)/);
    });
  });
}

describe("services (fake systemctl)", () => {
  // The service step only runs with systemd as PID 1 and no --root; the test
  // hook HEARTH_TEST_SYSTEMD=1 runs it in a temporary root against a fake
  // systemctl that records its calls.
  const fakeSystemctl = (failOn = ""): { bin: string; log: string } => {
    const bin = tempDir("hearth-bin-");
    const log = join(bin, "calls");
    writeFileSync(
      join(bin, "systemctl"),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\ncase "$*" in '${failOn}') [ -n '${failOn}' ] && exit 3 ;; esac\nexit 0\n`,
    );
    chmodSync(join(bin, "systemctl"), 0o755);
    return { bin, log };
  };
  const env = (bin: string) => ({ HEARTH_TEST_SYSTEMD: "1", PATH: `${bin}:${process.env.PATH}` });

  for (const shell of SHELLS) {
    test(`${shell.name}: daemon-reload, then stop, then restart/reload, then start, one unit at a time`, () => {
      // GIVEN v1 installed
      const root = tempDir();
      assert.equal(install(shell, v1, root).code, 0);
      const { bin, log } = fakeSystemctl();
      // WHEN v2 is installed with systemd "running"
      const r = runInstaller(shell, v2.installSh, ["--root", root], { env: env(bin) });
      // THEN systemctl is called in plan order, grouped stop -> restart-like -> start
      assert.equal(r.code, 0, r.all);
      // (reset-failed before each start or restart: deploys do not count towards start limits)
      assert.deepEqual(readFileSync(log, "utf8").trim().split("\n"), [
        "daemon-reload",
        "stop gone.service",
        "reset-failed hello.service",
        "restart hello.service",
        "reset-failed ssh.service",
        "try-restart ssh.service",
        "reset-failed web.service",
        "reload-or-restart web.service",
        "reset-failed late.service",
        "start late.service",
        "reset-failed new.service",
        "start new.service",
      ]);
      assert.match(r.stderr, /services done: daemon-reload, stop gone\.service/);
    });

    test(`${shell.name}: a failing unit is reported, the new generation stays current, exit is non-zero`, () => {
      // GIVEN v1 installed and a systemctl on which `restart hello.service` fails
      const root = tempDir();
      assert.equal(install(shell, v1, root).code, 0);
      const { bin, log } = fakeSystemctl("restart hello.service");
      // WHEN v2 is installed
      const r = runInstaller(shell, v2.installSh, ["--root", root], { env: env(bin) });
      // THEN the other actions still ran, the failure is named with rollback advice
      assert.equal(r.code, 1, r.all);
      assert.equal(currentGen(root), v2.gen);
      assert.ok(readFileSync(log, "utf8").includes("start new.service"));
      assert.match(r.stderr, /services FAILED: restart hello\.service \(exit 3\)/);
      assert.match(r.stderr, new RegExp(`generation ${v2.gen} is current`));
      assert.match(r.stderr, new RegExp(`\`sh install.sh rollback\` goes back to ${v1.gen}`));
      // and nothing is left pending: the next run does not redo the services
      assert.ok(!existsSync(join(hearthOf(root), "pending")));
    });
  }
});

describe("usage", () => {
  for (const shell of SHELLS) {
    test(`${shell.name}: help prints the usage; an unknown option is a usage error`, () => {
      // GIVEN the template itself (no header)
      // WHEN asked for help / given a bad option
      const h = runInstaller(shell, INSTALLER_PATH, ["help"]);
      const bad = runInstaller(shell, INSTALLER_PATH, ["--frobnicate"]);
      // THEN help exits 0 with every command, the bad option exits 2 and says why
      assert.equal(h.code, 0);
      for (const c of ["install", "list", "rollback [GEN]", "verify", "plan", "--old DIR|- --new DIR", "--adopt", "--keep N"]) assert.ok(h.stdout.includes(c), c);
      for (const c of ["activate [--bundle FILE]", "activate --rollback [GEN]", "--confirm-timeout SECONDS", "--no-confirm", "status", "confirm ID", "abort ID REASON..."]) {
        assert.ok(h.stdout.includes(c), c);
      }
      assert.equal(runInstaller(shell, INSTALLER_PATH, ["--help"]).stdout, h.stdout);
      assert.equal(runInstaller(shell, INSTALLER_PATH, ["-h"]).stdout, h.stdout);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /hearth: unknown option: --frobnicate/);
    });

    test(`${shell.name}: install.sh without its manifest.json refuses to install and says what to copy`, () => {
      // GIVEN install.sh and bundle.tar.gz of one compile, without manifest.json
      const bare = tempDir();
      for (const f of ["install.sh", "bundle.tar.gz"]) copyFileSync(join(v1.dir, f), join(bare, f));
      const root = tempDir();
      // WHEN installed THEN refused, naming the file and where it comes from; nothing created
      const r = runInstaller(shell, join(bare, "install.sh"), ["--root", root]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /hearth: manifest\.json not found: .*\/manifest\.json; nothing was changed/);
      assert.match(r.stderr, /copy manifest\.json with install\.sh and bundle\.tar\.gz \(all three from out\/<machine>\/ of one `hearth compile`\)/);
      assert.deepEqual(snapshot(root), []);
      // GIVEN a manifest.json that is not one (a file emptied by a failed copy, or another JSON)
      for (const text of ["", '{"gen":"abc"}\n', manifestText({ machine: "testbox", gen: "not-a-gen", bundleSha256: "0".repeat(64) })]) {
        writeFileSync(join(bare, "manifest.json"), text);
        const m = runInstaller(shell, join(bare, "install.sh"), ["--root", root]);
        assert.equal(m.code, 1, text);
        assert.match(m.stderr, /is not a manifest\.json that `hearth compile` wrote \(no generation or bundle sum in its first lines\); nothing was changed/);
        assert.deepEqual(snapshot(root), []);
      }
    });

    test(`${shell.name}: --manifest names a manifest.json kept elsewhere`, () => {
      // GIVEN install.sh and bundle.tar.gz in one place, manifest.json in another
      const bare = tempDir();
      for (const f of ["install.sh", "bundle.tar.gz"]) copyFileSync(join(v1.dir, f), join(bare, f));
      const root = tempDir();
      // WHEN installed with --manifest THEN v1 is current
      const r = runInstaller(shell, join(bare, "install.sh"), ["--root", root, "--manifest", join(v1.dir, "manifest.json")]);
      assert.equal(r.code, 0, r.all);
      assert.equal(currentGen(root), v1.gen);
    });
  }
});
