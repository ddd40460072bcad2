// A user's own folder with hearth in node_modules: `import … from "hearth"` compiles,
// and their editor's TypeScript (any ordinary tsconfig) sees hearth's typed API.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const repo = join(import.meta.dirname, "..");
const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");

const run = (file: string, args: string[], cwd: string) =>
  new Promise<{ code: number; out: string }>((resolve) =>
    execFile(file, args, { cwd }, (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr })),
  );

function userFolder(site: string): string {
  const dir = mkdtempSync(join(tmpdir(), "hearth-user-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(repo, join(dir, "node_modules", "hearth"));
  writeFileSync(join(dir, "site.ts"), site);
  // an ordinary tsconfig: no node types, no .ts-extension imports, hearth's sources not in it
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, types: [] }, files: ["site.ts"] }));
  return dir;
}

const site = (directive: string) => `import { layer, machine, service, site } from "hearth";
const a = layer("a", [service("x", { Service: { ${directive}: ["/bin/true"] } })]);
export default site({ name: "u", domain: "u.test", machines: [machine("one", { layers: [a] })] });
`;

test("a site in the user's own folder compiles with hearth from node_modules", async () => {
  const dir = userFolder(site("ExecStart"));
  const r = await run(process.execPath, [join(dir, "node_modules/hearth/bin/hearth.js"), "compile", "site.ts"], dir);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /^one +gen [0-9a-f]{16}/m);
});

test("the user's editor TypeScript resolves hearth's declarations and catches a misspelled directive", async () => {
  const good = await run(process.execPath, [tsc, "-p", "."], userFolder(site("ExecStart")));
  assert.equal(good.code, 0, good.out);
  const bad = await run(process.execPath, [tsc, "-p", "."], userFolder(site("ExecStrat")));
  assert.notEqual(bad.code, 0);
  assert.match(bad.out, /site\.ts\(2,\d+\): error TS\d+: .*'ExecStrat'.*Did you mean to write 'ExecStart'\?/);
});
