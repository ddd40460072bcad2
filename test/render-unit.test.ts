// Rendering units as systemd INI text, checked three ways: exact expected text for the rules
// users rely on; a round trip through a small model of systemd's reader written here; and,
// where systemd is installed, systemd itself (`systemd --test` dumps what it parsed, and
// `systemd-analyze verify` must stay silent).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { GENERATED_HEADER, quoteWord, referencedPaths, renderUnit, wantedBy } from "../compiler/render-unit.ts";
import type { UnitType } from "../dsl/directives.ts";
import { literal } from "../dsl/literal.ts";
import { reset } from "../dsl/reset.ts";
import { validateSections } from "../dsl/validate-sections.ts";

type Sections = Record<string, Record<string, unknown>>;

/** Renders after asserting the input is valid, as the compiler does. */
function render(type: UnitType, sections: Sections): string {
  assert.deepEqual(validateSections(type, sections), [], "test input must be valid");
  return renderUnit(type, sections);
}

/** The directive lines of one rendered section, without header or blank lines. */
function linesOf(type: UnitType, sections: Sections): string[] {
  return render(type, sections).split("\n").filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("["));
}

describe("renderUnit: layout", () => {
  it("GIVEN sections in any order WHEN rendered THEN [Unit], the type's section, X- sections, then [Install], blank-line separated", () => {
    const text = render("service", {
      Install: { WantedBy: "multi-user.target" },
      "X-Hearth": { Owner: "ops" },
      Service: { ExecStart: ["/usr/local/bin/web"] },
      Unit: { Description: "Web" },
    });
    assert.equal(
      text,
      `${GENERATED_HEADER}
[Unit]
Description=Web

[Service]
ExecStart=/usr/local/bin/web

[X-Hearth]
Owner=ops

[Install]
WantedBy=multi-user.target
`,
    );
  });

  it("GIVEN directives in some order WHEN rendered THEN that order is kept, and empty sections are left out", () => {
    assert.deepEqual(linesOf("service", { Unit: {}, Service: { User: "web", Type: "simple", Group: "web", PIDFile: undefined } }), [
      "User=web", "Type=simple", "Group=web",
    ]);
  });

  it("GIVEN the same input twice WHEN rendered THEN the bytes are identical and end in exactly one newline", () => {
    const input = { Unit: { Description: "x" }, Timer: { OnCalendar: "daily", Persistent: true }, Install: { WantedBy: "timers.target" } };
    const a = render("timer", input);
    assert.equal(a, render("timer", structuredClone(input)));
    assert.ok(a.endsWith("timers.target\n") && !a.endsWith("\n\n"));
  });

  it("GIVEN invalid input anyway WHEN rendered THEN it does not throw (the compile reports the problems)", () => {
    assert.doesNotThrow(() => renderUnit("service", { Service: { ExecStart: "oops", Environment: 5, Bogus: null, PrivateTmp: "yes", BindPaths: [5, null], ReadWritePaths: {} } as Record<string, unknown>, Unit: "x" as unknown as Record<string, unknown> }));
  });
});

