// The error table: each bad site.ts gives a clear message at the right site.ts:line.
// A line marked /*@*/ is where the (first) error must point.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";

const header = `import { dir, distro, dropin, file, fromFile, health, layer, link, machine, packages, service, site, tree, timer } from "hearth";\n`;
const oneMachine = (layers: string) => `export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [${layers}] })] });\n`;

interface Case {
  readonly name: string;
  readonly source: string;
  readonly message: RegExp;
  readonly extra?: Record<string, string>;
  /** why the case cannot run here, if it cannot */
  readonly skip?: string | false;
}

const cases: Case[] = [
  {
    name: "two layers write the same path",
    source: `${header}const a = layer("a", [file("/usr/local/etc/x", "1")]); /*@*/
const b = layer("b", [file("/usr/local/etc/x", "2")]);
${oneMachine("a, b")}`,
    message: /error: \[m\] \/usr\/local\/etc\/x is written by two layers: "a" and "b"\n {2}at .*site\.ts:2 {2}layer "a": file\(\)\n {2}at .*site\.ts:3 {2}layer "b": file\(\)\n {2}fix: .*override/,
  },
  {
    name: "a path outside /usr/local",
    source: `${header}const a = layer("a", [
  file("/etc/motd" as any, "hi"), /*@*/
]);
${oneMachine("a")}`,
    message: /"\/etc\/motd" is outside \/usr\/local/,
  },
  {
    name: "a path with ..",
    source: `${header}const a = layer("a", [file("/usr/local/etc/../../etc/passwd", "x")]); /*@*/
${oneMachine("a")}`,
    message: /contains "\." or "\.\."/,
  },
  {
    name: "an invalid unit name",
    source: `${header}const a = layer("a", [service("bad name!", { Service: { ExecStart: ["/bin/true"] } })]); /*@*/
${oneMachine("a")}`,
    message: /"bad name!\.service" is not a valid unit name/,
  },
  {
    name: "a file colliding with a directory",
    source: `${header}const a = layer("a", [file("/usr/local/etc/app", "x")]); /*@*/
const b = layer("b", [file("/usr/local/etc/app/conf", "y")]);
${oneMachine("a, b")}`,
    message: /\/usr\/local\/etc\/app is a file but \/usr\/local\/etc\/app\/conf is put below it/,
  },
  {
    name: "an exception while evaluating site.ts",
    source: `${header}const n: number = 1;
if (n === 1) throw new Error("boom at top level"); /*@*/
${oneMachine("")}`,
    message: /site\.ts threw while being evaluated: boom at top level/,
  },
  {
    name: "an exception inside a layer function",
    source: `${header}const a = layer("a", (m) => {
  if (m.name === "m") throw new Error("no such fact"); /*@*/
  return [];
});
${oneMachine("a")}`,
    message: /layer "a" threw: no such fact/,
  },
  {
    name: "a syntax error",
    source: `${header}const a = layer("a", [ file("/usr/local/x", "y") ;]); /*@*/
${oneMachine("a")}`,
    message: /Expected/,
  },
  {
    name: "fromFile of a missing file",
    source: `${header}const a = layer("a", [file("/usr/local/etc/x", fromFile("missing.txt"))]); /*@*/
${oneMachine("a")}`,
    message: /fromFile\(\): .*missing\.txt does not exist/,
  },
  {
    name: "tree of a missing directory",
    source: `${header}const a = layer("a", [tree("/usr/local/share", "nope")]); /*@*/
${oneMachine("a")}`,
    message: /tree\(\): .*nope does not exist/,
  },
  {
    name: "a bad mode",
    source: `${header}const a = layer("a", [file("/usr/local/etc/x", "y", { mode: 0o10000 })]); /*@*/
${oneMachine("a")}`,
    message: /mode must be an octal number/,
  },
  {
    name: "a misspelled directive",
    source: `${header}const a = layer("a", [service("web", { Service: { ExecStrat: ["/usr/bin/true"] } as any })]); /*@*/
${oneMachine("a")}`,
    message: /unknown directive "ExecStrat".*ExecStart/,
  },
  {
    name: "no default export",
    source: `/*@*/ ${header}const s = 1;\n`,
    message: /site\.ts has no site as its default export\n {2}fix: end site\.ts with/,
  },
  {
    name: "a machine declared twice",
    source: `${header}export default site({ name: "t", domain: "t.test", machines: [
  machine("m", { layers: [] }),
  machine("m", { layers: [] }), /*@*/
] });\n`,
    message: /machine "m" is declared twice/,
  },
  {
    name: "two different layers with one name",
    source: `${header}const a = layer("same", []);
const b = layer("same", []); /*@*/
${oneMachine("a, b")}`,
    message: /two different layers are named "same"/,
  },
  {
    name: "a unit using a hearth path no layer ships",
    source: `${header}const a = layer("a", [
  file("/usr/local/bin/real", "#!/bin/sh\\n"),
  service("web", { Service: { ExecStart: ["/usr/local/bin/missing"] } }), /*@*/
]);
${oneMachine("a")}`,
    message: /web\.service uses \/usr\/local\/bin\/missing, which no layer of this machine ships/,
  },
  {
    name: "a bad Debian package name",
    source: `${header}const a = layer("a", [packages("nginx", "Not A Package")]); /*@*/
${oneMachine("a")}`,
    message: /"Not A Package" is not a Debian package name/,
  },
  {
    name: "a health check URL hearth cannot check",
    source: `${header}const a = layer("a", [health.http("https://example.org/")]); /*@*/
${oneMachine("a")}`,
    message: /health\.http\(\): "https:\/\/example\.org\/" must be an http:\/\/ URL/,
  },
  {
    name: "a health check on a port that cannot exist",
    source: `${header}const a = layer("a", [health.tcp(70000)]); /*@*/
${oneMachine("a")}`,
    message: /health\.tcp\(\): port 70000 must be 1–65535/,
  },
  {
    name: "a dependency on a unit that exists nowhere",
    source: `${header}const a = layer("a", [
  distro({ units: ["nginx.service"] }),
  file("/usr/local/bin/app", "#!/bin/sh\\n"),
  service("app", { Unit: { Wants: ["ngnix.service"] }, Service: { ExecStart: ["/usr/local/bin/app"] } }), /*@*/
]);
${oneMachine("a")}`,
    message: /app\.service: Wants= names ngnix\.service, a unit that exists nowhere.*\n {2}fix: did you mean nginx\.service\? .*distro\(\{ units: \["ngnix\.service"\] \}\)/,
  },
  {
    name: "a unit named by a directive the directive table marks as naming units (PropagatesStopTo=)",
    source: `${header}const a = layer("a", [
  service("app", { Unit: { PropagatesStopTo: ["gone.service"] }, Service: { ExecStart: ["/usr/bin/true"] } }), /*@*/
]);
${oneMachine("a")}`,
    message: /app\.service: PropagatesStopTo= names gone\.service, a unit that exists nowhere/,
  },
  {
    name: "an install target that exists nowhere",
    source: `${header}const a = layer("a", [
  service("app", { Service: { ExecStart: ["/usr/bin/true"] }, Install: { WantedBy: ["multiuser.target"] } }), /*@*/
]);
${oneMachine("a")}`,
    message: /WantedBy= names multiuser\.target, .*\n {2}fix: did you mean multi-user\.target\?/,
  },
  {
    name: "a timer whose service exists nowhere",
    source: `${header}const a = layer("a", [timer("backup", { Timer: { OnCalendar: "daily" } })]); /*@*/
${oneMachine("a")}`,
    message: /backup\.timer: the implied Unit= names backup\.service, a unit that exists nowhere.*\n {2}fix: add service\("backup", …\), or name the unit to start with Unit=/,
  },
  {
    name: "an ordering cycle of three units",
    source: `${header}const a = layer("a", [
  service("a", { Unit: { After: ["c.service"] }, Service: { ExecStart: ["/usr/bin/true"] } }), /*@*/
  service("b", { Unit: { After: ["a.service"] }, Service: { ExecStart: ["/usr/bin/true"] } }),
]);
const c = layer("c", [service("c", { Unit: { Before: ["a.service"], After: ["b.service"] }, Service: { ExecStart: ["/usr/bin/true"] } })]);
${oneMachine("a, c")}`,
    message: /ordering cycle: c\.service → a\.service → b\.service → c\.service\n {2}at .*site\.ts:3 {2}a\.service: After=c\.service\n {2}at .*site\.ts:4 {2}b\.service: After=a\.service\n {2}at .*site\.ts:6 {2}c\.service: After=b\.service\n {2}fix: /,
  },
  {
    name: "a requirement cycle",
    source: `${header}const a = layer("a", [
  service("a", { Unit: { Requires: ["b.service"] }, Service: { ExecStart: ["/usr/bin/true"] } }), /*@*/
  service("b", { Unit: { BindsTo: ["a.service"] }, Service: { ExecStart: ["/usr/bin/true"] } }),
]);
${oneMachine("a")}`,
    message: /requirement cycle: a\.service → b\.service → a\.service/,
  },
  {
    name: "a program no package of the machine declares",
    source: `${header}const a = layer("a", [
  packages("nginx"),
  service("web", { Service: { ExecStart: ["/usr/sbin/nginx", "-g", "daemon off;"] } }), /*@*/
]);
${oneMachine("a")}`,
    message: /web\.service: ExecStart= runs \/usr\/sbin\/nginx, which is not a program of Debian 12's base system .*\n {2}fix: .*distro\(\{ binaries: \["\/usr\/sbin\/nginx"\] \}\)/,
  },
  {
    name: "a program by bare name that is nowhere in systemd's search path",
    source: `${header}const a = layer("a", [
  dropin("ssh.service", "pre", { Service: { ExecStartPre: ["frobnicate", "--now"] } }), /*@*/
]);
${oneMachine("a")}`,
    message: /ssh\.service drop-in "pre": ExecStartPre= runs frobnicate, which is in none of/,
  },
  {
    name: "a program hearth ships without an executable mode",
    source: `${header}const a = layer("a", [
  file("/usr/local/share/app/run", "#!/bin/sh\\n"),
  service("app", { Service: { ExecStart: ["/usr/local/share/app/run"] } }), /*@*/
]);
${oneMachine("a")}`,
    message: /app\.service: ExecStart= runs \/usr\/local\/share\/app\/run, which this machine ships with mode 0644: not executable/,
  },
  {
    name: "a bad time span",
    source: `${header}const a = layer("a", [
  file("/usr/local/bin/app", "#!/bin/sh\\n"),
  service("app", { Service: { ExecStart: ["/usr/local/bin/app"], RestartSec: "5 parsecs" as any } }), /*@*/
]);
${oneMachine("a")}`,
    message: /RestartSec/,
  },
  {
    name: "a service over its exposure budget",
    source: `${header}const a = layer("a", [
  file("/usr/local/bin/app", "#!/bin/sh\\n"),
  service("app", { Service: { ExecStart: ["/usr/local/bin/app"] }, hardening: false }), /*@*/
]);
${oneMachine("a")}`,
    message: /app\.service is too exposed: systemd-analyze security scores it \d+\.\d, over the site's maxExposure of 5; what costs most:\n/,
    skip: existsSync("/usr/bin/systemd-analyze") ? false : "systemd-analyze is not installed",
  },
];

