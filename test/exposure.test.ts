// The exposure budget (compiler/exposure): services scored with systemd-analyze security at
// compile time, over-budget ones failing at their site.ts line, scores cached by unit hash.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { compileSite, type CompileOptions } from "../compiler/compile.ts";
import { formatDiagnostics, type Diagnostic } from "../compiler/diagnostics.ts";
import { forgetExposureScores } from "../compiler/exposure/cache.ts";
import { fixFor } from "../compiler/exposure/fixes.ts";
import { parseSecurityOutput } from "../compiler/exposure/security-output.ts";
import { analyzeUnits, findSystemdAnalyze } from "../compiler/exposure/systemd-analyze.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";
import { exampleWithKeys } from "./support/example-keys.ts";

const noSystemd = findSystemdAnalyze() ? false : "systemd-analyze is not installed: exposure budgets cannot be checked here";
const header = `import { layer, machine, service, site } from "hearth";\n`;
/** A Description no earlier compile in this process has seen, so its score is not in memory yet. */
const fresh = (): string => `t${process.hrtime.bigint()}`;

async function compile(source: string, options: Partial<CompileOptions> = {}) {
  const { dir, sitePath } = tempSite(source);
  const cacheFile = join(dir, "cache", "exposure.json");
  const spawned: string[][] = [];
  const result = await compileSite({ sitePath, write: false, ...options, exposure: { cacheFile, onSpawn: (u) => spawned.push([...u]), ...options.exposure } });
  return { result, text: formatDiagnostics(result.diagnostics, dir), spawned, cacheFile, sitePath };
}
const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");

describe("systemd-analyze security output", () => {
  const table = (name: string, rows: string, score: string) => `  NAME                          DESCRIPTION                                  EXPOSURE
${rows}
-> Overall exposure level for ${name}: ${score} OK :-)
`;
  test("GIVEN two units' tables WHEN parsed THEN one report each, costs by exposure then in systemd's order", () => {
    const out =
      table(
        "a.service",
        `+ NoNewPrivileges=              Service cannot acquire new privileges            
- ProtectHome=                  Service has read-only access to home directories 0.1
- PrivateNetwork=               Service has access to the host's network         0.5
  SupplementaryGroups=          Service runs as root, option does not matter     
- PrivateUsers=                 Service has access to other users                0.2
- IPAddressDeny=                Service does not define an IP address allow list 0.2`,
        "1.6",
      ) +
      "\n" +
      table("b@i.service", `- PrivateNetwork=               Service has access to the host's network         0.5`, "0.9");
    assert.deepEqual(parseSecurityOutput(out), [
      {
        score: 1.6,
        costs: [
          { setting: "PrivateNetwork=", description: "Service has access to the host's network", exposure: 0.5 },
          { setting: "PrivateUsers=", description: "Service has access to other users", exposure: 0.2 },
          { setting: "IPAddressDeny=", description: "Service does not define an IP address allow list", exposure: 0.2 },
          { setting: "ProtectHome=", description: "Service has read-only access to home directories", exposure: 0.1 },
        ],
      },
      { score: 0.9, costs: [{ setting: "PrivateNetwork=", description: "Service has access to the host's network", exposure: 0.5 }] },
    ]);
  });

  test("a table without its overall line is not a result", () => {
    assert.equal(parseSecurityOutput(`  NAME   DESCRIPTION   EXPOSURE\n- PrivateNetwork=   x   0.5\n`), undefined);
  });

  test("every cost comes with what to set", () => {
    assert.equal(fixFor("PrivateNetwork="), "PrivateNetwork=yes");
    assert.equal(fixFor("ProtectHome="), "ProtectHome=yes");
    assert.equal(fixFor("CapabilityBoundingSet=~CAP_SYS_ADMIN"), "CapabilityBoundingSet= without CAP_SYS_ADMIN");
    assert.equal(fixFor("RestrictAddressFamilies=~AF_PACKET"), "RestrictAddressFamilies= without AF_PACKET");
    assert.equal(fixFor("SystemCallFilter=~@mount"), "SystemCallFilter=~@mount (after an allow list such as @system-service)");
    assert.equal(fixFor("User=/DynamicUser="), "DynamicUser=yes, or User= a system user");
  });
});