describe("renderUnit: values", () => {
  it("GIVEN booleans WHEN rendered THEN they are yes/no, also inside enums", () => {
    assert.deepEqual(linesOf("service", { Service: { PrivateTmp: true, NoNewPrivileges: false, ProtectSystem: "strict", ProtectHome: true, RestrictNamespaces: true } }), [
      "PrivateTmp=yes", "NoNewPrivileges=no", "ProtectSystem=strict", "ProtectHome=yes", "RestrictNamespaces=yes",
    ]);
  });

  it("GIVEN lists WHEN rendered THEN one Key=value line per item, a single item as one line", () => {
    assert.deepEqual(linesOf("service", { Unit: { After: ["network-online.target", "nss-lookup.target"], Wants: "network-online.target" }, Service: { SystemCallFilter: ["@system-service", "~@privileged @resources"] } }), [
      "After=network-online.target", "After=nss-lookup.target", "Wants=network-online.target",
      "SystemCallFilter=@system-service", "SystemCallFilter=~@privileged @resources",
    ]);
  });

  it("GIVEN reset first WHEN rendered THEN an empty assignment comes before the new values", () => {
    assert.deepEqual(linesOf("service", { Service: {
      ExecStart: [reset, "/usr/sbin/nginx", "-g", "daemon off;"],
      ExecStartPre: [reset],
      ExecStop: [reset, ["/bin/kill", "-TERM", "$MAINPID"], ["/bin/sleep", "1"]],
      ReadOnlyPaths: [reset, "/etc"],
      Environment: [reset, { A: "1" }],
    } }), [
      "ExecStart=", 'ExecStart=/usr/sbin/nginx -g "daemon off;"',
      "ExecStartPre=",
      "ExecStop=", "ExecStop=/bin/kill -TERM $MAINPID", "ExecStop=/bin/sleep 1",
      "ReadOnlyPaths=", "ReadOnlyPaths=/etc",
      "Environment=", "Environment=A=1",
    ]);
  });

  it("GIVEN several commands WHEN rendered THEN each gets its own line, which systemd runs in order", () => {
    assert.deepEqual(linesOf("service", { Service: { Type: "oneshot", ExecStart: [["/bin/a"], ["/bin/b", "x"]] } }), ["Type=oneshot", "ExecStart=/bin/a", "ExecStart=/bin/b x"]);
  });

  it("GIVEN argv with special characters WHEN rendered THEN each word is quoted only as much as systemd needs", () => {
    const cases: [string, string][] = [
      ["plain", "plain"],
      ["--flag=value", "--flag=value"],
      ["two words", '"two words"'],
      ["it's", `"it's"`],
      ['say "hi"', '"say \\"hi\\""'],
      ["back\\slash", '"back\\\\slash"'],
      ["trailing\\", '"trailing\\\\"'],
      [";", "\\;"],
      ["a;b", "a;b"],
      ["daemon off;", '"daemon off;"'],
      ["$HOME", "$HOME"],
      ["${HOME}/x", "${HOME}/x"],
      ["%n", "%n"],
      ["", '""'],
      ["é", "é"],
      ["日本 語", '"日本 語"'],
      ["tab\there", '"tab\\there"'],
      ["line\nbreak", '"line\\nbreak"'],
      ["bell\x07", '"bell\\a"'],
      ["del\x7f", '"del\\x7f"'],
      ["#not-a-comment", "#not-a-comment"],
      ["nbsp\u00a0x", '"nbsp\u00a0x"'],
    ];
    for (const [arg, expected] of cases) {
      assert.equal(quoteWord(arg), expected, JSON.stringify(arg));
      const [line] = linesOf("service", { Service: { ExecStart: ["/bin/echo", arg] } });
      assert.equal(line, `ExecStart=/bin/echo ${expected}`, JSON.stringify(arg));
    }
  });

  it("GIVEN a program path with prefixes or spaces WHEN rendered THEN the prefixes stay in front, inside quotes if needed", () => {
    assert.deepEqual(linesOf("service", { Service: { ExecStartPre: ["-/bin/rm", "-f", "/run/x"], ExecStart: ["-/opt/my app/run"] } }), [
      "ExecStartPre=-/bin/rm -f /run/x", 'ExecStart="-/opt/my app/run"',
    ]);
  });

  it("GIVEN Environment WHEN rendered THEN one line per variable, each NAME=value quoted as one word when needed", () => {
    assert.deepEqual(linesOf("service", { Service: { Environment: { PLAIN: "x", SPACES: "a b", QUOTES: `it's "q"`, EMPTY: "", DOLLAR: "$keep", NL: "a\nb", SPEC: "%n" } } }), [
      "Environment=PLAIN=x",
      'Environment="SPACES=a b"',
      `Environment="QUOTES=it's \\"q\\""`,
      "Environment=EMPTY=",
      "Environment=DOLLAR=$keep",
      'Environment="NL=a\\nb"',
      "Environment=SPEC=%n",
    ]);
  });

  it("GIVEN literal() text WHEN rendered THEN % and $ are doubled exactly where systemd would expand them", () => {
    assert.deepEqual(linesOf("service", {
      Unit: { Description: literal("100% $real") },
      Service: {
        ExecStart: ["/bin/sh", "-c", literal('echo "$1 costs 5%" $$')],
        ExecStartPost: [":/bin/echo", literal("$HOME 5%")], // ":" turns substitution off: "$" stays single
        Environment: { PRICE: literal("$5 (10%)") }, // Environment= never substitutes "$"
        IPAddressAllow: literal("10.0.0.0/8"), // resolves no specifiers: nothing to double
      },
    }), [
      "Description=100%% $real",
      'ExecStart=/bin/sh -c "echo \\"$$1 costs 5%%\\" $$$$"',
      'ExecStartPost=:/bin/echo "$HOME 5%%"',
      'Environment="PRICE=$5 (10%%)"',
      "IPAddressAllow=10.0.0.0/8",
    ]);
  });

  it("GIVEN numbers for time spans, modes and sizes WHEN rendered THEN systemd's own notation is used", () => {
    assert.deepEqual(linesOf("service", { Service: { TimeoutStopSec: 30, RestartSec: 0.5, WatchdogSec: "1min 30s", UMask: 0o027, StateDirectoryMode: "0750", MemoryMax: 536870912, TasksMax: "infinity", LimitNOFILE: 65536 } }), [
      "TimeoutStopSec=30s", "RestartSec=0.5s", "WatchdogSec=1min 30s", "UMask=0027", "StateDirectoryMode=0750", "MemoryMax=536870912", "TasksMax=infinity", "LimitNOFILE=65536",
    ]);
    assert.deepEqual(linesOf("timer", { Timer: { OnBootSec: [reset, 300, "1h"] } }), ["OnBootSec=", "OnBootSec=300s", "OnBootSec=1h"]);
  });

  it("GIVEN bind paths and path lists with spaces WHEN rendered THEN each part is quoted on its own so ':' still separates", () => {
    assert.deepEqual(linesOf("service", { Service: {
      BindReadOnlyPaths: ["/usr/local/etc/nginx/nginx.conf:/etc/nginx/nginx.conf", "/srv/my site:/var/www:norbind", "-/opt/x"],
      ReadWritePaths: ["/var/lib/my data", "-/var/cache/x"],
      StateDirectory: ["web", "web data"],
      EnvironmentFile: "-/etc/default/my app",
    } }), [
      "BindReadOnlyPaths=/usr/local/etc/nginx/nginx.conf:/etc/nginx/nginx.conf",
      'BindReadOnlyPaths="/srv/my site":/var/www:norbind',
      "BindReadOnlyPaths=-/opt/x",
      'ReadWritePaths="/var/lib/my data"',
      "ReadWritePaths=-/var/cache/x",
      "StateDirectory=web",
      'StateDirectory="web data"',
      "EnvironmentFile=-/etc/default/my app", // verbatim: systemd does not unquote EnvironmentFile=
    ]);
  });
});

