// A warm session swaps new bytes into a machine's last generation when only the
// text of files one definition writes alone changed (compiler/content-swap.ts).
// What a user relies on: whatever the edit, a watch writes exactly what one
// `hearth compile` writes; the shortcut is taken only where it is safe.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { CompileSession } from "../compiler/session.ts";
import { tempSite } from "./support/temp-site.ts";

const source = `import { file, layer, machine, service, site } from "hearth";

const shared = layer("shared", [
  file("/usr/local/etc/plain.conf", "plain = 1\\n"),
  file("/usr/local/etc/bytes.bin", new Uint8Array([1, 2, 3])),
  file("/usr/local/etc/appended.conf", "base = 1\\n"),
  file("/usr/local/etc/overridden.conf", "loses = 1\\n"),
  file("/usr/local/bin/tool", "#!/bin/sh\\necho 1\\n"),
  file("/usr/local/lib/systemd/system/extra.target", "[Unit]\\nDescription=extra 1\\n"),
  service("app", {
    Service: { ExecStart: ["/usr/local/bin/tool"] },
    Install: { WantedBy: ["multi-user.target"] },
    triggers: ["/usr/local/etc/plain.conf"],
  }),
]);
const extra = layer("extra", [
  file("/usr/local/etc/appended.conf", "more = 1\\n", { combine: "append" }),
  file("/usr/local/etc/overridden.conf", "wins = 1\\n", { combine: "override" }),
]);

export default site({
  name: "t",
  domain: "t.test",
  machines: [
    machine("a", { layers: [shared, extra] }),
    machine("b", { layers: [shared, extra, layer("own-b", [file("/usr/local/etc/b-only", "b = 1\\n")])] }),
  ],
});
`;

interface Edit {
  readonly what: string;
  readonly apply: (site: string) => string;
  readonly compiled: readonly string[];
  readonly swapped: readonly string[];
}

// applied one after another: each builds on what the edits before it left
const edits: Edit[] = [
  { what: "a text file both machines share", apply: (s) => s.replace("plain = 1", "plain = 2"), compiled: ["a", "b"], swapped: ["a", "b"] },
  { what: "a bytes file", apply: (s) => s.replace("[1, 2, 3]", "[4, 5, 6, 7]"), compiled: ["a", "b"], swapped: ["a", "b"] },
  { what: "the program a unit runs (its restart inputs change)", apply: (s) => s.replace("echo 1", "echo 2"), compiled: ["a", "b"], swapped: ["a", "b"] },
  { what: "one machine's own file", apply: (s) => s.replace("b = 1", "b = 2"), compiled: ["b"], swapped: ["b"] },
  { what: "text moved to other lines too", apply: (s) => `export const moved = [\n  1,\n];\n${s.replace("plain = 2", "plain = 3")}`, compiled: ["a", "b"], swapped: ["a", "b"] },
  { what: "a file another layer appends to", apply: (s) => s.replace("base = 1", "base = 2"), compiled: ["a", "b"], swapped: [] },
  { what: "the appending definition", apply: (s) => s.replace("more = 1", "more = 2"), compiled: ["a", "b"], swapped: [] },
  { what: "a file another layer overrides (the generation stays)", apply: (s) => s.replace("loses = 1", "loses = 2"), compiled: ["a", "b"], swapped: [] },
  { what: "the overriding definition", apply: (s) => s.replace("wins = 1", "wins = 2"), compiled: ["a", "b"], swapped: [] },
  { what: "a unit file shipped with file()", apply: (s) => s.replace("extra 1", "extra 2"), compiled: ["a", "b"], swapped: [] },
  { what: "a file's text and its mode", apply: (s) => s.replace('"plain = 3\\n")', '"plain = 4\\n", { mode: 0o600 })'), compiled: ["a", "b"], swapped: [] },
  { what: "a file's text, and a file added", apply: (s) => s.replace("b = 2\\n\")", 'b = 3\\n"), file("/usr/local/etc/b-new", "new\\n")'), compiled: ["b"], swapped: [] },
  { what: "a unit", apply: (s) => s.replace('ExecStart: ["/usr/local/bin/tool"]', 'ExecStart: ["/usr/local/bin/tool", "--again"]'), compiled: ["a", "b"], swapped: [] },
  { what: "text again, after all of that", apply: (s) => s.replace("plain = 4", "plain = 5").replace("b = 3", "b = 4"), compiled: ["a", "b"], swapped: ["a", "b"] },
];

const { dir, sitePath } = tempSite(source);
const session = new CompileSession(sitePath);
after(async () => {
  await session.dispose();
  rmSync(dir, { recursive: true, force: true });
});

test("after every kind of edit, a warm session writes exactly what one compile writes, and swaps bytes only where it is safe", async () => {
  const warmOut = join(dir, "out");
  assert.ok((await session.compile({ outDir: warmOut })).ok);
  let site = source;
  for (const edit of edits) {
    site = edit.apply(site);
    writeFileSync(sitePath, site);
    const warm = await session.compile({ outDir: warmOut });
    assert.ok(warm.ok, `${edit.what}: ${JSON.stringify(warm.diagnostics)}`);
    assert.deepEqual(session.lastStats, { evaluated: true, compiled: edit.compiled, swapped: edit.swapped }, edit.what);
    const freshOut = mkdtempSync(join(tmpdir(), "hearth-swap-fresh-"));
    try {
      assert.ok((await compileSite({ sitePath, outDir: freshOut })).ok);
      for (const m of ["a", "b"])
        for (const f of ["bundle.tar.gz", "manifest.json"]) assert.deepEqual(readFileSync(join(warmOut, m, f)), readFileSync(join(freshOut, m, f)), `${edit.what}: ${m}/${f}`);
    } finally {
      rmSync(freshOut, { recursive: true, force: true });
    }
  }
});
