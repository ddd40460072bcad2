// systemd-analyze verify at build time: its findings at the right site.ts:line, its cache,
// and a clean example site. Runs that need the lab's Debian 12 base root filesystem run
// as root only (building it needs debootstrap); the rest runs anywhere.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { findingDiagnostics, parseVerifyOutput } from "../compiler/verify/findings.ts";
import { analyzerPath, cachedBase } from "../compiler/verify/temp-root.ts";
import type { UnitSources } from "../compiler/verify/unit-sources.ts";
import { runHearth } from "./support/run-cli.ts";
import { exampleWithKeys } from "./support/example-keys.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";

const isRoot = process.getuid?.() === 0;
const hasAnalyzer = analyzerPath() !== undefined;
/** A reason to skip unless systemd-analyze can run in a Debian 12 root with these packages (built as root, or already cached). */
const needsBase = (packages: readonly string[]): string | false =>
  !hasAnalyzer ? "systemd-analyze is not installed" : !isRoot && !cachedBase(packages) ? "needs root: the lab's Debian 12 base root filesystem is built with debootstrap" : false;
const needsAnalyzer = hasAnalyzer ? false : "systemd-analyze is not installed";
const example = join(import.meta.dirname, "..", "sites", "example", "site.ts");
const freshCache = () => ({ cacheDir: mkdtempSync(join(tmpdir(), "hearth-verify-cache-")) });

test("findings: paths lose the temporary root and map to the declaring node; lines about one unit stay together", () => {
  // GIVEN output of systemd-analyze in a temporary root, about a unit file, a drop-in's unit, and nothing known
  const at = (line: number) => ({ file: "/site/site.ts", line });
  const sources: UnitSources = {
    files: new Map([
      ["lib/systemd/system/web.service", { at: at(4), what: 'service "web.service"' }],
      ["lib/systemd/system/nginx.service.d/hearth.conf", { at: at(9), what: 'drop-in "hearth" for nginx.service' }],
    ]),
    units: new Map([
      ["web.service", { at: at(4), what: 'service "web.service"' }],
      ["nginx.service", { at: at(9), what: 'drop-in "hearth" for nginx.service' }],
    ]),
    machine: at(20),
  };
  const output = [
    "/tmp/hearth-verify-x/root/usr/local/lib/systemd/system/web.service:8: Unknown key 'Foo' in section [Service], ignoring.",
    "web.service: Command /usr/bin/nope is not executable: No such file or directory",
    "/tmp/hearth-verify-x/root/usr/local/lib/systemd/system/nginx.service.d/hearth.conf:3: Unknown key 'Bar' in section [Service], ignoring.",
    "/tmp/hearth-verify-x/root/lib/systemd/system/nginx.service:12: Something about Debian's own file",
    "Unit nginx.service not found.",
    "Failed to something else",
    "",
  ].join("\n");
  // WHEN it is parsed and mapped
  const ds = findingDiagnostics(parseVerifyOutput(output, ["/tmp/hearth-verify-x/root"]), sources, "web");
  // THEN web.service's two lines are one error at line 4, nginx's at its drop-in, the rest at the machine
  assert.deepEqual(
    ds.map((d) => [d.at?.line, d.message, (d.related ?? []).map((r) => r.message)]),
    [
      [4, `systemd-analyze verify (service "web.service"): /usr/local/lib/systemd/system/web.service:8: Unknown key 'Foo' in section [Service], ignoring.`, ["web.service: Command /usr/bin/nope is not executable: No such file or directory"]],
      [
        9,
        `systemd-analyze verify (drop-in "hearth" for nginx.service): /usr/local/lib/systemd/system/nginx.service.d/hearth.conf:3: Unknown key 'Bar' in section [Service], ignoring.`,
        ["/lib/systemd/system/nginx.service:12: Something about Debian's own file", "Unit nginx.service not found."],
      ],
      [20, "systemd-analyze verify: Failed to something else", []],
    ],
  );
  assert.ok(ds.every((d) => d.severity === "error" && d.machine === "web"));
});

