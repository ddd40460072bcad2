// The directive table, its runtime validation, and its types (via tsc on test/types).
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { sections, unitTypes } from "../dsl/directives-table.ts";
import { directiveKind, directiveSpec, sectionsOf, unitTypeOf, type DirectiveSpec, type SectionProblem } from "../dsl/directives.ts";
import { literal } from "../dsl/literal.ts";
import { reset } from "../dsl/reset.ts";
import { isTimespan, validateSections } from "../dsl/validate-sections.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SYSTEMD = "/lib/systemd/systemd";
const ANALYZE = "/usr/bin/systemd-analyze";

const messages = (problems: SectionProblem[]): string[] => problems.map((p) => p.message);
const service = (Service: Record<string, unknown>): unknown => ({ Service });

/** Validates one [Service] directive and returns its single problem's message. */
function problemOf(key: string, value: unknown): string {
  const problems = validateSections("service", service({ [key]: value }));
  assert.equal(problems.length, 1, `expected one problem for ${key}=${JSON.stringify(value)}, got ${JSON.stringify(problems)}`);
  assert.equal(problems[0]?.section, "Service");
  assert.equal(problems[0]?.key, key);
  return problems[0]?.message ?? "";
}

describe("validateSections: names", () => {
  it("GIVEN a misspelled directive WHEN validated THEN it suggests the nearest known one", () => {
    assert.deepEqual(messages(validateSections("service", service({ ExecStrat: ["/bin/true"] }))), [
      'unknown directive "ExecStrat" in [Service]; did you mean "ExecStart"?',
    ]);
    assert.match(problemOf("protectsystem", "strict"), /did you mean "ProtectSystem"\?/);
  });

  it("GIVEN a directive in the wrong section WHEN validated THEN it names the right one", () => {
    const problems = validateSections("service", { Unit: { ExecStart: ["/bin/true"] } });
    assert.deepEqual(problems, [{ section: "Unit", key: "ExecStart", message: '"ExecStart" belongs in [Service], not [Unit]; move it there' }]);
  });

  it("GIVEN a directive of a section this unit type lacks WHEN validated THEN it says so", () => {
    assert.deepEqual(messages(validateSections("service", service({ OnCalendar: "daily" }))), [
      '"OnCalendar" is a directive of [Timer], which a service unit does not have',
    ]);
  });

  it("GIVEN an unknown directive with no near match WHEN validated THEN it points to the docs and X-", () => {
    assert.match(problemOf("Frobnicate", "yes"), /unknown directive "Frobnicate" in \[Service\]; check its spelling in systemd\.directives\(7\), or prefix it with "X-"/);
  });

  it("GIVEN a section not allowed for the unit type WHEN validated THEN it lists the allowed sections", () => {
    assert.deepEqual(messages(validateSections("service", { Socket: { ListenStream: 80 } })), [
      "section [Socket] is not allowed in a service unit; a service unit has [Unit], [Service] and [Install]",
    ]);
    assert.deepEqual(messages(validateSections("target", { Servce: {} })), [
      "unknown section [Servce] in a target unit; a target unit has [Unit] and [Install] (prefix a name with \"X-\" for an extension section)",
    ]);
    assert.deepEqual(messages(validateSections("service", { Servce: {} })), ["unknown section [Servce] in a service unit; did you mean [Service]?"]);
  });

  it("GIVEN X- keys and X- sections WHEN validated THEN they are accepted", () => {
    assert.deepEqual(validateSections("service", { Service: { "X-Owner": "ops" }, "X-Hearth": { Note: ["a", "b"] } }), []);
  });

  it("GIVEN several mistakes WHEN validated THEN every one is reported, in order", () => {
    const problems = validateSections("service", {
      Unit: { Descripton: "x" },
      Service: { PrivateTmp: "yes", RestartSec: "soon" },
      Timer: {},
    });
    assert.deepEqual(problems.map((p) => [p.section, p.key]), [["Unit", "Descripton"], ["Service", "PrivateTmp"], ["Service", "RestartSec"], ["Timer", undefined]]);
  });

  it("GIVEN something that is not an object of sections WHEN validated THEN one clear problem comes back", () => {
    assert.match(messages(validateSections("service", "ExecStart=/bin/true"))[0] ?? "", /must be an object like \{ Unit: \{…\}, Service: \{…\} \}, got "ExecStart=\/bin\/true"/);
    assert.match(messages(validateSections("service", { Service: ["x"] }))[0] ?? "", /\[Service\] must be an object of directives, got an array/);
  });

  it("GIVEN directives set to undefined WHEN validated THEN they count as absent", () => {
    assert.deepEqual(validateSections("service", { Unit: undefined, Service: { User: undefined } }), []);
  });
});