describe("the exposure budget", { skip: noSystemd }, () => {
  test("GIVEN a service with hardening: false WHEN compiled THEN it fails at its line with its score and the top 5 costs, each with a fix", async () => {
    const source = `${header}const a = layer("a", [
  service("fine", { Unit: { Description: "${fresh()}" }, Service: { ExecStart: ["/bin/sleep", "infinity"] } }),
  service("open", { Unit: { Description: "${fresh()}" }, Service: { ExecStart: ["/bin/sleep", "infinity"] }, hardening: false }), /*@*/
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
    const { result, text } = await compile(source);
    assert.equal(result.ok, false);
    assert.equal(errors(result.diagnostics).length, 1, text);
    const line = lineOf(source, "/*@*/");
    assert.match(text, new RegExp(`^site\\.ts:${line}: error: \\[m\\] open\\.service is too exposed: systemd-analyze security scores it 9\\.\\d, over the site's maxExposure of 5; what costs most:\n`), text);
    const costs = text.split("\n").filter((l) => /^ {2}\d\.\d {2}/.test(l));
    assert.equal(costs.length, 5, text);
    assert.match(costs[0]!, /^ {2}0\.5 {2}PrivateNetwork= {2}Service has access to the host's network: set PrivateNetwork=yes$/);
    for (const c of costs) assert.match(c, /: set \S/);
    assert.match(text, /fix: hardening: false turns off hearth's base hardening/);
  });

  test("GIVEN opt-outs that cost WHEN over budget THEN the error says which costs come from overriding the profile", async () => {
    const source = `${header}const a = layer("a", [
  service("leaky", { Unit: { Description: "${fresh()}" }, Service: { ExecStart: ["/bin/true"], CapabilityBoundingSet: ["CAP_SYS_ADMIN CAP_NET_ADMIN CAP_SYS_PTRACE"] }, maxExposure: 1.5 }), /*@*/
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
    const { result, text } = await compile(source);
    assert.equal(result.ok, false, text);
    assert.match(text, new RegExp(`site\\.ts:${lineOf(source, "/*@*/")}: error: \\[m\\] leaky\\.service is too exposed: .* over its maxExposure of 1\\.5`));
    assert.match(text, /CapabilityBoundingSet=~CAP_SYS_ADMIN .*: set CapabilityBoundingSet= without CAP_SYS_ADMIN \(the service overrides hearth's base hardening here\)/);
  });

  test("maxExposure on a service overrides the site's, both ways", async () => {
    const source = `${header}const a = layer("a", [
  service("allowed", { Unit: { Description: "${fresh()}" }, Service: { ExecStart: ["/bin/true"] }, maxExposure: 2 }),
  service("strict", { Unit: { Description: "${fresh()}" }, Service: { ExecStart: ["/bin/true"] }, maxExposure: 0.5 }), /*strict*/
  service("default", { Unit: { Description: "${fresh()}" }, Service: { ExecStart: ["/bin/true"] } }), /*default*/
]);
export default site({ name: "t", domain: "t.test", maxExposure: 1, machines: [machine("m", { layers: [a] })] });
`;
    // a hardened root service scores 1.6: within 2, over 1 and over 0.5
    const { result, text } = await compile(source);
    assert.deepEqual(
      errors(result.diagnostics).map((d) => [d.at?.line, /^(\S+) is too exposed/.exec(d.message)?.[1]]),
      [
        [lineOf(source, "/*strict*/"), "strict.service"],
        [lineOf(source, "/*default*/"), "default.service"],
      ],
      text,
    );
    assert.match(text, /strict\.service is too exposed: .* over its maxExposure of 0\.5/);
    assert.match(text, /default\.service is too exposed: .* over the site's maxExposure of 1;/);
  });

  test("the cache: an unchanged unit never spawns systemd-analyze, in memory or from disk; a unit two machines share is scored once", async () => {
    const d1 = fresh();
    const d2 = fresh();
    const source = (second: string) => `${header}const a = layer("a", [
  service("one", { Unit: { Description: "${d1}" }, Service: { ExecStart: ["/bin/true"] } }),
  service("two", { Unit: { Description: "${second}" }, Service: { ExecStart: ["/bin/true"] } }),
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] }), machine("n", { layers: [a] })] });
`;
    const { dir, sitePath } = tempSite(source(d2));
    const cacheFile = join(dir, "exposure.json");
    let spawned: string[][] = [];
    const run = async () => {
      spawned = [];
      const r = await compileSite({ sitePath, write: false, exposure: { cacheFile, onSpawn: (u) => spawned.push([...u]) } });
      assert.ok(r.ok, formatDiagnostics(r.diagnostics));
    };
    await run();
    assert.deepEqual(spawned.flat().sort(), ["one.service", "two.service"], "each unit once, though two machines have it");
    assert.ok(existsSync(cacheFile));
    await run();
    assert.deepEqual(spawned, [], "second compile in the same process");
    forgetExposureScores();
    await run();
    assert.deepEqual(spawned, [], "a new process reads the scores from disk");
    // one unit changes: only it is scored again
    writeFileSync(sitePath, source(fresh()));
    await run();
    assert.deepEqual(spawned, [["two.service"]]);
    assert.equal(Object.keys(JSON.parse(readFileSync(cacheFile, "utf8")).entries).length, 3);
  });

  test("a unit systemd-analyze cannot load does not hide the scores of the others in its batch", async () => {
    const unit = (name: string) => ({ name, text: `[Unit]\nDescription=${fresh()}\n[Service]\nExecStart=/bin/true\n` });
    const spawned: string[][] = [];
    const results = await analyzeUnits(findSystemdAnalyze()!, [unit("a.service"), unit("b.service"), unit("c.service"), unit("x.nosuchtype")], { onSpawn: (u) => spawned.push([...u]) });
    assert.deepEqual(results.slice(0, 3).map((r) => (r instanceof Error ? r.message : r.score)), [9.6, 9.6, 9.6]);
    assert.match(String(results[3]), /systemd-analyze security failed: .*x\.nosuchtype/);
    assert.equal(spawned.length, 1 + 4, "the batch, then each unit of it alone");
  });

  test("the example site's services pass the default budget with the base profile", async () => {
    // with every machine's WireGuard key known, so the overlay's unit is scored too
    const example = exampleWithKeys().sitePath;
    const dir = mkdtempSync(join(tmpdir(), "hearth-exposure-test-"));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const cacheFile = join(dir, "exposure.json");
    const r = await compileSite({ sitePath: example, write: false, exposure: { cacheFile } });
    assert.ok(r.ok, formatDiagnostics(r.diagnostics));
    const scores = Object.values(JSON.parse(readFileSync(cacheFile, "utf8")).entries as Record<string, [number, unknown]>).map(([score]) => score);
    assert.equal(scores.length, 6, "heartbeat (the same on two machines), disk-report, status@, hearth-dns, hearth-firewall, hearth-wg-mesh");
    for (const score of scores) assert.ok(score <= 2, `score ${score}`);
  });
});

describe("without systemd-analyze", () => {
  for (const [what, systemdAnalyze] of [["none", null], ["a path that does not exist", "/nonexistent/systemd-analyze"]] as const) {
    test(`GIVEN ${what} WHEN compiled THEN one warning says the budget was not checked, and the compile succeeds`, async () => {
      const source = `${header}const a = layer("a", [
  service("one", { Service: { ExecStart: ["/bin/true"] }, hardening: false }),
  service("two", { Service: { ExecStart: ["/bin/true"] } }),
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] }), machine("n", { layers: [a] })] });
`;
      const { result, spawned } = await compile(source, { exposure: { systemdAnalyze } });
      assert.ok(result.ok);
      assert.deepEqual(spawned, []);
      assert.deepEqual(
        result.diagnostics.map((d) => [d.severity, d.message]),
        [["warning", "systemd-analyze not found: the exposure budget of 2 services was not checked"]],
      );
    });
  }
});