describe("referencedPaths and wantedBy", () => {
  it("GIVEN a service WHEN asked for referenced paths THEN literal absolute paths come back, prefixes stripped, sorted and unique", () => {
    const paths = referencedPaths("service", {
      Unit: { ConditionPathExists: ["!/etc/disabled", "|/run/flag"], Description: "/not/a/path/directive" },
      Service: {
        ExecStartPre: [["-/usr/local/bin/prep", "/usr/local/etc/app.toml"]],
        ExecStart: ["+/usr/local/bin/app", "--config=/usr/local/etc/app.toml", "relative", "${STATE}/x", "%S/app"],
        EnvironmentFile: "-/usr/local/etc/app.env",
        BindReadOnlyPaths: ["-/usr/local/etc/nginx.conf:/etc/nginx/nginx.conf:norbind"],
        ReadOnlyPaths: ["+/srv//data/"],
        StandardOutput: "append:/var/log/app.log",
        WorkingDirectory: "~",
      },
      Timer: { Unit: "ignored-not-a-service-section.service" },
    });
    assert.deepEqual(paths, [
      "/etc/disabled", "/etc/nginx/nginx.conf", "/run/flag", "/srv/data", "/usr/local/bin/app", "/usr/local/bin/prep",
      "/usr/local/etc/app.env", "/usr/local/etc/app.toml", "/usr/local/etc/nginx.conf", "/var/log/app.log",
    ]);
  });

  it("GIVEN [Install] WHEN asked what wants the unit THEN WantedBy and RequiredBy come back as lists", () => {
    assert.deepEqual(wantedBy({ Install: { WantedBy: "multi-user.target", RequiredBy: [reset, "a.target", "b.target"] } }), {
      wantedBy: ["multi-user.target"], requiredBy: ["a.target", "b.target"],
    });
    assert.deepEqual(wantedBy({ Unit: { Description: "x" } }), { wantedBy: [], requiredBy: [] });
  });
});

