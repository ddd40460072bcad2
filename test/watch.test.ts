// hearth watch: every save rebuilds what it touched, says what changed, survives mistakes.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { compileSite, type CompileResult } from "../compiler/compile.ts";
import { installerPath } from "../compiler/package-root.ts";
import { CompileSession } from "../compiler/session.ts";
import { WatchLoop } from "../compiler/watch/loop.ts";
import { tempSite } from "./support/temp-site.ts";

const example = join(import.meta.dirname, "..", "sites", "example");
let dir: string;
let loop: WatchLoop;
let out = "";
let err = "";
let built: { ms: number; result: CompileResult }[] = [];

/** Writes a file and waits for the build it causes. */
async function save(path: string, text: string): Promise<{ ms: number; result: CompileResult }> {
  const before = built.length;
  writeFileSync(join(dir, path), text);
  for (let i = 0; i < 400 && built.length === before; i++) await new Promise((r) => setTimeout(r, 10));
  await loop.idle();
  assert.ok(built.length > before, "a save caused a build");
  return built[built.length - 1]!;
}
const edit = (path: string, from: string, to: string) => save(path, readFileSync(join(dir, path), "utf8").replace(from, to));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearth-watch-"));
  cpSync(example, dir, { recursive: true });
  loop = new WatchLoop({
    sitePath: join(dir, "site.ts"),
    machines: [],
    outDir: join(dir, "out"),
    out: { write: (t: string) => (out += t) },
    err: { write: (t: string) => (err += t) },
  });
  loop.onBuilt = (ms, result) => built.push({ ms, result });
  await loop.start();
});
after(() => loop.close());

test("the first build compiles every machine and writes their output", () => {
  assert.equal(built.length, 1);
  assert.ok(built[0]!.result.ok);
  assert.deepEqual([...loop.session.lastStats.compiled].sort(), ["nas", "router", "web"]);
  assert.match(err, /watching .* \(Ctrl-C to stop\)/);
});

test("a file one machine reads: only that machine is compiled and rewritten, and the plan says why", async () => {
  const routerBundle = statSync(join(dir, "out/router/bundle.tar.gz")).mtimeMs;
  const webInstaller = statSync(join(dir, "out/web/install.sh")).ino;
  out = "";
  const { result } = await save("layers/web/usr/local/share/www/index.html", "<h1>new page</h1>\n");
  assert.ok(result.ok);
  // a file read from disk: web is compiled again in full
  assert.deepEqual(loop.session.lastStats, { evaluated: false, compiled: ["web"], swapped: [] });
  assert.match(out, /built 3 machines in \d+ ms after layers\/web\/usr\/local\/share\/www\/index\.html changed; compiled 1\n/);
  assert.match(out, /^ {2}web: [0-9a-f]{16} -> [0-9a-f]{16}: 0 added, 1 changed, 0 removed/m);
  assert.match(out, /^ {4}~ share\/www\/index\.html \(content\)$/m);
  assert.equal(statSync(join(dir, "out/router/bundle.tar.gz")).mtimeMs, routerBundle, "router's bundle was not rewritten");
  // install.sh is the same for every generation: web's new bundle and manifest came without a new one
  assert.equal(statSync(join(dir, "out/web/install.sh")).ino, webInstaller, "web's install.sh was not rewritten");
});

test("an install.sh changed in out/ is written again by the next build of its machine", async () => {
  // GIVEN web's install.sh cut short behind the watch's back
  writeFileSync(join(dir, "out/web/install.sh"), "#!/bin/sh\n");
  // WHEN a save changes web THEN its install.sh is hearth's installer again
  await save("layers/web/usr/local/share/www/index.html", "<h1>newer page</h1>\n");
  assert.deepEqual(loop.session.lastStats.compiled, ["web"]);
  assert.deepEqual(readFileSync(join(dir, "out/web/install.sh")), readFileSync(installerPath));
});

