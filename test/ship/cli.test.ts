// The commands that reach machines, as users meet them before any connection:
// help, usage errors, and machines that cannot be reached at all.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runHearth } from "../support/run-cli.ts";
import { tempSite } from "../support/temp-site.ts";

const SITE = `import { file, layer, machine, site } from "hearth";
const base = layer("base", [file("/usr/local/etc/motd", "hi\\n")]);
export default site({ name: "t", domain: "t.test", machines: [
  machine("web", { ssh: "root@web.t.test", layers: [base] }),
  machine("nas", { layers: [base] }),
  machine("db", { layers: [base] }),
] });
`;

test("ship, rollback, generations and verify have --help and are listed", async () => {
  for (const cmd of ["ship", "rollback", "generations", "verify"]) {
    const r = await runHearth([cmd, "--help"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Usage: hearth ${cmd}`));
    assert.match(r.stdout, /--inventory FILE/);
  }
  assert.match((await runHearth(["--help"])).stdout, /ship .*\n.*rollback .*\n.*generations .*\n.*verify /);
});

test("GIVEN machines without an ssh destination THEN ship names each of them, and connects to nothing", async () => {
  const { dir } = tempSite(SITE);
  const r = await runHearth(["ship", "site.ts"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /machine "nas" has no ssh destination: add ssh: "root@nas\.example\.org" to machine\("nas", …\) in site\.ts, or pass --inventory FILE/);
  assert.match(r.stderr, /machine "db" has no ssh destination/);
  assert.doesNotMatch(r.stderr, /machine "web"/);
});

test("GIVEN an inventory for some machines THEN the others still need site.ts destinations", async () => {
  const { dir } = tempSite(SITE);
  writeFileSync(join(dir, "inv.json"), JSON.stringify({ nas: { host: "127.0.0.1" } }));
  const r = await runHearth(["verify", "site.ts", "--inventory", "inv.json"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /machine "db" has no ssh destination: .* or an entry "db" to inv\.json/);
  assert.doesNotMatch(r.stderr, /"nas"/);
});

test("a bad inventory or unknown machine is reported before anything is compiled or reached", async () => {
  const { dir } = tempSite(SITE);
  writeFileSync(join(dir, "bad.json"), JSON.stringify({ nas: { hots: "x" } }));
  const bad = await runHearth(["ship", "site.ts", "--inventory", "bad.json"], dir);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^hearth ship: inventory bad\.json has 2 problems:\n {2}"nas": unknown field "hots"/);
  const unknown = await runHearth(["generations", "site.ts", "mail"], dir);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no machine named "mail" in site\.ts\n {2}machines are: web, nas, db/);
});

test("usage errors exit 2", async () => {
  const { dir } = tempSite(SITE);
  for (const [args, message] of [
    [["ship", "site.ts", "--parallel", "0"], /--parallel needs a whole number from 1 to 256, not "0"/],
    [["ship", "site.ts", "--confirm-timeout", "soon"], /--confirm-timeout needs a whole number/],
    [["rollback", "site.ts"], /rollback takes exactly one MACHINE/],
    [["rollback", "site.ts", "web", "--to", "HEAD~1"], /--to needs a generation id/],
    [["generations", "site.ts", "web", "nas"], /generations takes exactly one MACHINE, not 2/],
  ] as const) {
    const r = await runHearth(args, dir);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
});