// ---------------------------------------------------------------- a model of systemd's reader

/** Lines of a unit file as systemd's config_parse() reads them: sections, continuations, comments. */
function readUnitFile(text: string): { section: string; key: string; value: string }[] {
  const out: { section: string; key: string; value: string }[] = [];
  let section = "";
  let pending: string | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (pending !== undefined && (line.startsWith("#") || line.startsWith(";"))) continue;
    if (pending === undefined && (line === "" || line.startsWith("#") || line.startsWith(";"))) continue;
    let full = pending === undefined ? line : pending + line;
    const trailing = /\\+$/.exec(full)?.[0].length ?? 0;
    if (trailing % 2 === 1) {
      pending = `${full.slice(0, -1)} `;
      continue;
    }
    pending = undefined;
    full = full.trim();
    const header = /^\[([^\]]+)\]$/.exec(full);
    if (header?.[1]) section = header[1];
    else {
      const eq = full.indexOf("=");
      assert.ok(eq > 0, `not an assignment: ${full}`);
      out.push({ section, key: full.slice(0, eq).trim(), value: full.slice(eq + 1).trim() });
    }
  }
  return out;
}

const C_UNESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'", s: " " };

/** extract_first_word(EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE) over a whole value; `command` adds config_parse_exec's ";" handling. */
function unquoteWords(value: string, command = false): string[][] {
  const commands: string[][] = [[]];
  let i = 0;
  const ws = (c: string | undefined): boolean => c !== undefined && " \t\n\r".includes(c);
  while (i < value.length) {
    while (ws(value[i])) i++;
    if (i >= value.length) break;
    if (command && value[i] === ";" && (i + 1 === value.length || ws(value[i + 1]))) { commands.push([]); i++; continue; }
    if (command && value[i] === "\\" && value[i + 1] === ";" && (i + 2 === value.length || ws(value[i + 2]))) { commands.at(-1)?.push(";"); i += 2; continue; }
    let word = "";
    let quote = "";
    for (; i < value.length; i++) {
      const c = value[i] ?? "";
      if (c === "\\") {
        const n = value[++i] ?? "";
        if (n in C_UNESCAPES) word += C_UNESCAPES[n];
        else if (n === "x") { word += String.fromCharCode(parseInt(value.slice(i + 1, i + 3), 16)); i += 2; }
        else if (/[0-7]/.test(n)) { word += String.fromCharCode(parseInt(value.slice(i, i + 3), 8)); i += 2; }
        else if (n === "u") { word += String.fromCodePoint(parseInt(value.slice(i + 1, i + 5), 16)); i += 4; }
        else throw new Error(`unknown escape \\${n} in ${value}`);
      } else if (quote) {
        if (c === quote) quote = "";
        else word += c;
      } else if (c === '"' || c === "'") quote = c;
      else if (ws(c)) break;
      else word += c;
    }
    assert.equal(quote, "", `unbalanced quote in ${value}`);
    commands.at(-1)?.push(word);
  }
  return commands;
}

