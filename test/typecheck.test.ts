// The whole repository type-checks, so every @ts-expect-error fixture in the tests
// (test/network-types.test.ts, test/directive-versions.test.ts, …) is held to it:
// a fixture that stops failing to type-check fails here.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";

const root = join(import.meta.dirname, "..");

test("tsc --noEmit over the repository (TypeScript 7) reports nothing", () => {
  const tsc = join(root, "node_modules", ".bin", "tsc");
  const r = spawnSync(tsc, ["--noEmit", "-p", join(root, "tsconfig.json")], { encoding: "utf8" });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.equal(r.stdout.trim(), "");
});
