// Directives newer than Debian 12's systemd 252: the table marks them with the version that
// introduced them (checked against systemd's own pages and NEWS), they validate and render like
// any other, and the compile refuses them for a machine whose systemd is older
// (compiler/directive-versions.ts), at the unit's site.ts line.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { newerDirectives } from "../compiler/directive-versions.ts";
import { renderUnit } from "../compiler/render-unit.ts";
import { configFileTypes, execDirectives, resourceControlDirectives, sections } from "../dsl/directives-table.ts";
import { directiveSpecIn, type DirectiveSpec } from "../dsl/directives.ts";
import type { Facts } from "../dsl/nodes.ts";
import { validateSections } from "../dsl/validate-sections.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";

const root = join(import.meta.dirname, "..");
const since = (spec: DirectiveSpec | undefined): number | undefined => spec?.since;

describe("the table marks directives newer than systemd 252", () => {
  it("GIVEN directives whose page says \"Added in version NNN.\" WHEN looked up THEN since is that version", () => {
    // systemd 262's systemd.service(5), systemd.exec(5), systemd.socket(5), systemd.unit(5),
    // systemd.network(5), resolved.conf(5): each entry ends "Added in version NNN."
    assert.equal(since(sections.Service.ExecReloadPost), 259);
    assert.equal(since(sections.Service.RestartMode), 254);
    assert.equal(since(sections.Service.RestartSteps), 254);
    assert.equal(since(execDirectives.PrivatePIDs), 257);
    assert.equal(since(sections.Socket.PollLimitIntervalSec), 255);
    assert.equal(since(sections.Unit.SurviveFinalKillSignal), 255);
    assert.equal(since(sections.Unit.ConditionKernelModuleLoaded), 258);
    assert.equal(since(configFileTypes.network.sections.DHCPv4.UseCaptivePortal), 254);
    assert.equal(since(configFileTypes.resolved.sections.Resolve.StaleRetentionSec), 254);
  });

  it("GIVEN names a page dates by an older entry WHEN looked up THEN since comes from their counterpart or NEWS", () => {
    // "AssertArchitecture=, …, AssertKernelModuleLoaded=" is one entry "Added in version 218";
    // the Assert takes the date of its Condition.
    assert.equal(since(sections.Unit.AssertKernelModuleLoaded), 258);
    // "MemoryHigh=, StartupMemoryHigh=" is dated 231 by MemoryHigh=; NEWS has StartupMemoryHigh= in 254.
    assert.equal(since(resourceControlDirectives.StartupMemoryHigh), 254);
    // "WantedBy=, RequiredBy=, UpheldBy=" is dated 201; NEWS has UpheldBy= in 254.
    assert.equal(since(sections.Install.UpheldBy), 254);
  });

  it("GIVEN directives systemd 252 has WHEN looked up THEN none carries since", () => {
    for (const spec of [sections.Service.ExecStart, sections.Service.Restart, execDirectives.ProtectSystem, sections.Install.WantedBy])
      assert.equal(since(spec), undefined);
    // 252 parses it though its page misspelled it; systemd 262's page documents it as of 250
    assert.equal(since(directiveSpecIn("network", "IPoIB", "IgnoreUserspaceMulticastGroups")), undefined);
    assert.ok(directiveSpecIn("network", "IPoIB", "IgnoreUserspaceMulticastGroups"));
  });

  it("GIVEN a newer directive WHEN its JSDoc is read THEN it says which systemd it needs", () => {
    const types = readFileSync(join(root, "dsl/directive-types.ts"), "utf8");
    assert.match(types, /\/\*\* systemd 259\+: [^\n]*\*\/\n {2}readonly ExecReloadPost\?:/);
    assert.match(types, /\/\*\* (?!systemd \d+\+)[^\n]*\*\/\n {2}readonly ExecStart\?:/);
  });

  it("GIVEN a newer directive WHEN validated and rendered THEN it is a directive like any other", () => {
    const service = { Service: { ExecStart: ["/usr/local/bin/app"], ExecReloadPost: ["/bin/true", "--done"], RestartMode: "direct", RestartSteps: 4 } };
    assert.deepEqual(validateSections("service", service), []);
    assert.match(renderUnit("service", service), /\nExecReloadPost=\/bin\/true --done\nRestartMode=direct\nRestartSteps=4\n/);
    assert.match(validateSections("service", { Service: { RestartMode: "sometimes" } })[0]?.message ?? "", /RestartMode= in \[Service\] must be one of "normal", "direct" or "debug"/);
    assert.deepEqual(newerDirectives("service", service), [
      { section: "Service", key: "ExecReloadPost", since: 259 },
      { section: "Service", key: "RestartMode", since: 254 },
      { section: "Service", key: "RestartSteps", since: 254 },
    ]);
  });
});

