// install.sh plan: the activation rules of FORMAT.md (one implementation, used
// on the target and by `hearth plan`), and shellcheck on the installer.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  dropIn,
  exe,
  file,
  makeFixture,
  siteV1,
  siteV2,
  spec,
  INSTALLER_PATH,
  unitFile,
  wants,
  writeMeta,
  type Fixture,
} from "../support/bundle-fixture.ts";
import { buildGeneration, type GenEntry } from "../../compiler/generation.ts";
import { cleanupTemps, ensureShells, planLines, runInstaller, SHELLS, snapshot, tempDir } from "../support/installer-harness.ts";

const svc = (n: string, extra = ""): string => `[Unit]\nDescription=${n}\n[Service]\nExecStart=/usr/local/bin/${n}\n${extra}`;

// One old and one new generation that together hit every row of the table.
const OLD: GenEntry[] = [
  unitFile("removed.service", svc("removed")),
  dropIn("ssh.service", "10-hearth.conf", "[Service]\nProtectSystem=strict\n"),
  unitFile("def-w.service", svc("def-w")),
  wants("multi-user.target", "def-w.service"),
  unitFile("def-nw.service", svc("def-nw")),
  unitFile("rel-w.service", svc("rel-w")),
  wants("multi-user.target", "rel-w.service"),
  file("etc/rel-w.conf", "a=1\n"),
  unitFile("rel-nw.service", svc("rel-nw")),
  file("etc/rel-nw.conf", "a=1\n"),
  unitFile("trig-w.service", svc("trig-w")),
  wants("multi-user.target", "trig-w.service"),
  exe("bin/trig", "#!/bin/sh\n"),
  file("etc/trig.conf", "a=1\n"),
  unitFile("now-wanted.service", svc("now-wanted")),
  unitFile("unwanted.service", svc("unwanted")),
  wants("multi-user.target", "unwanted.service"),
  unitFile("same.service", svc("same")),
  wants("multi-user.target", "same.service"),
  file("etc/owner-only.conf", "x\n"),
  unitFile("tpl@.service", svc("tpl")),
];
const NEW: GenEntry[] = [
  unitFile("new-w.service", svc("new-w")),
  wants("multi-user.target", "new-w.service"),
  unitFile("new-idle.service", svc("new-idle")),
  dropIn("nginx.service", "10-hearth.conf", "[Service]\nProtectSystem=strict\n"),
  dropIn("cron.service", "10-hearth.conf", "[Service]\nNice=5\n"),
  wants("multi-user.target", "cron.service"),
  unitFile("def-w.service", svc("def-w", "Restart=always\n")),
  wants("multi-user.target", "def-w.service"),
  unitFile("def-nw.service", svc("def-nw", "Restart=always\n")),
  unitFile("rel-w.service", svc("rel-w")),
  wants("multi-user.target", "rel-w.service"),
  file("etc/rel-w.conf", "a=2\n"),
  unitFile("rel-nw.service", svc("rel-nw")),
  file("etc/rel-nw.conf", "a=2\n"),
  unitFile("trig-w.service", svc("trig-w")),
  wants("multi-user.target", "trig-w.service"),
  { ...exe("bin/trig", "#!/bin/sh\n"), mode: 0o700 },
  file("etc/trig.conf", "a=2\n"),
  unitFile("now-wanted.service", svc("now-wanted")),
  wants("multi-user.target", "now-wanted.service"),
  unitFile("unwanted.service", svc("unwanted")),
  unitFile("same.service", svc("same")),
  wants("multi-user.target", "same.service"),
  file("etc/owner-only.conf", "x\n", 0o644, "daemon:daemon"),
  unitFile("tpl@.service", svc("tpl", "Restart=always\n")),
];
const OLD_UNITS = [
  spec("removed.service"),
  spec("ssh.service"),
  spec("def-w.service"),
  spec("def-nw.service"),
  spec("rel-w.service", ["etc/rel-w.conf"], true),
  spec("rel-nw.service", ["etc/rel-nw.conf"], true),
  spec("trig-w.service", ["bin/trig", "etc/trig.conf"]),
  spec("now-wanted.service"),
  spec("unwanted.service"),
  spec("same.service", ["etc/owner-only.conf"]),
  spec("tpl@.service"),
];
const NEW_UNITS = [
  spec("new-w.service"),
  spec("new-idle.service"),
  spec("nginx.service"),
  spec("cron.service"),
  ...OLD_UNITS.filter((u) => !["removed.service", "ssh.service"].includes(u.name)),
];

let oldMeta: string;
let newMeta: string;
let v1: Fixture;
let v2: Fixture;

before(async () => {
  ensureShells();
  const dir = tempDir("hearth-plan-");
  oldMeta = await writeMeta(join(dir, "old/.hearth"), await buildGeneration(OLD, OLD_UNITS));
  newMeta = await writeMeta(join(dir, "new/.hearth"), await buildGeneration(NEW, NEW_UNITS));
  const a = siteV1();
  const b = siteV2();
  v1 = await makeFixture(join(dir, "v1"), a.entries, a.units);
  v2 = await makeFixture(join(dir, "v2"), b.entries, b.units);
});
after(cleanupTemps);

