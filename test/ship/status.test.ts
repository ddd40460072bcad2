// Reading the target: `install.sh status`, the probe, `activate`'s answer, `install.sh list`.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseProbe } from "../../scripts/ship/remote.ts";
import { activationTarget, describeOutcome, isFinished, isInProgress, parseStarted, parseStatus } from "../../scripts/ship/status.ts";
import { parseGenerations } from "../../scripts/ship/target-commands.ts";

const ID = "0123456789abcdef-1764000000-4242";

describe("parseStatus", () => {
  test("GIVEN a finished activation THEN every result line is read", () => {
    const s = parseStatus(
      [
        `id=${ID}`,
        "state=rolled-back",
        "old=fedcba9876543210",
        "new=0123456789abcdef",
        "files_added=1",
        "files_changed=2",
        "files_removed=0",
        "started=1",
        "restarted=2",
        "reloaded=1",
        "stopped=0",
        "reason=http http://127.0.0.1:8080/: HTTP 500 Internal Server Error (expected 2xx)",
        "failed_units=app.service web.service",
        "last_event=1764000007\trolled-back\tabort: check failed",
        "",
      ].join("\n"),
    );
    assert.equal(s.id, ID);
    assert.equal(s.state, "rolled-back");
    assert.deepEqual(s.result, {
      old: "fedcba9876543210",
      new: "0123456789abcdef",
      filesAdded: 1,
      filesChanged: 2,
      filesRemoved: 0,
      started: 1,
      restarted: 2,
      reloaded: 1,
      stopped: 0,
      reason: "http http://127.0.0.1:8080/: HTTP 500 Internal Server Error (expected 2xx)",
      failedUnits: ["app.service", "web.service"],
    });
    assert.deepEqual(s.lastEvent, { epoch: 1764000007, stage: "rolled-back", detail: "abort: check failed" });
    assert.equal(describeOutcome(s), "rolled back: http http://127.0.0.1:8080/: HTTP 500 Internal Server Error (expected 2xx)");
  });

  test("GIVEN no activation ever THEN state none; a running one has no result yet", () => {
    assert.deepEqual(parseStatus("state=none\n"), { state: "none", result: { failedUnits: [] } });
    assert.deepEqual(parseStatus(""), { state: "none", result: { failedUnits: [] } });
    const running = parseStatus(`id=${ID}\nstate=running\nlast_event=1764000001\tunpacked\t\n`);
    assert.equal(running.lastEvent?.stage, "unpacked");
    assert.ok(isInProgress(running.state) && !isFinished(running.state));
    assert.equal(describeOutcome(running), "is running (unpacked)");
  });

  test("'-' and empty values mean nothing; a first install has no old generation", () => {
    const s = parseStatus(`id=${ID}\nstate=done\nold=-\nnew=0123456789abcdef\nreason=\nfailed_units=\n`);
    assert.equal(s.result.old, undefined);
    assert.equal(s.result.reason, undefined);
    assert.deepEqual(s.result.failedUnits, []);
    assert.equal(describeOutcome(s), "finished on 0123456789abcdef");
  });

  test("lines that are not key=value (warnings) are ignored; a value may contain '='", () => {
    const s = parseStatus(`hearth: note: something\nstate=failed\nreason=missing Debian packages: nginx; install them (apt-get install -y nginx) or ship with --install-packages\n`);
    assert.equal(s.state, "failed");
    assert.match(s.result.reason!, /apt-get install -y nginx/);
  });
});

test("activate's answer and activation ids", () => {
  assert.equal(parseStarted(`hearth: activation ${ID} started\n`), ID);
  assert.equal(parseStarted(`activation ${ID} started`), ID);
  assert.equal(parseStarted("hearth: another activation is running"), undefined);
  assert.equal(activationTarget(ID), "0123456789abcdef");
  assert.equal(activationTarget("rollback-1764000000-77"), "rollback");
  assert.equal(activationTarget("garbage"), undefined);
});

test("the probe: who we are, the live generation, the last activation", () => {
  const p = parseProbe(`uid=0\ncurrent=0123456789abcdef\nrsync=yes\ninstaller=yes\n--- status\nid=${ID}\nstate=awaiting-confirmation\n`);
  assert.deepEqual({ uid: p.uid, current: p.current, installer: p.installer, rsync: p.rsync, state: p.status.state, id: p.status.id }, {
    uid: 0,
    current: "0123456789abcdef",
    installer: true,
    rsync: true,
    state: "awaiting-confirmation",
    id: ID,
  });
  const fresh = parseProbe("uid=1000\ncurrent=\nrsync=no\ninstaller=no\n");
  assert.equal(fresh.current, undefined);
  assert.equal(fresh.installer, false);
  assert.equal(fresh.status.state, "none");
});

test("install.sh list: the current and previous generations are found", () => {
  const gens = parseGenerations(
    [
      "  aaaaaaaaaaaaaaaa  2026-11-25 10:00:00 UTC  install ",
      "  bbbbbbbbbbbbbbbb  2026-11-25 10:05:00 UTC  install   (previous)",
      "* cccccccccccccccc  2026-11-25 10:09:00 UTC  install   (current)",
    ].join("\n"),
  );
  assert.deepEqual(
    gens.map((g) => [g.gen, g.current, g.previous]),
    [
      ["aaaaaaaaaaaaaaaa", false, false],
      ["bbbbbbbbbbbbbbbb", false, true],
      ["cccccccccccccccc", true, false],
    ],
  );
  assert.equal(gens[2]!.info, "2026-11-25 10:09:00 UTC  install");
});

test("the installer's message: its last words on failure, and a shell error it did not say", async () => {
  const { installerMessage } = await import("../../scripts/ship/activation.ts");
  const refused = "hearth: bundle ok: bundle.tar (sha256 61f6)\nhearth: missing Debian packages: nginx; install them (apt-get install -y nginx) or ship with --install-packages\n";
  assert.equal(installerMessage(refused, 1), "bundle ok: bundle.tar (sha256 61f6); missing Debian packages: nginx; install them (apt-get install -y nginx) or ship with --install-packages");
  const progress = "hearth: a\nhearth: b\nhearth: activation x is still running (state running); nothing was changed.\nhearth: follow it with `sh install.sh status`\n";
  assert.equal(installerMessage(progress, 1), "activation x is still running (state running); nothing was changed.; follow it with `sh install.sh status`");
  assert.equal(installerMessage("hearth: bundle ok\n/var/cache/hearth/ship/install.sh: 451: 1: parameter not set\n", 2), "bundle ok; /var/cache/hearth/ship/install.sh: 451: 1: parameter not set");
  assert.equal(installerMessage("usage:\n  sh install.sh …\nunexpected argument: activate\n", 2), "usage:; sh install.sh …; unexpected argument: activate");
});
