// Compiling is deterministic, and rewrites only what changed.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { installerPath } from "../compiler/package-root.ts";
import { PENDING_KEY_WARNING } from "./support/example-keys.ts";

const example = join(import.meta.dirname, "..", "sites", "example");
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, String(f))).isFile()).map((f) => [String(f), readFileSync(join(dir, String(f))).toString("base64")]));

test("the example site compiles cleanly for its three machines, a fresh clone with no facts included", async () => {
  const out = tmp("hearth-out-");
  const result = await compileSite({ sitePath: join(example, "site.ts"), outDir: out });
  // a fresh clone knows no WireGuard keys yet: the overlay waits, with one warning per machine
  assert.deepEqual(result.diagnostics.map((d) => [d.severity, PENDING_KEY_WARNING.test(d.message)]), [["warning", true], ["warning", true], ["warning", true]]);
  assert.equal(result.ok, true);
  assert.deepEqual(readdirSync(out).sort(), ["clients", "nas", "router", "web"]);
  assert.deepEqual(readdirSync(join(out, "clients")), ["mesh-laptop.conf"]);
  for (const m of ["nas", "router", "web"]) assert.deepEqual(readdirSync(join(out, m)).sort(), ["bundle.tar.gz", "install.sh", "manifest.json"]);
  // install.sh is hearth's installer as it is, the same for every machine; manifest.json says what it installs
  for (const m of ["nas", "router", "web"]) {
    assert.deepEqual(readFileSync(join(out, m, "install.sh")), readFileSync(installerPath));
    const manifest = JSON.parse(readFileSync(join(out, m, "manifest.json"), "utf8")) as Record<string, unknown>;
    assert.deepEqual(Object.keys(manifest).slice(0, 6), ["hearth", "machine", "gen", "bundleSha256", "tarSha256", "packages"]);
    assert.equal(manifest.machine, m);
  }
});

test("the same site.ts gives the same bytes, from another checkout and another run", async () => {
  // GIVEN two copies of the example site in different directories
  const a = tmp("hearth-a-");
  const b = tmp("hearth-b-");
  cpSync(example, a, { recursive: true });
  cpSync(example, b, { recursive: true });
  // WHEN each is compiled
  await compileSite({ sitePath: join(a, "site.ts"), outDir: join(a, "out") });
  await compileSite({ sitePath: join(b, "site.ts"), outDir: join(b, "out") });
  // THEN every output file is byte-identical
  const sa = snapshot(join(a, "out"));
  assert.ok(Object.keys(sa).length >= 9);
  assert.deepEqual(snapshot(join(b, "out")), sa);
});

test("a no-change compile writes nothing; a change rewrites only the machines it touches", async () => {
  // GIVEN a compiled copy of the example
  const dir = tmp("hearth-inc-");
  cpSync(example, dir, { recursive: true });
  const out = join(dir, "out");
  const first = await compileSite({ sitePath: join(dir, "site.ts"), outDir: out });
  const mtimes = () => Object.fromEntries(["nas", "router", "web"].map((m) => [m, statSync(join(out, m, "bundle.tar.gz")).mtimeMs]));
  const before = mtimes();
  // WHEN it is compiled again unchanged
  const again = await compileSite({ sitePath: join(dir, "site.ts"), outDir: out });
  // THEN no byte is written and the generation ids are the same
  assert.deepEqual(again.machines.map((m) => m.bytesWritten), [0, 0, 0]);
  assert.deepEqual(mtimes(), before);
  assert.deepEqual(again.machines.map((m) => m.generation.gen), first.machines.map((m) => m.generation.gen));
  // WHEN a file only the web machine uses changes
  writeFileSync(join(dir, "layers/web/usr/local/share/www/index.html"), "<h1>changed</h1>\n");
  const changed = await compileSite({ sitePath: join(dir, "site.ts"), outDir: out });
  // THEN only web is rewritten, with a new generation id
  const written = Object.fromEntries(changed.machines.map((m) => [m.name, m.bytesWritten > 0]));
  assert.deepEqual(written, { router: false, nas: false, web: true });
  assert.notEqual(changed.machines.find((m) => m.name === "web")!.generation.gen, first.machines.find((m) => m.name === "web")!.generation.gen);
});

test("a failing compile writes nothing at all", async () => {
  // GIVEN a copy of the example where one machine's layer is broken
  const dir = tmp("hearth-fail-");
  cpSync(example, dir, { recursive: true });
  const site = join(dir, "site.ts");
  writeFileSync(site, readFileSync(site, "utf8").replace('fromFile("files/disk-report.sh")', 'fromFile("files/nope.sh")'));
  // WHEN it is compiled
  const result = await compileSite({ sitePath: site, outDir: join(dir, "out") });
  // THEN it fails and no machine's output exists, not even the healthy ones
  assert.equal(result.ok, false);
  assert.throws(() => readdirSync(join(dir, "out")));
});

test("a damaged bundle in out/ is packed again, not trusted", async () => {
  // GIVEN a compiled copy of the example whose nas bundle was then truncated
  const dir = tmp("hearth-damaged-");
  cpSync(example, dir, { recursive: true });
  const out = join(dir, "out");
  await compileSite({ sitePath: join(dir, "site.ts"), outDir: out });
  const good = readFileSync(join(out, "nas", "bundle.tar.gz"));
  writeFileSync(join(out, "nas", "bundle.tar.gz"), good.subarray(0, 100));
  // WHEN it is compiled again
  const again = await compileSite({ sitePath: join(dir, "site.ts"), outDir: out });
  // THEN the bundle is rewritten with exactly its original bytes, and only nas wrote anything
  assert.ok(readFileSync(join(out, "nas", "bundle.tar.gz")).equals(good));
  assert.deepEqual(Object.fromEntries(again.machines.map((m) => [m.name, m.bytesWritten > 0])), { router: false, nas: true, web: false });
});

test("what a killed hearth left staged in out/ is removed by the next compile; a running one's, fresh ones and other files stay", async () => {
  // GIVEN an output directory, and in it what processes left beside its files
  const out = tmp("hearth-out-");
  const sitePath = join(example, "site.ts");
  assert.ok((await compileSite({ sitePath, outDir: out })).ok);
  const gone = spawnSync("true").pid!;
  const running = spawn("sleep", ["30"], { stdio: "ignore" });
  try {
    const dir = join(out, "web");
    const hourAgo = new Date(Date.now() - 3600_000);
    const leave = (name: string, when = hourAgo) => {
      writeFileSync(join(dir, name), "half");
      utimesSync(join(dir, name), when, when);
    };
    leave(`bundle.tar.gz.tmp-${gone}-3`); // a killed watch's staged bundle
    leave(`manifest.json.tmp-${gone}-3`); // and its manifest
    leave(`install.sh.tmp-${gone}`); // a killed compile's write before its rename
    leave(`bundle.tar.gz.tmp-${gone}-4`, new Date()); // just written: perhaps a build still running elsewhere
    leave(`bundle.tar.gz.tmp-${running.pid}-1`); // a process that is still there
    leave(`notes.txt.tmp-${gone}`); // not hearth's
    // WHEN the site is compiled again
    assert.ok((await compileSite({ sitePath, outDir: out })).ok);
    // THEN only what gone processes left settled there is removed
    assert.deepEqual(readdirSync(dir).sort(), ["bundle.tar.gz", `bundle.tar.gz.tmp-${gone}-4`, `bundle.tar.gz.tmp-${running.pid}-1`, "install.sh", "manifest.json", `notes.txt.tmp-${gone}`].sort());
  } finally {
    running.kill();
  }
});