for (const shell of SHELLS) {
  describe(`plan rules under ${shell.name}`, () => {
    test("every row of FORMAT.md's activation table, sorted by unit, with reasons", () => {
      // GIVEN the old and new .hearth/ tables WHEN planned
      const r = runInstaller(shell, INSTALLER_PATH, ["plan", "--old", oldMeta, "--new", newMeta]);
      // THEN one line per affected unit; unchanged units (same.service, whose only
      // change is an input's owner) are left alone; units appearing -> daemon-reload
      assert.equal(r.code, 0, r.all);
      assert.deepEqual(planLines(r.stdout), [
        "restart\tcron.service\tdrop-in added", // drop-in only + wants link: started
        "try-restart\tdef-nw.service\tchanged: lib/systemd/system/def-nw.service",
        "restart\tdef-w.service\tchanged: lib/systemd/system/def-w.service",
        "none\tnew-idle.service\tnew unit, not wanted",
        "start\tnew-w.service\tnew unit",
        "try-restart\tnginx.service\tdrop-in added",
        "start\tnow-wanted.service\tnow wanted",
        "try-reload-or-restart\trel-nw.service\tchanged: etc/rel-nw.conf",
        "reload-or-restart\trel-w.service\tchanged: etc/rel-w.conf",
        "stop\tremoved.service\tremoved",
        "try-restart\tssh.service\tdrop-in removed",
        "none\ttpl@.service\ttemplate unit: new instances use the new definition",
        "restart\ttrig-w.service\tchanged: bin/trig, etc/trig.conf",
        "stop\tunwanted.service\tno longer wanted",
      ]);
      assert.match(r.stdout, /^daemon-reload$/m);
      // the file lines come first, one per changed path
      assert.ok(r.stdout.includes("~ bin/trig (mode 0755 -> 0700)\n"), r.stdout);
      assert.ok(r.stdout.includes("~ etc/owner-only.conf (owner root:root -> daemon:daemon)\n"), r.stdout);
      assert.ok(r.stdout.includes("- lib/systemd/system/removed.service\n"), r.stdout);
      assert.ok(r.stdout.includes("+ lib/systemd/system/new-w.service\n"), r.stdout);
    });

    test("only trigger inputs changing needs no daemon-reload", async () => {
      // GIVEN old and new that differ only in a reloadable unit's config
      const dir = tempDir();
      const base = OLD.filter((e) => e.path !== "etc/rel-w.conf");
      const a = await writeMeta(join(dir, "a"), await buildGeneration([...base, file("etc/rel-w.conf", "a=1\n")], OLD_UNITS));
      const b = await writeMeta(join(dir, "b"), await buildGeneration([...base, file("etc/rel-w.conf", "a=9\n")], OLD_UNITS));
      // WHEN planned THEN one reload line and no daemon-reload
      const r = runInstaller(shell, INSTALLER_PATH, ["plan", "--old", a, "--new", b]);
      assert.equal(r.code, 0, r.all);
      assert.equal(r.stdout, "~ etc/rel-w.conf (content)\nreload-or-restart\trel-w.service\tchanged: etc/rel-w.conf\n");
    });

    test("plan --old - is a first install; a generation root works as well as its .hearth/", () => {
      const r = runInstaller(shell, INSTALLER_PATH, ["plan", "--old", "-", "--new", join(newMeta, "..")]);
      assert.equal(r.code, 0, r.all);
      assert.ok(planLines(r.stdout).includes("start\tnew-w.service\tnew unit"));
      assert.ok(planLines(r.stdout).includes("try-restart\tnginx.service\tdrop-in added"));
      assert.ok(!/^- /m.test(r.stdout), "nothing is removed on a first install");
      assert.match(r.stderr, /plan: nothing installed -> [0-9a-f]{16}/);
      // a dir without metadata is an error
      const bad = runInstaller(shell, INSTALLER_PATH, ["plan", "--old", "-", "--new", tempDir()]);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /is not a \.hearth\/ metadata directory/);
    });

    test("plan against a root prints what install would do and changes nothing", () => {
      // GIVEN v1 installed, and a Debian-style empty sbin/ and a foreign file in share/
      const root = tempDir();
      assert.equal(runInstaller(shell, v1.installSh, ["--root", root]).code, 0);
      const before = snapshot(root);
      // WHEN planning v2 against it
      const p = runInstaller(shell, v2.installSh, ["plan", "--root", root]);
      // THEN the plan lines are exactly those the install then prints, and nothing changed
      assert.equal(p.code, 0, p.all);
      assert.deepEqual(snapshot(root), before);
      assert.match(p.stderr, /services would not be touched \(--root\)/);
      const i = runInstaller(shell, v2.installSh, ["--root", root]);
      assert.equal(i.code, 0, i.all);
      assert.deepEqual(planLines(p.stdout), planLines(i.stdout));
      // and once installed, plan says there is nothing to do
      const again = runInstaller(shell, v2.installSh, ["plan", "--root", root]);
      assert.match(again.stderr, /already installed: [0-9a-f]{16} \(nothing to do\)/);
    });
  });
}

describe("shellcheck", () => {
  test("install.sh is clean under shellcheck -s sh", () => {
    // GIVEN the installer (every machine's out/ holds it as it is) WHEN checked
    const r = spawnSync("shellcheck", ["-s", "sh", INSTALLER_PATH], { encoding: "utf8" });
    // THEN no findings at all (no severity filter)
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}${r.error ?? ""}`);
  });

  test("the installer uses no tool outside the target contract", async () => {
    // GIVEN the template's code (comments and the usage text dropped)
    const { readFileSync } = await import("node:fs");
    const code = readFileSync(INSTALLER_PATH, "utf8")
      .split("\n")
      .filter((l) => !/^\s*#/.test(l))
      .join("\n")
      .replace(/<<'EOF'[\s\S]*?\nEOF\n/, "");
    // THEN none of the tools the target may lack appears as a command
    for (const tool of ["awk", "sed", "grep", "find", "xargs", "bash", "perl", "python"]) {
      assert.ok(!new RegExp(`(^|[\\s|;&(\`$])${tool}\\b(?![-.\\w])`, "m").test(code), `${tool} is used`);
    }
  });
});