// facts.systemd is typed (checked by `npm run typecheck`)
export const runs257: Facts = { systemd: 257 };
// @ts-expect-error a version number, not text
export const runsText: Facts = { systemd: "257" };

const header = `import { dropin, layer, machine, service, site } from "hearth";\n`;
const app = (facts: string) => `${header}const a = layer("a", [
  service("app", {
    Service: { ExecStart: ["/bin/sleep", "infinity"], ExecReloadPost: ["/bin/true"] }, /*@*/
    Install: { WantedBy: ["multi-user.target"] },
  }),
]);
export default site({ name: "t", domain: "t.test", machines: [
  machine("web", { layers: [a]${facts} }), /*machine*/
] });
`;

describe("a machine's systemd decides which directives its units may use", () => {
  it("GIVEN a unit with a systemd 259 directive on a machine without facts.systemd WHEN compiled THEN it fails at the unit's line", async () => {
    const source = app("");
    const { dir, sitePath } = tempSite(source);
    const result = await compileSite({ sitePath, outDir: join(dir, "out") });
    assert.equal(result.ok, false);
    const text = formatDiagnostics(result.diagnostics, dir);
    assert.match(
      text,
      new RegExp(`^site\\.ts:${lineOf(source, "/*@*/") - 1}: error: \\[web\\] app\\.service: ExecReloadPost= needs systemd 259; machine "web" runs 252 \\(Debian 12's; facts\\.systemd is not set\\)\\n {2}fix: remove it, or set facts: \\{ systemd: 259 \\}`),
      text,
    );
  });

  it("GIVEN the same unit on a machine whose facts.systemd is older WHEN compiled THEN the message names the fact", async () => {
    const { dir, sitePath } = tempSite(app(", facts: { systemd: 258 }"));
    const result = await compileSite({ sitePath, outDir: join(dir, "out") });
    assert.equal(result.ok, false);
    assert.match(formatDiagnostics(result.diagnostics, dir), /ExecReloadPost= needs systemd 259; machine "web" runs 258 \(facts\.systemd\)/);
  });

  it("GIVEN the same unit on a machine with facts.systemd 259 WHEN compiled THEN it is accepted and rendered", async () => {
    const { dir, sitePath } = tempSite(app(", facts: { systemd: 259 }"));
    const result = await compileSite({ sitePath, outDir: join(dir, "out") });
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === "error"), [], formatDiagnostics(result.diagnostics, dir));
    const unit = result.machines[0]!.generation.tree.find((e) => e.path === "lib/systemd/system/app.service");
    assert.ok(unit?.kind === "f" && unit.content);
    assert.match(Buffer.from(unit.content).toString(), /\nExecReloadPost=\/bin\/true\n/);
  });

  it("GIVEN the unit on a machine with facts.systemd 262 WHEN checked with Debian 12's systemd-analyze THEN its \"Unknown key\" for the newer directive is not a finding", { skip: existsSync("/usr/bin/systemd-analyze") ? false : "systemd-analyze is not installed" }, async () => {
    const { dir, sitePath } = tempSite(app(", facts: { systemd: 262 }"));
    const result = await compileSite({ sitePath, outDir: join(dir, "out"), write: false, verify: true });
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === "error"), [], formatDiagnostics(result.diagnostics, dir));
  });

  it("GIVEN a drop-in with a newer directive WHEN compiled for a 252 machine THEN the drop-in's line is named", async () => {
    const source = `${header}const a = layer("a", [
  dropin("ssh.service", "restart", { Service: { RestartMode: "direct" } }), /*@*/
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
    const { dir, sitePath } = tempSite(source);
    const result = await compileSite({ sitePath, outDir: join(dir, "out") });
    const text = formatDiagnostics(result.diagnostics, dir);
    assert.match(text, new RegExp(`site\\.ts:${lineOf(source, "/*@*/")}: error: \\[m\\] ssh\\.service drop-in "restart": RestartMode= needs systemd 254; machine "m" runs 252`), text);
  });

  it("GIVEN facts.systemd that is not a version number (JavaScript) WHEN compiled THEN the machine's line says so", async () => {
    const source = app(`, facts: { systemd: "259" as any }`);
    const { dir, sitePath } = tempSite(source);
    const result = await compileSite({ sitePath, outDir: join(dir, "out") });
    const text = formatDiagnostics(result.diagnostics, dir);
    assert.match(text, new RegExp(`site\\.ts:${lineOf(source, "/*machine*/")}: error: \\[web\\] machine "web" has facts\\.systemd "259"; it is the major version`), text);
  });
});
