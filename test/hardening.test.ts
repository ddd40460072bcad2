// The base hardening profile (stdlib/hardening.ts): applied to the services a site defines,
// one setting at a time overridable, off with hardening: false, never on drop-ins or other units.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { dropin, service, socket, timer } from "../dsl/units.ts";
import { validateSections } from "../dsl/validate-sections.ts";
import { unitDefinitions } from "../compiler/unit-files.ts";
import { BASE_HARDENING, HARDENING_COMMENT, hardenService } from "../stdlib/hardening.ts";

/** The rendered unit file of a node. */
const rendered = (node: Parameters<typeof unitDefinitions>[0]): string => unitDefinitions(node).files[0]!.content!.text;
/** The lines of the rendered [Service] section, without its header. */
const serviceLines = (text: string): string[] => {
  const lines = text.split("\n");
  const start = lines.indexOf("[Service]");
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
};
const linesOf = (text: string, directive: string): string[] => text.split("\n").filter((l) => l.startsWith(`${directive}=`));

describe("the base hardening profile", () => {
  test("is valid for the directive table: every name known, every value of the right kind", () => {
    assert.deepEqual(validateSections("service", { Service: BASE_HARDENING }), []);
  });

  test("GIVEN a plain service WHEN rendered THEN its own directives come first, then the profile under a comment", () => {
    const text = rendered(service("web", { Service: { ExecStart: ["/usr/local/bin/web"], Restart: "on-failure" } }));
    const lines = serviceLines(text);
    assert.deepEqual(lines.slice(0, 3), ["ExecStart=/usr/local/bin/web", "Restart=on-failure", HARDENING_COMMENT]);
    for (const expected of [
      "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "PrivateDevices=yes", "NoNewPrivileges=yes",
      "ProtectKernelTunables=yes", "ProtectKernelModules=yes", "ProtectKernelLogs=yes", "ProtectControlGroups=yes",
      "ProtectClock=yes", "ProtectHostname=yes", "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6", "RestrictNamespaces=yes",
      "RestrictRealtime=yes", "RestrictSUIDSGID=yes", "LockPersonality=yes", "MemoryDenyWriteExecute=yes",
      "SystemCallArchitectures=native", "SystemCallFilter=@system-service", "SystemCallFilter=~@privileged @resources",
      "CapabilityBoundingSet=", "UMask=0077",
    ])
      assert.ok(lines.includes(expected), `${expected} in\n${text}`);
    assert.equal(lines.length, 3 + Object.keys(BASE_HARDENING).length + 1, "one line per setting, two for SystemCallFilter=");
  });

  test("GIVEN ProtectHome: false and PrivateDevices: false WHEN rendered THEN the service's values stay and the profile's are not added", () => {
    const text = rendered(service("backup", { Service: { ExecStart: ["/usr/local/bin/backup"], ProtectHome: false, PrivateDevices: false } }));
    assert.deepEqual(linesOf(text, "ProtectHome"), ["ProtectHome=no"]);
    assert.deepEqual(linesOf(text, "PrivateDevices"), ["PrivateDevices=no"]);
    assert.deepEqual(linesOf(text, "ProtectKernelModules"), ["ProtectKernelModules=yes"], "the other settings still apply");
  });

  test("GIVEN a list directive of its own WHEN rendered THEN the service's list replaces the profile's", () => {
    const text = rendered(
      service("netmon", {
        Service: { ExecStart: ["/usr/local/bin/netmon"], RestrictAddressFamilies: ["AF_UNIX", "AF_NETLINK"], SystemCallFilter: ["@system-service"] },
      }),
    );
    assert.deepEqual(linesOf(text, "RestrictAddressFamilies"), ["RestrictAddressFamilies=AF_UNIX", "RestrictAddressFamilies=AF_NETLINK"]);
    assert.deepEqual(linesOf(text, "SystemCallFilter"), ["SystemCallFilter=@system-service"]);
  });

  test("GIVEN hardening: false WHEN rendered THEN nothing of the profile is added", () => {
    const text = rendered(service("legacy", { Service: { ExecStart: ["/usr/local/bin/legacy"] }, hardening: false }));
    assert.deepEqual(serviceLines(text), ["ExecStart=/usr/local/bin/legacy"]);
    assert.ok(!text.includes(HARDENING_COMMENT));
  });

  test("GIVEN a service that sets every directive of the profile WHEN rendered THEN no comment and no second value", () => {
    const text = rendered(service("custom", { Service: { ExecStart: ["/usr/local/bin/custom"], ...BASE_HARDENING, ProtectSystem: "full" } }));
    assert.ok(!text.includes(HARDENING_COMMENT));
    assert.deepEqual(linesOf(text, "ProtectSystem"), ["ProtectSystem=full"]);
  });

  test("GIVEN AmbientCapabilities WHEN hardened THEN the bounding set is exactly those capabilities", () => {
    const text = rendered(service("web", { Service: { ExecStart: ["/usr/local/bin/web"], User: "web", AmbientCapabilities: ["CAP_NET_BIND_SERVICE"] } }));
    assert.deepEqual(linesOf(text, "CapabilityBoundingSet"), ["CapabilityBoundingSet=CAP_NET_BIND_SERVICE"]);
  });

  test("GIVEN DeviceAllow WHEN hardened THEN PrivateDevices is left out, which would hide the devices", () => {
    const h = hardenService({ ExecStart: ["/usr/local/bin/ups"], DeviceAllow: ["/dev/ttyUSB0 rw"] });
    assert.equal(h.applied["PrivateDevices"], undefined);
    assert.deepEqual(h.skipped.map((s) => s.directive), ["PrivateDevices"]);
  });

  test("hardenService is pure: the service's section is not changed, overrides are reported", () => {
    const own = Object.freeze({ ExecStart: ["/bin/true"], ProtectHome: "read-only", UMask: 0o027 });
    const h = hardenService(own);
    assert.deepEqual(own, { ExecStart: ["/bin/true"], ProtectHome: "read-only", UMask: 0o027 });
    assert.deepEqual(h.overridden, ["ProtectHome", "UMask"]);
    assert.equal(h.service["ProtectHome"], "read-only");
    assert.deepEqual(Object.keys(h.service).slice(0, 3), ["ExecStart", "ProtectHome", "UMask"]);
  });

  test("drop-ins for distro units, sockets and timers are not hardened", () => {
    for (const node of [
      dropin("nginx.service", "hearth", { Service: { ProtectSystem: "strict" } }),
      socket("web", { Socket: { ListenStream: ["80"] } }),
      timer("job", { Timer: { OnCalendar: "daily" } }),
    ])
      assert.ok(!rendered(node).includes(HARDENING_COMMENT), node.kind);
  });

  test("a service with mistakes gets no exposure check (its errors say enough); a valid one does, with its options", () => {
    const ok = unitDefinitions(service("a", { Service: { ExecStart: ["/bin/true"], ProtectHome: false }, maxExposure: 3 })).activation.exposure;
    assert.equal(ok?.maxExposure, 3);
    assert.equal(ok?.hardening, true);
    assert.deepEqual(ok?.overridden, ["ProtectHome"]);
    const bad = unitDefinitions(service("b", { Service: { Restart: "sometimes" as "always" } })).activation.exposure;
    assert.equal(bad, undefined);
  });
});
