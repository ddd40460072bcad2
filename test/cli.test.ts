// The command line as users meet it: help, exit codes, where output goes.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runHearth } from "./support/run-cli.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";

const example = join(import.meta.dirname, "..", "sites", "example");

test("every command has --help", async () => {
  for (const cmd of ["compile", "check", "plan"]) {
    const r = await runHearth([cmd, "--help"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Usage: hearth ${cmd}`));
  }
  const top = await runHearth(["--help"]);
  assert.match(top.stdout, /compile .*\n.*check .*\n.*plan /);
});

test("an unknown command or option is a usage error (exit 2) that points at --help", async () => {
  assert.equal((await runHearth(["frobnicate"])).code, 2);
  const r = await runHearth(["compile", "--bogus"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /hearth compile: .*bogus.*\n\(see hearth compile --help\)/);
});

test("compile writes out/<machine>/ and summarises each machine", async () => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-cli-"));
  cpSync(example, dir, { recursive: true });
  const r = await runHearth(["compile", "site.ts"], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^nas +gen [0-9a-f]{16} .* wrote .*→ out\/nas\/$/m);
  const again = await runHearth(["compile", "site.ts"], dir);
  assert.match(again.stdout, /^nas +gen [0-9a-f]{16} .* unchanged/m);
  assert.equal((JSON.parse(readFileSync(join(dir, "out/nas/manifest.json"), "utf8")) as { machine: string }).machine, "nas");
});

test("compile errors go to stderr as site.ts:line with exit 1", async () => {
  const source = `import { file, layer, machine, site } from "hearth";
const a = layer("a", [file("/usr/local/etc/x", "1")]);
const b = layer("b", [file("/usr/local/etc/x", "2")]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a, b] })] });
`;
  const { dir } = tempSite(source);
  const r = await runHearth(["compile", "site.ts"], dir);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^site\.ts:2: error: \[m\] \/usr\/local\/etc\/x is written by two layers/);
});

test("check reports type errors at site.ts:line, and is clean on the example", async () => {
  const clean = await runHearth(["check", join(example, "site.ts")]);
  assert.equal(clean.code, 0, clean.stderr);
  assert.match(clean.stdout, /^ok: 3 machines/);
  const source = `import { layer, machine, service, site } from "hearth";
const a = layer("a", [
  service("web", { Service: { Restart: "sometimes" } }),
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
  const { dir } = tempSite(source);
  const r = await runHearth(["check", "site.ts"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`site\\.ts:${lineOf(source, "sometimes")}: error: .*TS\\d+`));
});

test("check writes nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-check-"));
  cpSync(example, dir, { recursive: true });
  writeFileSync(join(dir, "marker"), "");
  const r = await runHearth(["check", "site.ts"], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.throws(() => readFileSync(join(dir, "out/nas/manifest.json")));
});
