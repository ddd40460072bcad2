// Gathered facts (site.facts.json beside site.ts) feed the layers; compile never contacts a host.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { tempSite } from "./support/temp-site.ts";

const source = `import { file, layer, machine, site } from "hearth";
const a = layer("a", (m) => [file("/usr/local/etc/facts", \`\${m.facts.nproc} cores, \${m.facts.arch}, \${m.facts.osCodename ?? "unknown os"}\\n\`)]);
export default site({ name: "t", domain: "t.test", machines: [
  machine("one", { facts: { arch: "aarch64", nproc: 2 }, layers: [a] }), /*one*/
  machine("two", { facts: { nproc: 1 }, layers: [a] }),
] });
`;
const gathered = { hostname: "one", arch: "x86_64", nproc: 8, memoryMiB: 4096, osId: "debian", osVersion: "12", osCodename: "bookworm" };
const factsFile = (dir: string) => {
  const text = (r: Awaited<ReturnType<typeof compileSite>>, m: string) =>
    Buffer.from(r.machines.find((x) => x.name === m)!.generation.tree.find((e) => e.path === "etc/facts")!.content!).toString();
  return { text, path: join(dir, "site.facts.json") };
};

test("without site.facts.json, layers see the declared facts", async () => {
  const { dir, sitePath } = tempSite(source);
  const r = await compileSite({ sitePath, write: false });
  assert.ok(r.ok, formatDiagnostics(r.diagnostics));
  assert.equal(factsFile(dir).text(r, "one"), "2 cores, aarch64, unknown os\n");
});

test("gathered facts override declared ones, with a warning at the machine where they disagree", async () => {
  const { dir, sitePath } = tempSite(source);
  const f = factsFile(dir);
  writeFileSync(f.path, JSON.stringify({ hearth: 1, machines: { one: gathered } }));
  const r = await compileSite({ sitePath, write: false });
  assert.ok(r.ok);
  assert.equal(f.text(r, "one"), "8 cores, x86_64, bookworm\n");
  assert.equal(f.text(r, "two"), "1 cores, undefined, unknown os\n", "a machine without gathered facts keeps its declared ones");
  const text = formatDiagnostics(r.diagnostics, dir);
  assert.match(text, /site\.ts:4: warning: machine "one" declares arch: "aarch64", but site\.facts\.json says "x86_64"; using the gathered value/);
  assert.match(text, /declares nproc: 2, but site\.facts\.json says 8/);
});

test("a malformed site.facts.json is an error that says how to remake it", async () => {
  const { dir, sitePath } = tempSite(source);
  writeFileSync(factsFile(dir).path, JSON.stringify({ hearth: 1, machines: { one: { ...gathered, nproc: "eight" } } }));
  const r = await compileSite({ sitePath, write: false });
  assert.equal(r.ok, false);
  assert.match(formatDiagnostics(r.diagnostics, dir), /site\.facts\.json:1: error: site\.facts\.json has no number "nproc" for machine "one"\n {2}fix: run `hearth facts`/);
});