/** Specifier resolution as systemd does after unquoting; only the two the tests use. */
function resolveSpecifiers(text: string, unit: string): string {
  return text.replace(/%(.)/g, (_, c: string) => {
    if (c === "%") return "%";
    if (c === "n") return unit;
    throw new Error(`specifier %${c} not modelled`);
  });
}

/** replace_env_argv() with flags 0, as exec does on each command: "$$", "${X}", and whole-word "$X". */
function expandVariables(argv: string[], env: Record<string, string>): string[] {
  const out: string[] = [];
  for (const word of argv) {
    if (word.startsWith("$") && word[1] !== "{" && word[1] !== "$") {
      const v = env[word.slice(1)];
      if (v !== undefined) out.push(...v.split(/\s+/).filter(Boolean));
      continue;
    }
    out.push(word.replace(/\$(\$|\{([^}]*)\})/g, (_, m: string, name: string | undefined) => (m === "$" ? "$" : env[name ?? ""] ?? "")));
  }
  return out;
}

/** A deterministic stream of awkward strings. */
function awkwardStrings(count: number, seed: number): string[] {
  const alphabet = ["a", "b", "Z", "0", " ", "  ", "\t", "\n", "\r", '"', "'", "\\", "\\\\", ";", "$", "{", "}", "$$", "%", "%%", "=", ":", "-", "#", "é", "😀", "\x01", "\x7f", "\u00a0", "x", "/"];
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return state % n;
  };
  const out = [";", "", "\\", "$", "%"];
  while (out.length < count) {
    let s = "";
    for (let n = next(7); n > 0; n--) s += alphabet[next(alphabet.length)] ?? "";
    out.push(s);
  }
  return out;
}

describe("round trip through a model of systemd's reader", () => {
  it("GIVEN awkward literal() arguments WHEN rendered and read back THEN the program receives exactly that argv", () => {
    const args = awkwardStrings(400, 7);
    const commands = [];
    for (let i = 0; i < args.length; i += 4) commands.push(["/bin/echo", ...args.slice(i, i + 4).map(literal)] as const);
    const text = render("service", { Service: { Type: "oneshot", ExecStart: commands } });
    const read = readUnitFile(text).filter((l) => l.key === "ExecStart");
    assert.equal(read.length, commands.length);
    for (const [n, line] of read.entries()) {
      const parsed = unquoteWords(line.value, true);
      assert.equal(parsed.length, 1, `one command per line: ${line.value}`);
      const argv = expandVariables((parsed[0] ?? []).map((w) => resolveSpecifiers(w, "x.service")), {});
      assert.deepEqual(argv, ["/bin/echo", ...args.slice(n * 4, n * 4 + 4)], line.value);
    }
  });

  it("GIVEN awkward literal() environment values WHEN rendered and read back THEN each variable holds exactly that value", () => {
    const values = awkwardStrings(200, 11);
    const env = Object.fromEntries(values.map((v, i) => [`V${i}`, literal(v)]));
    const read = readUnitFile(render("service", { Service: { Environment: env } }));
    const got: Record<string, string> = {};
    for (const { value } of read) {
      const words = unquoteWords(value)[0] ?? [];
      assert.equal(words.length, 1, value);
      const [word = ""] = words;
      const resolved = resolveSpecifiers(word, "x.service");
      got[resolved.slice(0, resolved.indexOf("="))] = resolved.slice(resolved.indexOf("=") + 1);
    }
    assert.deepEqual(got, Object.fromEntries(values.map((v, i) => [`V${i}`, v])));
  });

  it("GIVEN plain strings with specifiers and variables WHEN read back THEN systemd expands them as its docs say", () => {
    const text = render("service", { Service: { Environment: { GREETING: "hello world" }, ExecStart: ["/bin/echo", "%n", "${GREETING}", "$GREETING", "x$GREETING", "$$GREETING", "100%%"] } });
    const exec = readUnitFile(text).find((l) => l.key === "ExecStart");
    const argv = expandVariables((unquoteWords(exec?.value ?? "", true)[0] ?? []).map((w) => resolveSpecifiers(w, "web.service")), { GREETING: "hello world" });
    assert.deepEqual(argv, ["/bin/echo", "web.service", "hello world", "hello", "world", "x$GREETING", "$GREETING", "100%"]);
  });
});