test("a systemd-analyze finding is an error at the site.ts line of the unit", { skip: needsBase([]) }, async () => {
  // GIVEN a program declared as a distro program whose package the machine lacks, and a drop-in
  // for a unit no package of the machine installs: hearth's lists accept both, Debian does not
  const source = `import { distro, dropin, layer, machine, service, site } from "hearth";
const a = layer("a", [
  distro({ binaries: ["/usr/sbin/nginx"], units: ["cron.service"] }),
  service("web", { Service: { ExecStart: ["/usr/sbin/nginx", "-g", "daemon off;"] } }), /*web*/
  dropin("cron.service", "nice", { Service: { Nice: 5 } }), /*cron*/
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
  const { dir, sitePath } = tempSite(source);
  // WHEN it is compiled with verification
  const result = await compileSite({ sitePath, outDir: join(dir, "out"), verify: freshCache() });
  // THEN both findings are errors at their lines, with a fix, and nothing is written
  const text = formatDiagnostics(result.diagnostics, dir);
  assert.equal(result.ok, false, text);
  assert.match(text, new RegExp(`site\\.ts:${lineOf(source, "/*web*/")}: error: \\[m\\] systemd-analyze verify \\(service "web\\.service"\\): web\\.service: Command /usr/sbin/nginx is not executable.*\\n  fix: no package of this machine installs /usr/sbin/nginx`));
  assert.match(text, new RegExp(`site\\.ts:${lineOf(source, "/*cron*/")}: error: \\[m\\] systemd-analyze verify \\(drop-in "nice" for cron\\.service\\): Unit cron\\.service not found`));
  assert.doesNotMatch(text, /warning:/);
  assert.equal(result.machines.length, 0);
});

test("a repeated verification of unchanged machines comes from the cache", { skip: needsAnalyzer }, async () => {
  // GIVEN the example site verified once
  const cache = freshCache();
  const first = await compileSite({ sitePath: example, write: false, verify: cache });
  assert.equal(first.ok, true, formatDiagnostics(first.diagnostics));
  assert.deepEqual(first.verified, { ran: 3, cached: 0 });
  // WHEN it is verified again
  const second = await compileSite({ sitePath: example, write: false, verify: cache });
  // THEN systemd-analyze does not run again, and the result is the same
  assert.deepEqual(second.verified, { ran: 0, cached: 3 });
  assert.deepEqual(second.diagnostics, first.diagnostics);
});

test("hearth check is clean on the example site, systemd-analyze included", { skip: needsBase(["nginx", "openssh-server"]) }, async () => {
  // GIVEN the example site after `hearth facts` (every WireGuard key known, the whole overlay rendered)
  // WHEN it is checked THEN nothing at all is reported
  const r = await runHearth(["check", exampleWithKeys().dir]);
  assert.equal(r.code, 0, r.stderr);
  // (the first check on a fresh machine says it builds the Debian root systemd-analyze runs in)
  assert.equal(r.stderr.split("\n").filter((l) => l && !l.startsWith("hearth lab: ")).join("\n"), "");
  assert.match(r.stdout, /^ok: 3 machines, no type errors, no compile errors, systemd-analyze verify silent/);
});

test("compile --verify writes nothing when systemd finds a problem", { skip: needsBase([]) }, async () => {
  // GIVEN a unit that runs a distro program the machine's packages do not install
  const source = `import { distro, layer, machine, service, site } from "hearth";
const a = layer("a", [distro({ binaries: ["/usr/sbin/nginx"] }), service("web", { Service: { ExecStart: ["/usr/sbin/nginx"] } })]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
  const { dir } = tempSite(source);
  // WHEN it is compiled with and without --verify
  const verified = await runHearth(["compile", "site.ts", "--verify"], dir);
  const plain = await runHearth(["compile", "site.ts", "--out", "out-plain"], dir);
  // THEN only the verified compile fails, at the unit's line
  assert.equal(verified.code, 1);
  assert.match(verified.stderr, /^site\.ts:2: error: \[m\] systemd-analyze verify/);
  assert.equal(plain.code, 0, plain.stderr);
});
