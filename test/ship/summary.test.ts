// The table ship ends with, and the live progress lines before it.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mapLimit } from "../../scripts/ship/pool.ts";
import { Progress } from "../../scripts/ship/progress.ts";
import { renderSummary, renderTotals, type SummaryRow } from "../../scripts/ship/summary.ts";

const A = "aaaaaaaaaaaaaaaa";
const B = "bbbbbbbbbbbbbbbb";

const rows: SummaryRow[] = [
  {
    machine: "web",
    oldGen: A,
    newGen: B,
    files: { added: 1, changed: 2, removed: 0 },
    units: { started: 1, restarted: 0, reloaded: 1, stopped: 0 },
    bytesSent: 3112,
    seconds: 0.84,
    result: { kind: "ok" },
  },
  { machine: "nas", oldGen: B, newGen: B, seconds: 0.12, result: { kind: "unchanged" } },
  {
    machine: "router",
    oldGen: A,
    newGen: B,
    files: { added: 0, changed: 1, removed: 0 },
    units: { started: 0, restarted: 1, reloaded: 0, stopped: 0 },
    bytesSent: 900,
    seconds: 6.5,
    result: { kind: "rolled-back", reason: "http http://127.0.0.1:8080/: HTTP 500 Internal Server Error (expected 2xx)" },
    details: [
      { title: "check http http://127.0.0.1:8080/ (12 attempts, 3.0 s)", text: "HTTP 500 Internal Server Error (expected 2xx)\ndatabase down" },
      { title: "failed units (units.log)", text: "app.service: Main process exited, code=exited, status=1/FAILURE" },
    ],
  },
  { machine: "db", newGen: B, seconds: 0.01, result: { kind: "unreachable", reason: "ssh: connect to host 10.0.0.9 port 22: Connection refused" } },
  { machine: "dns", newGen: B, seconds: 2, result: { kind: "failed", reason: "connection lost during awaiting confirmation", hint: "run `hearth ship dns` again" } },
];

describe("renderSummary", () => {
  const text = renderSummary(rows);
  const lines = text.split("\n");

  test("one aligned row per machine: old → new, files, units, bytes, seconds, result", () => {
    assert.equal(lines[0], "MACHINE  GENERATION                           FILES     UNITS                  SENT     TIME    RESULT");
    assert.equal(lines[1], `web      ${A} → ${B}  +1 ~2 -0  1 started, 1 reloaded  3.0 KiB  0.84 s  ok`);
    assert.equal(lines[2], `nas      ${B} (unchanged)         -         -                      -        0.12 s  unchanged`);
    assert.match(lines[3]!, /^router .* \+0 ~1 -0  1 restarted .* 900 B .* 6\.50 s  rolled back: http http:\/\/127\.0\.0\.1:8080\/: HTTP 500/);
    assert.match(lines[4]!, /^db +\? → bbbbbbbbbbbbbbbb .* unreachable: ssh: connect to host 10\.0\.0\.9 port 22: Connection refused$/);
    assert.match(lines[5]!, /^dns .* failed: connection lost during awaiting confirmation$/);
  });

  test("a rollback shows its evidence after the table: the check's output and the units' journal; a failure its hint", () => {
    const after = text.slice(text.indexOf("\n\n"));
    assert.match(after, /\nrouter: rolled back: http .*\n  check http http:\/\/127\.0\.0\.1:8080\/ \(12 attempts, 3\.0 s\):\n    HTTP 500 Internal Server Error \(expected 2xx\)\n    database down\n  failed units \(units\.log\):\n    app\.service: Main process exited/);
    assert.match(after, /\ndns: failed: connection lost .*\n  hint:\n    run `hearth ship dns` again/);
    assert.ok(!/\nweb:|\nnas:/.test(after), "machines that ended well have no details");
  });

  test("totals", () => {
    assert.equal(renderTotals(rows), "5 machines: 1 ok, 1 unchanged, 1 rolled back, 1 unreachable, 1 failed\n");
  });
});

describe("Progress", () => {
  const stream = () => {
    const chunks: string[] = [];
    return { chunks, write: (t: string) => chunks.push(t), isTTY: false };
  };

  test("GIVEN no terminal THEN one plain line per stage change, with the machine's elapsed time", () => {
    let now = 1000;
    const s = stream();
    const p = new Progress(["web", "nas"], s, () => now);
    p.begin("web", "connect");
    now += 250;
    p.stage("web", "rsync");
    p.stage("web", "rsync"); // same stage: no new line
    now += 1000;
    p.finish("web", "ok");
    p.stop();
    assert.deepEqual(s.chunks, ["web       connect                    0.0 s\n", "web       rsync                      0.3 s\n", "web       ok                         1.3 s\n"]);
  });

  test("GIVEN a terminal THEN the block of lines is redrawn in place", () => {
    const s = { ...stream(), isTTY: true, columns: 80 };
    const p = new Progress(["web", "nas"], s, () => 0);
    p.stage("web", "rsync");
    p.note("web: the last activation (x) rolled back: no confirmation within 30 s");
    p.stop();
    const out = s.chunks.join("");
    assert.match(out, /\x1b\[2F\x1b\[Jweb: the last activation/, "the note is written where the block was");
    assert.match(out, /\x1b\[2Kweb       rsync/);
    assert.ok(out.endsWith("\n"));
  });
});

test("mapLimit: at most N at once, results in order", async () => {
  let running = 0;
  let peak = 0;
  const out = await mapLimit([5, 1, 3, 2, 4], 2, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, n * 2));
    running--;
    return n * 10;
  });
  assert.deepEqual(out, [50, 10, 30, 20, 40]);
  assert.equal(peak, 2);
});