// ---------------------------------------------------------------- systemd itself

const SYSTEMD = "/lib/systemd/systemd";
const ANALYZE = "/usr/bin/systemd-analyze";
const isRoot = process.getuid?.() === 0;
const haveSystemd = existsSync(SYSTEMD) && (!isRoot || existsSync("/usr/bin/setpriv"));

/** Writes units to a fresh directory readable by everyone, runs `fn`, removes the directory. */
function withUnits<T>(files: Record<string, string>, fn: (dir: string) => T): T {
  // Under /tmp, not $TMPDIR: when root, systemd runs as nobody and must reach the files.
  const dir = mkdtempSync(join(existsSync("/tmp") ? "/tmp" : tmpdir(), "hearth-units-"));
  try {
    chmodSync(dir, 0o755);
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      chmodSync(join(dir, name), 0o644); // whatever the umask
    }
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Parsed {
  /** systemd's log lines about our files: warnings and errors while parsing */
  readonly log: string[];
  /** "Key: value" lines of the unit's dump */
  readonly fields: string[];
  /** Per Exec* directive, the argv of each command as systemd stored it (before variable substitution) */
  readonly commands: Record<string, string[][]>;
}

/**
 * What systemd 252 itself parsed from a unit: `systemd --test` loads it into a test manager
 * and dumps it. systemd refuses test mode as root, so drop to nobody when root.
 */
function systemdParse(files: Record<string, string>, unit: string): Parsed {
  return withUnits(files, (dir) => {
    const argv = [SYSTEMD, "--test", "--system", `--unit=${unit}`, "--no-pager", "--log-target=console"];
    const cmd = isRoot ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...argv] : argv;
    const r = spawnSync(cmd[0] ?? "", cmd.slice(1), { encoding: "utf8", env: { ...process.env, SYSTEMD_UNIT_PATH: `${dir}:` }, timeout: 20_000 });
    assert.equal(r.status, 0, `systemd --test failed: ${r.stderr}`);
    const log = r.stderr.split("\n").filter((l) => l.includes(dir) || l.includes(unit));
    const lines = r.stdout.split("\n");
    const start = lines.findIndex((l) => l === `\t-> Unit ${unit}:`);
    assert.ok(start >= 0, `no dump of ${unit}`);
    const end = lines.findIndex((l, i) => i > start && l.startsWith("\t-> Unit "));
    const block = lines.slice(start + 1, end === -1 ? undefined : end);
    const commands: Record<string, string[][]> = {};
    let current: string[][] | undefined;
    const fields: string[] = [];
    for (const l of block) {
      const header = /^\t\t-> (\w+):$/.exec(l);
      if (header?.[1]) current = commands[header[1]] = [];
      else if (l.startsWith("\t\t\tCommand Line: ")) current?.push(decodeDumpedCommand(l.slice("\t\t\tCommand Line: ".length)));
      else if (l.startsWith("\t\t") && !l.startsWith("\t\t\t")) fields.push(l.slice(2));
    }
    return { log, fields, commands };
  });
}

/** Undoes the shell-style quoting of the dump's "Command Line:" (quote_command_line()). */
function decodeDumpedCommand(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === " ") { i++; continue; }
    let word = "";
    if (line[i] === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] !== "\\") { word += line[i]; continue; }
        const n = line[++i] ?? "";
        if (/[0-7]/.test(n)) { word += String.fromCharCode(parseInt(line.slice(i, i + 3), 8)); i += 2; }
        else if (n === "x") { word += String.fromCharCode(parseInt(line.slice(i + 1, i + 3), 16)); i += 2; }
        else word += C_UNESCAPES[n] ?? n;
      }
      i++;
    } else for (; i < line.length && line[i] !== " "; i++) word += line[i];
    words.push(word);
  }
  return words;
}

