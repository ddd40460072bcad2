// Marked call sites (compiler/call-sites.ts): the DSL calls in the bundle of
// site.ts say where they are, so nodes are placed without capturing a stack. What
// a user relies on: every node is placed exactly where capturing a stack would
// place it, and the marks change nothing else (text, columns, errors).
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { markCallSites } from "../compiler/call-sites.ts";
import { indexSourceMap } from "../compiler/sourcemap.ts";
import { runSiteBundle, SiteBundler, type EvaluatedSite, type SiteBundle } from "../compiler/evaluate.ts";
import { expandLayers } from "../compiler/layers.ts";
import type { Machine } from "../dsl/nodes.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";

async function bundleOf(sitePath: string): Promise<SiteBundle> {
  const bundler = new SiteBundler(sitePath);
  try {
    const bundled = await bundler.bundle();
    assert.ok(bundled.ok, "the site bundles");
    return bundled.bundle;
  } finally {
    await bundler.dispose();
  }
}

function evaluated(bundle: SiteBundle, markCalls: boolean): EvaluatedSite {
  const ev = runSiteBundle(bundle, { markCalls });
  assert.ok(ev.ok, `the site evaluates: ${JSON.stringify(ev.ok ? [] : ev.diagnostics)}`);
  return ev.value;
}

/** Every node of every machine with the place it was given, in order. */
function placedNodes(ev: EvaluatedSite): string[] {
  return (ev.site.machines as Machine[]).flatMap((m) => {
    const expanded = expandLayers(ev, m, m.facts);
    return [
      `machine ${m.name} ${JSON.stringify(ev.place(m.at))}`,
      ...expanded.layers.map((l) => `layer ${l.name} ${JSON.stringify(ev.place(l.at))}`),
      ...expanded.items.map(({ item }) => `${item.kind} ${JSON.stringify(ev.place(item.at))} ${JSON.stringify(item)}`),
    ];
  });
}

const LOOKALIKE = "(0, import_hearth.file)(";

const source = `import { file, layer, machine, service, site } from "hearth";
import { distroService } from "hearth/stdlib";
import { helperFile } from "./helper.ts";

// a user name of the marks' own shape: the marks must not take it
const $AA = "taken";
const alias = file;
// esbuild prints a call of what this returns as \`pass(0, import_hearth.file)(…)\`: not a call of file
const pass = (_n: number, f: typeof file) => f;

const base = layer("base", (m) => [
  file("/usr/local/etc/plain", "plain\\n"), file("/usr/local/etc/second-on-line", "two\\n"), /*@second*/
  file("/usr/local/etc/lookalike", ${JSON.stringify(LOOKALIKE)} + \`${LOOKALIKE} \${m.name}\`), /*@lookalike*/
  file(
    "/usr/local/etc/multi-line", /*@multi*/
    $AA,
  ),
  alias("/usr/local/etc/aliased", "not marked: placed by its stack\\n"), /*@alias*/
  pass(0, file)("/usr/local/etc/passed", "through a user function\\n"), /*@passed*/
  (0, file)("/usr/local/etc/comma", "the user's own comma\\n"), /*@comma*/
  helperFile(m.name),
  ...distroService("nginx.service", { config: { "/etc/nginx/nginx.conf": "/usr/local/etc/plain" } }), /*@stdlib*/
  service("app", { Service: { ExecStart: ["/usr/local/bin/app"] } }), /*@service*/
]);

export default site({
  name: "t",
  domain: "t.test",
  machines: [machine("a", { layers: [base] }), machine("b", { layers: [base] })], /*@machines*/
});
`;
const helper = `import { file } from "hearth";
export const helperFile = (name: string) => file(\`/usr/local/etc/helper-\${name}\`, "from a helper module\\n"); /*@helper*/
`;

test("every node of a site is placed where a stack capture places it, and most without one", async () => {
  const { sitePath, dir } = tempSite(source, { "helper.ts": helper });
  const bundle = await bundleOf(sitePath);
  const marked = evaluated(bundle, true);
  const captured = evaluated(bundle, false);
  assert.deepEqual(placedNodes(marked), placedNodes(captured));
  // marked: one place per call site, which both machines' nodes share; captured: one per node
  const plainAt = (ev: EvaluatedSite) =>
    (ev.site.machines as Machine[]).map((m) => expandLayers(ev, m, m.facts).items.find(({ item }) => "path" in item && item.path === "/usr/local/etc/plain")!.item.at);
  const [markedA, markedB] = plainAt(marked);
  const [capturedA, capturedB] = plainAt(captured);
  assert.equal(markedA, markedB);
  assert.notEqual(capturedA, capturedB);

  // and the places are the right lines of site.ts and helper.ts
  const a = (marked.site.machines as Machine[])[0]!;
  const items = expandLayers(marked, a, a.facts).items;
  const lineOfItem = (path: string) => marked.place(items.find(({ item }) => "path" in item && item.path === path)!.item.at);
  assert.deepEqual(
    ["plain", "second-on-line", "multi-line", "aliased", "passed", "comma"].map((name) => lineOfItem(`/usr/local/etc/${name}`)?.line),
    [lineOf(source, "@second"), lineOf(source, "@second"), lineOf(source, "@multi") - 1, lineOf(source, "@alias"), lineOf(source, "@passed"), lineOf(source, "@comma")],
  );
  assert.deepEqual(lineOfItem("/usr/local/etc/helper-a"), { file: join(dir, "helper.ts"), line: lineOf(helper, "@helper"), column: lineOfItem("/usr/local/etc/helper-a")!.column });
  const stdlibItems = items.filter(({ item }) => item.kind === "dropin" || item.kind === "distro");
  assert.ok(stdlibItems.length > 0);
  for (const { item } of stdlibItems) assert.equal(marked.place(item.at)?.line, lineOf(source, "@stdlib"), `${item.kind} from the stdlib is placed at the user's call`);
});

