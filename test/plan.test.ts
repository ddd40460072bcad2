// `hearth plan` on the laptop says exactly what install.sh would do on the target.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import { runHearth } from "./support/run-cli.ts";

const example = join(import.meta.dirname, "..", "sites", "example");
let dir: string;
let root: string;

before(async () => {
  // GIVEN the example compiled and its web machine installed into a directory
  dir = mkdtempSync(join(tmpdir(), "hearth-plan-"));
  cpSync(example, dir, { recursive: true });
  root = join(dir, "root");
  const r = await runHearth(["compile", "site.ts"], dir);
  assert.equal(r.code, 0, r.stderr);
  execFileSync("sh", [join(dir, "out/web/install.sh"), "--root", root], { stdio: "ignore" });
  // WHEN the nginx config template changes in site.ts
  const site = join(dir, "site.ts");
  writeFileSync(site, readFileSync(site, "utf8").replace("worker_connections 512", "worker_connections 1024"));
});

const planLines = (text: string) => text.split("\n").filter((l) => /^[~+-] |\t/.test(l));

test("plan against an installed root lists the changed file and the unit it reloads, and writes nothing", async () => {
  const r = await runHearth(["plan", "site.ts", "web", "--against", root], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^== web against .*root \(installed generation\)\nplan: [0-9a-f]{16} -> [0-9a-f]{16}: 0 added, 1 changed, 0 removed/m);
  assert.deepEqual(planLines(r.stdout), ["~ etc/nginx/nginx.conf (content)", "try-reload-or-restart\tnginx.service\tchanged: etc/nginx/nginx.conf"]);
  const manifest = JSON.parse(readFileSync(join(dir, "out/web/manifest.json"), "utf8"));
  assert.ok(manifest.paths.some((p: { path: string }) => p.path === "etc/nginx/nginx.conf"), "out/ still holds the last compile");
});

test("the laptop's plan is the installer's plan, line for line", async () => {
  const laptop = await runHearth(["plan", "site.ts", "web", "--against", root], dir);
  await runHearth(["compile", "site.ts", "web", "--out", "out2"], dir);
  const target = execFileSync("sh", [join(dir, "out2/web/install.sh"), "plan", "--root", root], { encoding: "utf8" });
  assert.deepEqual(planLines(laptop.stdout), planLines(target));
  assert.ok(planLines(target).length > 0);
});

test("plan against a manifest.json, and by default against the last compile in out/", async () => {
  const byManifest = await runHearth(["plan", "site.ts", "web", "--against", "out/web/manifest.json"], dir);
  assert.equal(byManifest.code, 0, byManifest.stderr);
  assert.ok(planLines(byManifest.stdout).includes("~ etc/nginx/nginx.conf (content)"));
  const byDefault = await runHearth(["plan", "site.ts"], dir);
  assert.equal(byDefault.code, 0, byDefault.stderr);
  assert.match(byDefault.stdout, /== router against last compile \(out\/router\/manifest\.json\)\nplan: .*0 added, 0 changed, 0 removed/);
  assert.ok(planLines(byDefault.stdout).includes("~ etc/nginx/nginx.conf (content)"));
});

test("plan with nothing compiled or installed shows every path as new", async () => {
  const fresh = mkdtempSync(join(tmpdir(), "hearth-plan-fresh-"));
  cpSync(example, fresh, { recursive: true });
  const r = await runHearth(["plan", "site.ts", "router"], fresh);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /== router against nothing compiled before\nplan: nothing installed -> /);
  assert.ok(planLines(r.stdout).includes("start\theartbeat.service\tnew unit"));
  assert.ok(!existsSync(join(fresh, "out")), "plan writes nothing");
});

test("a root or manifest describes one machine: plan asks which", async () => {
  const r = await runHearth(["plan", "site.ts", "--against", root], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /describes one machine: name it/);
});