for (const c of cases) {
  test(`error: ${c.name}`, { skip: c.skip ?? false }, async () => {
    // GIVEN a site with one mistake
    const { dir, sitePath } = tempSite(c.source, c.extra);
    // WHEN it is compiled
    const result = await compileSite({ sitePath, outDir: `${dir}/out` });
    // THEN it fails, nothing is written, and the message points at the marked line
    assert.equal(result.ok, false);
    const text = formatDiagnostics(result.diagnostics, dir);
    const line = lineOf(c.source, "/*@*/");
    assert.match(text, new RegExp(`^site\\.ts:${line}: error: `), text);
    assert.match(text, c.message);
  });
}

test("every mistake of one compile is reported together, each at its own line", async () => {
  // GIVEN a site with three unrelated mistakes
  const source = `${header}const a = layer("a", [
  file("/etc/one" as any, "1"), /*1*/
  file("/usr/local/etc/two", "2", { mode: -1 }), /*2*/
  service("three", { Service: { Restart: "sometimes" as any } }), /*3*/
]);
${oneMachine("a")}`;
  const { dir, sitePath } = tempSite(source);
  // WHEN it is compiled
  const result = await compileSite({ sitePath, outDir: `${dir}/out` });
  // THEN all three are reported, with their own lines, and the summary counts them
  const text = formatDiagnostics(result.diagnostics, dir);
  for (const mark of ["/*1*/", "/*2*/", "/*3*/"]) assert.match(text, new RegExp(`site\\.ts:${lineOf(source, mark)}: error:`), text);
  assert.match(text, /3 errors\n$/);
});