test("marks keep every line's length, leave look-alike text and user names alone, and mark only hearth's calls", async () => {
  const { sitePath } = tempSite(source, { "helper.ts": helper });
  const bundle = await bundleOf(sitePath);
  const { code, calls } = markCallSites(bundle.code, indexSourceMap(bundle.map, (s) => s).startsSegment);
  assert.deepEqual(
    code.split("\n").map((l) => l.length),
    bundle.code.split("\n").map((l) => l.length),
  );
  assert.ok(calls.length >= 8, `the direct calls are marked (${calls.length})`);
  assert.ok(!calls.some((c) => c.name === "$AA"), "a name the user's code uses is never a mark");
  // the user's own `(0, …)(` is left as it was: the function pass() returns is no call of file
  const bundleLine = (text: string, marker: string) => text.split("\n").find((l) => l.includes(marker))!;
  assert.match(bundleLine(code, '"/usr/local/etc/passed"'), /pass\(0, import_hearth\d*\.file\)\(/);
  assert.match(bundleLine(code, '"/usr/local/etc/comma"'), /\(0, import_hearth\d*\.file\)\(/);

  // with the source map's real segments, the look-alike text in the strings stays as it was
  const ev = evaluated(bundle, true);
  const a = (ev.site.machines as Machine[])[0]!;
  const lookalike = expandLayers(ev, a, a.facts).items.find(({ item }) => "path" in item && item.path === "/usr/local/etc/lookalike")!.item;
  assert.deepEqual((lookalike as { source: unknown }).source, { kind: "text", text: `${LOOKALIKE}${LOOKALIKE} a` });
});

test("an exception after a marked call on the same line still points at its column", async () => {
  const thrower = `import { file, layer, machine, site } from "hearth";
const l = layer("l", () => [file("/usr/local/etc/x", "x"), (() => { throw new Error("boom"); })()]); /*@throw*/
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [l] })] });
`;
  const { sitePath } = tempSite(thrower);
  const bundle = await bundleOf(sitePath);
  const [marked, captured] = [true, false].map((markCalls) => {
    const ev = evaluated(bundle, markCalls);
    const m = (ev.site.machines as Machine[])[0]!;
    return expandLayers(ev, m, m.facts).diagnostics;
  });
  assert.equal(marked!.length, 1);
  assert.deepEqual(marked, captured);
  assert.equal(marked![0]!.at?.line, lineOf(thrower, "@throw"));
});

test("the example site's nodes are placed as a stack capture places them", async () => {
  const bundle = await bundleOf(join(import.meta.dirname, "..", "sites", "example", "site.ts"));
  assert.ok(markCallSites(bundle.code, indexSourceMap(bundle.map, (s) => s).startsSegment).calls.length > 0);
  assert.deepEqual(placedNodes(evaluated(bundle, true)), placedNodes(evaluated(bundle, false)));
});

test("past the marks' 4,096 names, the calls left are unmarked and placed from their stack", () => {
  const line = (i: number) => `var x${i} = (0, import_hearth.file)("/usr/local/etc/f${i}", "x");`;
  const code = [`var import_hearth = require("hearth");`, "var $AA = 1;", ...Array.from({ length: 5000 }, (_, i) => line(i))].join("\n");
  // as esbuild maps its own `(0, `: a mapping at the callee, none at the 0
  const startsSegment = (line: number, column: number) => code.split("\n")[line - 1]!.startsWith("import_", column - 1);
  const { code: marked, calls } = markCallSites(code, startsSegment);
  assert.equal(calls.length, 64 * 64 - 1, "every free three-character name is used once");
  assert.equal(new Set(calls.map((c) => c.name)).size, calls.length);
  assert.equal(marked.length, code.length);
  const lines = marked.split("\n");
  assert.equal(lines[2], line(0).replace("(0, ", `${calls[0]!.name}(`));
  assert.equal(lines.at(-1), line(4999), "the last calls keep esbuild's own form");
  assert.deepEqual(calls[0], { name: calls[0]!.name, line: 3, column: line(0).indexOf(")(") + 2 });
});