describe("validateSections: values", () => {
  it("GIVEN a string for a boolean WHEN validated THEN it asks for true or false", () => {
    assert.equal(problemOf("PrivateTmp", "yes"), 'PrivateTmp= in [Service] must be true or false (hearth writes yes/no), got "yes"');
  });

  it("GIVEN a bad enum value WHEN validated THEN it lists the values, and hints at booleans", () => {
    assert.equal(problemOf("Restart", "sometimes"), 'Restart= in [Service] must be one of "no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort" or "always", got "sometimes"');
    assert.match(problemOf("ProtectSystem", "yes"), /must be one of true, false, "full" or "strict", got "yes" \(write the boolean true or false, not a string\)/);
    assert.match(problemOf("StandardOutput", "file:"), /needs something after "file:"/);
  });

  it("GIVEN time spans WHEN validated THEN systemd.time(7) text and seconds pass, anything else fails", () => {
    for (const ok of [30, 0.5, "30s", "1min 30s", "2 h", "1min30s", "500ms", "90", "1y 12month"])
      assert.deepEqual(validateSections("service", service({ TimeoutStopSec: ok })), [], String(ok));
    assert.deepEqual(validateSections("service", service({ TimeoutStopSec: "infinity" })), []);
    for (const bad of ["5 minutes later", "5mins", "soon", "", -1, "1e3", "5S"])
      assert.match(problemOf("TimeoutStopSec", bad), /must be a time span|non-negative number|is empty/, String(bad));
    assert.match(problemOf("RestartSec", "infinity"), /must be a time span/);
  });

  it("GIVEN a newline in a verbatim value WHEN validated THEN it explains the line cannot hold it", () => {
    assert.equal(
      messages(validateSections("service", { Unit: { Description: "two\nlines" } }))[0],
      "Description= in [Unit] contains a line break; systemd reads this value verbatim to the end of the line, so it cannot hold one",
    );
  });

  it("GIVEN text systemd would mangle WHEN validated THEN it is refused with the reason", () => {
    assert.match(problemOf("User", " web"), /starts or ends with whitespace/);
    assert.match(problemOf("SyslogIdentifier", "web\\"), /ends with a backslash, which systemd reads as a line continuation/);
    assert.deepEqual(validateSections("service", service({ SyslogIdentifier: "web\\\\" })), []);
    assert.match(problemOf("User", ""), /is empty, which systemd reads as a reset to the default; leave it out instead/);
    assert.match(problemOf("CapabilityBoundingSet", ""), /write \[reset\] for that/);
    assert.match(problemOf("User", "a\0b"), /NUL/);
    assert.match(problemOf("User", "\ud800"), /unpaired UTF-16 surrogate/);
  });

  it("GIVEN % in text WHEN validated THEN specifiers and %% pass, other % fail with a fix", () => {
    assert.deepEqual(validateSections("service", { Unit: { Description: "%n on %H, 100%%" } }), []);
    assert.equal(
      messages(validateSections("service", { Unit: { Description: "100% done" } }))[0],
      'Description= in [Unit] has "% ", which is not a systemd specifier (systemd.unit(5)); write "%%" for a literal "%", or wrap the text in literal()',
    );
    assert.match(problemOf("ExecStart", ["/usr/bin/curl", "https://x/?q=a%20b"]), /argument 1 has "%2"/);
    assert.deepEqual(validateSections("service", service({ ExecStart: ["/usr/bin/curl", literal("https://x/?q=a%20b")] })), []);
    // Directives that do not resolve specifiers take % as it is.
    assert.deepEqual(validateSections("service", service({ IPAddressAllow: "10.0.0.0/8%x" })), []);
  });

  it("GIVEN commands WHEN validated THEN argv arrays pass and shell strings, empty argv and bad programs fail", () => {
    for (const ok of [
      ["/bin/true"],
      ["true"],
      ["-@/bin/sleep", "sleeper", "10"],
      ["!!/usr/bin/ping", "-c1", "host"],
      [["/bin/a"], ["/bin/b", ""]],
      [reset],
      [reset, "/bin/true"],
      [reset, ["/bin/a"], ["/bin/b"]],
      ["/bin/sh", "-c", "echo $HOME; echo ${USER}", "$MAINPID", "$$"],
      [":/bin/echo", "$5"],
      ["%h/bin/tool"],
    ])
      assert.deepEqual(validateSections("service", service({ ExecStart: ok })), [], JSON.stringify(ok));
    assert.match(problemOf("ExecStart", "/usr/bin/web --flag"), /must be an argv array .*hearth never splits command strings/);
    assert.match(problemOf("ExecStart", []), /empty list/);
    assert.match(problemOf("ExecStart", [[]]), /empty argv/);
    assert.match(problemOf("ExecStart", ["bin/web"]), /must be an absolute path, or a bare name/);
    assert.match(problemOf("ExecStart", ["+!/bin/x"]), /only one of "\+", "!" and "!!"/);
    assert.match(problemOf("ExecStart", ["@/bin/x"]), /"@" prefix/);
    assert.match(problemOf("ExecStart", ["/bin/x", reset]), /reset in the middle/);
    assert.match(problemOf("ExecStart", [["/bin/a"], "/bin/b"]), /mixes argv arrays/);
    assert.match(problemOf("ExecStart", [["/bin/a"], ["/bin/b", 3]]), /command 2 argument 1 must be text, got 3/);
    assert.match(problemOf("ExecStart", ["/bin/echo", "$5"]), /argument 1 "\$5" would be replaced by systemd with the variable "5".*write "\$\$" for a literal "\$"/);
    assert.match(problemOf("ExecStart", ["/bin/echo", "%q%"]), /"%"/);
  });

  it("GIVEN environment records WHEN validated THEN names and values are checked", () => {
    assert.deepEqual(validateSections("service", service({ Environment: { A: "x y", B: "", C: "line\nbreak", D: literal("50%") } })), []);
    assert.deepEqual(validateSections("service", service({ Environment: [reset, { A: "1" }] })), []);
    assert.match(problemOf("Environment", { "1A": "x" }), /variable name "1A"/);
    assert.match(problemOf("Environment", { A: 1 }), /variable A must be text, got 1/);
    assert.match(problemOf("Environment", "A=1"), /must be an object like \{ NAME: "value" \}/);
  });

  it("GIVEN paths WHEN validated THEN they must be absolute, prefixes and specifiers allowed", () => {
    assert.deepEqual(validateSections("service", service({ ReadWritePaths: ["-/var/lib/a b", "+/srv", "%S/app"], EnvironmentFile: "-/etc/default/x", WorkingDirectory: "~" })), []);
    assert.match(problemOf("ReadWritePaths", ["var/lib"]), /must be an absolute path \(after an optional "-" or "\+"\)/);
    assert.match(problemOf("ReadOnlyPaths", "/srv/../etc"), /contains ".."/);
    assert.match(problemOf("StateDirectory", "/var/lib/web"), /relative to the directory systemd manages/);
  });

  it("GIVEN bind paths WHEN validated THEN source[:destination[:options]] is enforced", () => {
    assert.deepEqual(validateSections("service", service({ BindReadOnlyPaths: ["/usr/local/etc/a:/etc/a", "-/x", "/y:/z:norbind"] })), []);
    assert.match(problemOf("BindReadOnlyPaths", "etc/a:/etc/a"), /source .* is not absolute/);
    assert.match(problemOf("BindPaths", "/a:/b:ro"), /systemd accepts "rbind" or "norbind"/);
    assert.match(problemOf("BindPaths", "/a:/b:rbind:x"), /more than two ":"/);
  });

  it("GIVEN numbers, sizes, modes and limits WHEN validated THEN ranges and forms are checked", () => {
    assert.deepEqual(validateSections("service", service({ Nice: -5, MemoryMax: "512M", TasksMax: "80%", CPUQuota: "150%", UMask: "0027", LimitNOFILE: "1024:infinity", CPUWeight: "idle" })), []);
    assert.match(problemOf("Nice", 20), /must be an integer from -20 to 19, got 20/);
    assert.match(problemOf("MemoryMax", "512MB"), /must be a size/);
    assert.match(problemOf("UMask", "0o27"), /must be a file mode/);
    assert.match(problemOf("LimitNOFILE", "lots"), /must be a limit/);
    assert.match(problemOf("CPUQuota", 150), /must be a percentage like "50%"/);
  });

  it("GIVEN lists WHEN validated THEN reset may only come first and an empty list is refused", () => {
    assert.deepEqual(validateSections("service", { Unit: { After: [reset, "a.service"], Wants: [reset] } }), []);
    assert.match(messages(validateSections("service", { Unit: { After: ["a.service", reset] } }))[0] ?? "", /reset in the middle/);
    assert.match(messages(validateSections("service", { Unit: { After: [] } }))[0] ?? "", /empty list/);
    assert.match(messages(validateSections("service", { Unit: { After: ["network"] } }))[0] ?? "", /must be a unit name like "network-online.target"/);
  });

  it("GIVEN every unit type WHEN its own sections are validated empty THEN nothing is reported", () => {
    for (const type of Object.keys(unitTypes) as (keyof typeof unitTypes)[])
      assert.deepEqual(validateSections(type, Object.fromEntries(sectionsOf(type).map((s) => [s, {}]))), [], type);
  });
});