describe("systemd reads what hearth renders", { skip: !haveSystemd && "systemd is not installed here" }, () => {
  it("GIVEN awkward literal() arguments WHEN systemd parses the unit THEN it stores exactly that argv, with no warnings", () => {
    // The dump shows argv after specifier resolution and before "$" substitution, so "$" is still doubled.
    const args = awkwardStrings(240, 3);
    const commands = [];
    for (let i = 0; i < args.length; i += 6) commands.push(["/bin/echo", ...args.slice(i, i + 6).map(literal)] as const);
    const parsed = systemdParse({ "hearth-argv.service": render("service", { Service: { Type: "oneshot", ExecStart: commands } }) }, "hearth-argv.service");
    assert.deepEqual(parsed.log, []);
    assert.deepEqual(parsed.commands["ExecStart"], commands.map((c) => c.map((a) => (typeof a === "string" ? a : a.text.replaceAll("$", () => "$$")))));
  });

  it("GIVEN the hand-picked tricky arguments WHEN systemd parses them THEN they arrive intact", () => {
    const argv = ["/bin/echo", "two words", "it's", 'say "hi"', "back\\slash", ";", "a;b", "", "é ü", "tab\there", "line\nbreak", "%n", "%%", "${X}", "$$"] as const;
    const parsed = systemdParse({ "hearth-tricky.service": render("service", { Service: { ExecStart: argv, ExecStartPre: ["-/opt/my app/run", "x"] } }) }, "hearth-tricky.service");
    assert.deepEqual(parsed.log, []);
    assert.deepEqual(parsed.commands["ExecStart"], [argv.map((a) => a.replace("%n", "hearth-tricky.service").replace("%%", "%"))]);
    assert.deepEqual(parsed.commands["ExecStartPre"], [["/opt/my app/run", "x"]]);
  });

  it("GIVEN awkward literal() environment values and descriptions WHEN systemd parses them THEN the values are exact", () => {
    // The dump prints values raw, one per line, so line breaks are left to the model round trip above.
    const values = awkwardStrings(150, 5).filter((v) => !/[\n\r]/.test(v));
    const env = Object.fromEntries(values.map((v, i) => [`V${i}`, literal(v)]));
    const description = "Tricky: \"q\" 'x' \\ 100% $HOME é";
    const parsed = systemdParse(
      { "hearth-env.service": render("service", { Unit: { Description: literal(description) }, Service: { ExecStart: ["/bin/true"], Environment: env } }) },
      "hearth-env.service",
    );
    assert.deepEqual(parsed.log, []);
    assert.deepEqual(parsed.fields.filter((f) => f.startsWith("Environment: ")), values.map((v, i) => `Environment: V${i}=${v}`));
    assert.ok(parsed.fields.includes(`Description: ${description}`));
  });

  it("GIVEN paths with spaces and prefixes WHEN systemd parses them THEN sources, destinations and prefixes are right", () => {
    const parsed = systemdParse({
      "hearth-paths.service": render("service", { Service: {
        ExecStart: ["/bin/true"],
        BindReadOnlyPaths: ["/srv/my site:/var/www:norbind", "-/opt/x", "-/srv/other site:/x"],
        ReadWritePaths: ["-/var/lib/my data", "+/srv/w"],
        EnvironmentFile: "-/etc/default/my app",
        WorkingDirectory: "-/srv/a b",
      } }),
    }, "hearth-paths.service");
    assert.deepEqual(parsed.log, []);
    for (const field of [
      "BindReadOnlyPaths: /srv/my site:/var/www:norbind",
      "BindReadOnlyPaths: -/opt/x:/opt/x:rbind",
      "BindReadOnlyPaths: -/srv/other site:/x:rbind",
      "ReadWritePaths: -/var/lib/my data +/srv/w",
      "EnvironmentFile: -/etc/default/my app",
      "WorkingDirectory: /srv/a b",
    ]) assert.ok(parsed.fields.includes(field), `${field} in\n${parsed.fields.join("\n")}`);
  });
});

