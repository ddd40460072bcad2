// Golden tests: test/golden/<case>/site.ts compiles to test/golden/<case>/expected.txt.
// UPDATE_GOLDEN=1 npm test rewrites the expected files; review the diff like code.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { renderGolden } from "./support/golden.ts";

const root = join(import.meta.dirname, "golden");
// each case: its site.ts and its expected.txt; the example site's expected output lives here too
const cases = [
  ...readdirSync(root)
    .filter((c) => existsSync(join(root, c, "site.ts")))
    .sort()
    .map((name) => ({ name, site: join(root, name, "site.ts"), expected: join(root, name, "expected.txt") })),
  { name: "sites/example", site: join(root, "..", "..", "sites", "example", "site.ts"), expected: join(root, "example.expected.txt") },
];

test("there are golden cases", () => assert.ok(cases.length > 0));

for (const { name, site, expected: expectedPath } of cases) {
  test(`golden: ${name}`, async () => {
    // GIVEN the case's site.ts WHEN it is compiled THEN the tree matches expected.txt
    const result = await compileSite({ sitePath: site, write: false });
    const actual = renderGolden(result, root);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedPath, actual);
    assert.ok(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
    assert.equal(actual, readFileSync(expectedPath, "utf8"));
  });
}