describe("directive table", () => {
  it("GIVEN the lead's look-ups WHEN asked about directives THEN kinds and unit types come back", () => {
    assert.equal(directiveKind("Service", "ExecStart"), "command");
    assert.equal(directiveKind("Service", "ProtectSystem"), "enum");
    assert.equal(directiveKind("Socket", "BindReadOnlyPaths"), "bindPaths");
    assert.equal(directiveKind("Service", "Nope"), undefined);
    assert.equal(directiveKind("Nope", "ExecStart"), undefined);
    assert.equal(directiveSpec("Service", "toString"), undefined);
    assert.equal(unitTypeOf("nginx.service"), "service");
    assert.equal(unitTypeOf("srv-data.mount"), "mount");
    assert.equal(unitTypeOf("dev-sda.device"), undefined);
    assert.equal(unitTypeOf("service"), undefined);
  });

  it("GIVEN systemd is installed WHEN its own directive list is dumped THEN it knows every table directive but those newer than it", { skip: !existsSync(SYSTEMD) && "no systemd here" }, () => {
    // `systemd --dump-configuration-items` lists every unit file directive per section (not [Install]).
    const dump = execFileSync(SYSTEMD, ["--dump-configuration-items"], { encoding: "utf8" });
    const version = Number(/^systemd (\d+)/.exec(execFileSync(SYSTEMD, ["--version"], { encoding: "utf8" }))?.[1]);
    const known = new Map<string, Set<string>>();
    let current = "";
    for (const line of dump.split("\n")) {
      const header = /^\[(\w+)\]$/.exec(line);
      if (header?.[1]) known.set((current = header[1]), new Set());
      else if (line.includes("=")) known.get(current)?.add(line.slice(0, line.indexOf("=")));
    }
    const unknown: string[] = [];
    const tooOld: string[] = [];
    for (const [section, directives] of Object.entries(sections)) {
      const names = known.get(section);
      if (!names || names.size === 0) continue; // [Install] is parsed elsewhere and not listed
      for (const [key, spec] of Object.entries(directives as Record<string, DirectiveSpec>)) {
        // a directive marked `since` a newer systemd must be one this systemd does not have
        if (spec.since !== undefined && spec.since > version) {
          if (names.has(key)) tooOld.push(`${section}.${key} (since ${spec.since})`);
        } else if (!names.has(key)) unknown.push(`${section}.${key}`);
      }
    }
    assert.deepEqual(unknown, []);
    assert.deepEqual(tooOld, [], `systemd ${version} has these, so their since is wrong`);
  });

  it("GIVEN systemd-analyze WHEN it parses time spans THEN hearth's validator agrees with it", { skip: !existsSync(ANALYZE) && "no systemd-analyze here" }, () => {
    const samples = [
      "5s", "1min 30s", "1min30s", "2 h", "2hours", "48hr", "1y 12month", "55s500ms", "300ms20s 5day", "5 10", ".5s", "1.5",
      "0", "5 m", "5sec5", "5µs", "5μs", "1.s", "5S", "1e3", "1,5s", "5ns", "5mins", "5 minutes later", "soon", "1h-3", "ms", "",
    ];
    for (const text of samples) {
      const systemd = spawnSync(ANALYZE, ["timespan", "--", text], { encoding: "utf8" }).status === 0;
      assert.equal(isTimespan(text), systemd, `"${text}": systemd says ${systemd ? "valid" : "invalid"}`);
    }
  });
});

describe("directive types", () => {
  it("GIVEN the type fixtures WHEN tsc checks them THEN every @ts-expect-error line is rejected and every other line accepted", () => {
    const tsc = join(root, "node_modules/.bin/tsc");
    const result = spawnSync(tsc, ["--noEmit", "-p", join(root, "test/types/tsconfig.json")], { encoding: "utf8" });
    assert.equal(result.status, 0, `tsc reported:\n${result.stdout}${result.stderr}`);
  });
});