describe("systemd-analyze verify stays silent", { skip: !existsSync(ANALYZE) && "systemd-analyze is not installed here" }, () => {
  it("GIVEN rendered units of every type, with tricky quoting WHEN verified offline THEN systemd-analyze prints nothing", () => {
    const files: Record<string, string> = {
      "hearth-web.service": render("service", {
        Unit: { Description: "hearth web %n", After: ["network-online.target"], Wants: "network-online.target" },
        Service: {
          Type: "notify",
          ExecStartPre: [["-/bin/rm", "-f", "/run/hearth-web/stale"], ["/bin/sh", "-c", literal('test "$1" != ";" || exit 0; echo 100% "$$"'), "sh", ";"]],
          ExecStart: ["/bin/echo", "two words", "it's", 'say "hi"', "back\\slash", ";", "", "é", "line\nbreak", "%n", "${GREETING}", "$GREETING"],
          ExecReload: ["/bin/kill", "-HUP", "$MAINPID"],
          Environment: { GREETING: "hello world", QUOTED: `it's "q"`, PCT: literal("50%") },
          Restart: "on-failure", RestartSec: 5, TimeoutStopSec: "1min 30s",
          DynamicUser: true, StateDirectory: "hearth-web", ProtectSystem: "strict", ProtectHome: true, PrivateTmp: true,
          PrivateDevices: true, NoNewPrivileges: true, ProtectKernelTunables: true, ProtectKernelModules: true,
          ProtectKernelLogs: true, ProtectControlGroups: true, ProtectClock: true, ProtectHostname: true,
          RestrictAddressFamilies: "AF_UNIX AF_INET AF_INET6", RestrictNamespaces: true, RestrictRealtime: true,
          RestrictSUIDSGID: true, LockPersonality: true, MemoryDenyWriteExecute: true,
          SystemCallFilter: ["@system-service", "~@privileged @resources"], SystemCallArchitectures: "native",
          CapabilityBoundingSet: [reset], ReadWritePaths: "-/var/lib/my data", BindReadOnlyPaths: "/etc/hostname:/etc/hearth-hostname",
          MemoryMax: "512M", CPUQuota: "150%", TasksMax: 64, LimitNOFILE: "1024:65536", UMask: 0o027,
          KillMode: "mixed", KillSignal: "SIGINT", StandardOutput: "journal", SyslogIdentifier: "hearth-web",
        },
        Install: { WantedBy: "multi-user.target" },
      }),
      "hearth-web.socket": render("socket", { Socket: { ListenStream: [8080, "/run/hearth-web.sock"], SocketMode: "0660", Accept: false }, Install: { WantedBy: "sockets.target" } }),
      "hearth-job.service": render("service", { Service: { Type: "oneshot", ExecStart: [["/bin/true"], [":/bin/echo", "$literal"]] } }),
      "hearth-job.timer": render("timer", { Timer: { OnCalendar: "Mon *-*-* 03:00:00", OnBootSec: 300, Persistent: true, RandomizedDelaySec: "30m" }, Install: { WantedBy: "timers.target" } }),
      "hearth-job.path": render("path", { Path: { PathChanged: "/etc/hostname", Unit: "hearth-job.service" } }),
      "srv-hearth.mount": render("mount", { Mount: { What: "tmpfs", Where: "/srv/hearth", Type: "tmpfs", Options: "mode=0755,size=16M" } }),
      "hearth.target": render("target", { Unit: { Description: "everything hearth ships", Wants: ["hearth-web.service", "hearth-job.timer"] } }),
    };
    withUnits(files, (dir) => {
      const r = spawnSync(ANALYZE, ["verify", "--man=no", ...Object.keys(files).map((f) => join(dir, f))], { encoding: "utf8", cwd: dir, timeout: 60_000 });
      assert.equal(`${r.stdout}${r.stderr}`, "", "systemd-analyze verify printed something");
      assert.equal(r.status, 0);
    });
  });
});
