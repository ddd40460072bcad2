// The README's main command, end to end: `hearth lab up` for the example site,
// `hearth facts`, `hearth ship` to the three local machines with their health
// checks, `hearth verify`, and `hearth lab down`.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { listTargets } from "../../scripts/lab/index.ts";
import { runHearth } from "../support/run-cli.ts";

const skip = process.getuid?.() === 0 ? false : "the lab needs root";
const example = join(import.meta.dirname, "..", "..", "sites", "example");
const MACHINES = ["nas", "router", "web"];

describe("the example site in the lab", { skip, timeout: 600_000 }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "hearth-example-lab-"));
    cpSync(example, dir, { recursive: true });
  });
  after(async () => {
    await runHearth(["lab", "down", "site.ts"], dir);
  });

  test("lab up boots one machine per site machine and writes an inventory", async () => {
    const r = await runHearth(["lab", "up", "site.ts"], dir);
    assert.equal(r.code, 0, r.stderr);
    const inventory = JSON.parse(readFileSync(join(dir, "out/lab/inventory.json"), "utf8"));
    assert.deepEqual(Object.keys(inventory).sort(), MACHINES);
    assert.match(r.stdout, /next: hearth ship site\.ts --inventory out\/lab\/inventory\.json/);
  });

  test("facts gathers each machine's facts into site.facts.json, which compile then uses", async () => {
    const r = await runHearth(["facts", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(r.code, 0, r.stderr);
    const facts = JSON.parse(readFileSync(join(dir, "site.facts.json"), "utf8"));
    for (const m of MACHINES) {
      assert.equal(facts.machines[m].osCodename, "bookworm");
      assert.equal(facts.machines[m].systemd, 252);
      assert.equal(facts.machines[m].hostname, m);
      assert.ok(facts.machines[m].nproc >= 1);
    }
    const compiled = await runHearth(["compile", "site.ts"], dir);
    assert.equal(compiled.code, 0, compiled.stderr);
    // web declares aarch64; the lab machine is whatever this host is: compile says so
    assert.match(compiled.stderr, /warning: machine "web" declares arch: "aarch64", but site\.facts\.json says/);
  });

  test("ship installs every machine, its health checks pass, and verify finds no drift", async () => {
    const r = await runHearth(["ship", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    for (const m of MACHINES) assert.match(r.stdout, new RegExp(`^${m} +\\(none\\) → [0-9a-f]{16} .* ok$`, "m"));
    const again = await runHearth(["ship", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /3 machines: 3 unchanged/);
    const verify = await runHearth(["verify", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  });

  test("lab down removes the machines", async () => {
    const r = await runHearth(["lab", "down", "site.ts"], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!listTargets().some((t) => MACHINES.includes(t.name) && !t.state.owner));
    assert.ok(existsSync(join(dir, "out/lab/inventory.json")));
  });
});
