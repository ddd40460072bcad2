// The unit graph pass accepts what exists on a Debian 12 machine; its errors are in
// test/errors.test.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { canonicalProgram } from "../compiler/unit-graph.ts";
import { tempSite } from "./support/temp-site.ts";

const compiles = async (body: string): Promise<void> => {
  const source = `import { distro, dropin, file, layer, machine, packages, service, site, socket, target, timer } from "hearth";
const a = layer("a", [
${body}
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
  const { dir, sitePath } = tempSite(source);
  const result = await compileSite({ sitePath, write: false });
  assert.equal(result.ok, true, formatDiagnostics(result.diagnostics, dir));
};

test("units that exist without hearth shipping them are accepted", async () => {
  // GIVEN references to Debian's units, a template instance of Debian's and of hearth's own
  // template, fileless units, a specifier, a drop-in's unit and a declared distro unit
  // WHEN the site compiles  THEN nothing is reported
  await compiles(`
  distro({ units: ["nginx.service"] }),
  dropin("cron.service", "nice", { Service: { Nice: 5 } }),
  service("worker@", { Service: { ExecStart: ["/usr/bin/sleep", "%i"] } }),
  service("app", {
    Unit: {
      After: ["network-online.target", "nginx.service", "cron.service", "sshd.service", "dev-sda.device"],
      Wants: ["worker@1.service", "getty@tty1.service", "other@%i.service"],
    },
    Service: { ExecStart: ["/usr/bin/true"], Slice: "app.slice" },
    Install: { WantedBy: ["multi-user.target"] },
  }),`);
});

test("timers, paths and sockets find the service they start", async () => {
  // GIVEN a timer with its service, and sockets with Accept=no and Accept=yes with theirs
  await compiles(`
  service("backup", { Service: { Type: "oneshot", ExecStart: ["/usr/bin/true"] } }),
  timer("backup", { Timer: { OnCalendar: "daily" } }),
  timer("nightly", { Timer: { OnCalendar: "daily", Unit: "backup.service" } }),
  socket("api", { Socket: { ListenStream: ["8080"] } }),
  service("api", { Service: { ExecStart: ["/usr/bin/true"] } }),
  socket("echo", { Socket: { ListenStream: ["7"], Accept: true } }),
  service("echo@", { Service: { ExecStart: ["/usr/bin/cat"], StandardInput: "socket" } }),`);
});

test("programs: Debian's, declared ones, merged /usr and bare names", async () => {
  // GIVEN /bin/sh (merged /usr: /usr/bin/sh), a bare name in /usr/bin, a declared distro program,
  // a specifier, and a program hearth ships
  await compiles(`
  packages("nginx"),
  distro({ binaries: ["/usr/sbin/nginx"] }),
  file("/usr/local/bin/tool", "#!/bin/sh\\n"),
  service("app", {
    Service: {
      ExecStartPre: [["/bin/sh", "-c", "true"], ["sleep", "1"], ["-/usr/sbin/nginx", "-t"]],
      ExecStart: ["/usr/local/bin/tool"],
      ExecStop: ["%h/stop"],
    },
  }),`);
  assert.equal(canonicalProgram("/sbin/ip"), "/usr/sbin/ip");
  assert.equal(canonicalProgram("/usr/local/bin/x"), "/usr/local/bin/x");
});

test("a target and the units it wants are no cycle; DefaultDependencies=no is respected", async () => {
  // GIVEN a hearth target wanted by multi-user.target, and services wanted by it and ordered before it
  await compiles(`
  target("apps", { Unit: { Wants: ["a.service"] }, Install: { WantedBy: ["multi-user.target"] } }),
  service("a", { Unit: { Before: ["apps.target"] }, Service: { ExecStart: ["/usr/bin/true"] } }),
  service("b", { Unit: { DefaultDependencies: false, After: ["apps.target"] }, Service: { ExecStart: ["/usr/bin/true"] }, Install: { WantedBy: ["apps.target"] } }),`);
});

test("a unit ordered after the target that wants it is a cycle", async () => {
  // GIVEN a service wanted by a hearth target and ordered after it (the target waits for its wanted units)
  const source = `import { layer, machine, service, site, target } from "hearth";
const a = layer("a", [
  target("apps", { Install: { WantedBy: ["multi-user.target"] } }),
  service("late", { Unit: { After: ["apps.target"] }, Service: { ExecStart: ["/usr/bin/true"] }, Install: { WantedBy: ["apps.target"] } }),
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;
  const { dir, sitePath } = tempSite(source);
  // WHEN it compiles
  const result = await compileSite({ sitePath, write: false });
  // THEN the cycle is named with both edges, the implied one explained
  const text = formatDiagnostics(result.diagnostics, dir);
  assert.equal(result.ok, false);
  assert.match(text, /site\.ts:4: error: \[m\] ordering cycle: apps\.target → late\.service → apps\.target/);
  assert.match(text, /late\.service: WantedBy=apps\.target \(a target starts after the units it wants\)/);
});