test("an edit of site.ts evaluates it again but compiles only the machines it changed", async () => {
  out = "";
  await edit("site.ts", "worker_connections 512", "worker_connections 700");
  // only the text of nginx.conf changed: web's last generation takes its new bytes (content-swap.ts)
  assert.deepEqual(loop.session.lastStats, { evaluated: true, compiled: ["web"], swapped: ["web"] });
  assert.match(out, /^ {4}try-reload-or-restart\tnginx\.service\tchanged: etc\/nginx\/nginx\.conf$/m);
});

test("what a watch wrote (its bundles and manifests staged while it compiled) is byte for byte what one hearth compile writes", async () => {
  // GIVEN web rewritten by the watch after an edit: a directory it wrote before, so web's bundle and
  // manifest were staged as soon as web was compiled, their sums filled in on the output worker
  await edit("site.ts", "worker_connections 700", "worker_connections 650");
  assert.deepEqual(loop.session.lastStats.compiled, ["web"]);
  // WHEN the same site is compiled once into a fresh directory
  const fresh = mkdtempSync(join(tmpdir(), "hearth-watch-fresh-"));
  try {
    const once = await compileSite({ sitePath: join(dir, "site.ts"), outDir: fresh });
    assert.ok(once.ok);
    // THEN every machine's files are the same bytes, and the manifests' sums are the bundles'
    for (const m of ["nas", "router", "web"])
      for (const f of ["bundle.tar.gz", "install.sh", "manifest.json"]) assert.deepEqual(readFileSync(join(dir, "out", m, f)), readFileSync(join(fresh, m, f)), `${m}/${f}`);
    const manifest = JSON.parse(readFileSync(join(dir, "out", "web", "manifest.json"), "utf8")) as { bundleSha256: string };
    assert.equal(manifest.bundleSha256, createHash("sha256").update(readFileSync(join(dir, "out", "web", "bundle.tar.gz"))).digest("hex"));
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  await edit("site.ts", "worker_connections 650", "worker_connections 700");
});

test("a mistake is reported at site.ts:line, nothing is written, and the next good save recovers", async () => {
  err = "";
  const broken = await edit("site.ts", 'fromFile("files/disk-report.sh")', 'fromFile("files/nope.sh")');
  assert.equal(broken.result.ok, false);
  assert.match(err, /site\.ts:\d+: error: \[nas\] fromFile\(\): .*nope\.sh does not exist/);
  assert.match(err, /build failed .*; fix it and save again/);
  const fixed = await edit("site.ts", 'fromFile("files/nope.sh")', 'fromFile("files/disk-report.sh")');
  assert.ok(fixed.result.ok);
});

test("a save that changes a healthy machine and breaks another writes neither, and leaves nothing half-written", async () => {
  // GIVEN the outputs as the last good build left them
  const machines = ["nas", "router", "web"];
  const files = () => machines.map((m) => readdirSync(join(dir, "out", m)).sort());
  const gens = () => machines.map((m) => (JSON.parse(readFileSync(join(dir, "out", m, "manifest.json"), "utf8")) as { gen: string }).gen);
  const [filesBefore, gensBefore] = [files(), gens()];
  // WHEN one save changes web (its bundle is packed, and staged beside the old one, while nas compiles) and breaks nas
  const site = readFileSync(join(dir, "site.ts"), "utf8");
  const broken = await save("site.ts", site.replace(/worker_connections (\d+)/, (_, n: string) => `worker_connections ${Number(n) + 1000}`).replace('fromFile("files/disk-report.sh")', 'fromFile("files/nope.sh")'));
  // THEN the build fails, web was compiled, and out/ holds exactly what it held: no new generation, no staged file
  assert.equal(broken.result.ok, false);
  assert.ok(loop.session.lastStats.compiled.includes("web"));
  assert.deepEqual(files(), filesBefore);
  assert.deepEqual(gens(), gensBefore);
  // AND the site as it was builds again
  assert.ok((await save("site.ts", site)).result.ok);
});

test("a save that changes nothing compiles nothing and writes nothing", async () => {
  const bundles = ["nas", "router", "web"].map((m) => statSync(join(dir, `out/${m}/bundle.tar.gz`)).mtimeMs);
  out = "";
  await save("files/heartbeat.sh", readFileSync(join(dir, "files/heartbeat.sh"), "utf8"));
  assert.deepEqual(loop.session.lastStats.compiled, []);
  assert.deepEqual(["nas", "router", "web"].map((m) => statSync(join(dir, `out/${m}/bundle.tar.gz`)).mtimeMs), bundles);
  assert.doesNotMatch(out, /->/);
});

test("out/ removed while watching: the next build writes every machine there again", async () => {
  rmSync(join(dir, "out"), { recursive: true, force: true });
  const rebuilt = await edit("site.ts", "worker_connections 700", "worker_connections 701");
  assert.ok(rebuilt.result.ok);
  // web changed; nas and router did not, and are written again all the same
  assert.deepEqual(loop.session.lastStats.compiled, ["web"]);
  for (const m of ["nas", "router", "web"]) assert.deepEqual(readdirSync(join(dir, "out", m)).sort(), ["bundle.tar.gz", "install.sh", "manifest.json"]);
  const manifest = JSON.parse(readFileSync(join(dir, "out", "web", "manifest.json"), "utf8")) as { gen: string };
  assert.equal(manifest.gen, rebuilt.result.machines.find((m) => m.name === "web")!.generation.gen);
});

test("a build that cannot write out/ fails with the reason, the watch goes on, and the next save recovers", async () => {
  // GIVEN web's output directory is not a directory any more (as unwritable as a full disk)
  rmSync(join(dir, "out", "web"), { recursive: true, force: true });
  writeFileSync(join(dir, "out", "web"), "in the way\n");
  err = "";
  // WHEN a save changes web
  const failed = await edit("site.ts", "worker_connections 701", "worker_connections 702");
  // THEN the build fails, saying what it could not write
  assert.equal(failed.result.ok, false);
  assert.match(err, /error: writing the build failed: .*out\/web/);
  assert.match(err, /build failed .*; fix it and save again/);
  // AND once the way is clear, the next save writes web's output again
  rmSync(join(dir, "out", "web"));
  const fixed = await edit("site.ts", "worker_connections 702", "worker_connections 703");
  assert.ok(fixed.result.ok);
  assert.deepEqual(readdirSync(join(dir, "out", "web")).sort(), ["bundle.tar.gz", "install.sh", "manifest.json"]);
});

test("declarations that only moved to other lines compile nothing again", async () => {
  // every declaration a few lines lower (an export is code esbuild keeps; a comment or blank line
  // would not move anything in the bundle): the machines' fingerprints ignore where things were declared
  const moved = await save("site.ts", `export const movedBy = [\n  "a statement",\n  "on top",\n];\n${readFileSync(join(dir, "site.ts"), "utf8")}`);
  assert.ok(moved.result.ok);
  assert.deepEqual(loop.session.lastStats, { evaluated: true, compiled: [], swapped: [] });
});

test("a file added below a tree two machines share: the next build lists the tree again and both ship it", async () => {
  // GIVEN a session that built a site whose shared layer copies a directory
  const { dir: siteDir, sitePath } = tempSite(
    `import { layer, machine, site, tree } from "hearth";
const www = layer("www", [tree("/usr/local/share/www", "www")]);
export default site({ name: "t", domain: "t.test", machines: [machine("a", { layers: [www] }), machine("b", { layers: [www] })] });
`,
    { "www/index.html": "hello\n" },
  );
  const session = new CompileSession(sitePath);
  after(() => session.dispose());
  const outDir = join(siteDir, "out");
  assert.ok((await session.compile({ outDir })).ok);
  // WHEN a file is added below the tree
  writeFileSync(join(siteDir, "www", "new.html"), "new\n");
  const next = await session.compile({ outDir });
  // THEN both machines are compiled again, and each generation has the new file
  assert.ok(next.ok);
  assert.deepEqual(session.lastStats.compiled, ["a", "b"]);
  for (const m of next.machines) assert.ok(m.generation.tree.some((e) => e.path === "share/www/new.html"), `${m.name} ships share/www/new.html`);
});
