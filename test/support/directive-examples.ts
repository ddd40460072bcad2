// For every directive spec, one value systemd accepts and one it must not: the type fixture
// (test/types/every-directive.fixture.ts, generated from these) and the runtime test use the
// same pairs, so the types and validateSections are held to the same examples.
import { configFileTypes, sections, unitTypes } from "../../dsl/directives-table.ts";
import type { DirectiveSpec, FileType } from "../../dsl/directives.ts";

/** The source text of a value (a TypeScript expression). */
export type Source = string;

const item = (spec: DirectiveSpec): Source => {
  switch (spec.kind) {
    case "string": return '"text"';
    case "list": return spec.words ? '"one two"' : '"item"';
    case "bool": return "true";
    case "int": return String(spec.min !== undefined && spec.min > 0 ? spec.min : spec.max !== undefined && spec.max < 0 ? spec.max : 0);
    case "timespan": return '"1min 30s"';
    case "timespans": return '"5min"';
    case "size": return '"512M"';
    case "percent": return '"50%"';
    case "mode": return '"0750"';
    case "rlimit": return '"1024:4096"';
    case "enum": return JSON.stringify(spec.values[0]);
    case "path": return '"/srv/example"';
    case "paths": return '"/srv/example"';
    case "dirs": return '"example"';
    case "bindPaths": return '"/srv/a:/srv/b"';
    case "unit": return '"example.service"';
    case "units": return '"example.service"';
    case "listen": return "8080";
    case "command": return '["/bin/true", "--flag"]';
    case "environment": return '{ EXAMPLE: "value" }';
    case "address": {
      const address = spec.family === 6 ? "2001:db8::1" : "192.0.2.1";
      return JSON.stringify(spec.prefix === "required" ? `${address}/${spec.family === 6 ? 64 : 24}` : address);
    }
    case "mac": return '"02:00:5e:00:53:01"';
  }
};

const listKinds = new Set(["list", "timespans", "paths", "dirs", "bindPaths", "units", "listen"]);

/** A value of the directive that both the types and validateSections accept. */
export function validExample(spec: DirectiveSpec): Source {
  if (spec.kind === "command" || spec.kind === "environment") return item(spec);
  if (listKinds.has(spec.kind) || ("repeat" in spec && spec.repeat)) return `[${item(spec)}]`;
  return item(spec);
}

/** A value of the directive that both the types and validateSections reject. */
export function wrongExample(spec: DirectiveSpec): Source {
  switch (spec.kind) {
    case "string": return "42";
    case "list": return "42";
    case "bool": return '"yes"';
    case "int": return '"lots"';
    case "timespan": return '"soon"';
    case "timespans": return '["soon"]';
    case "size": return '"512MB"';
    case "percent": return "50";
    case "mode": return '"0o750"';
    case "rlimit": return '"lots"';
    case "enum": return '"no-such-value"';
    case "path": return '"relative/path"';
    case "paths": return '["relative/path"]';
    case "dirs": return "42";
    case "bindPaths": return "42";
    case "unit": return '"example"';
    case "units": return '["example"]';
    case "listen": return "[true]";
    case "command": return '"/bin/true --flag"';
    case "environment": return "{ EXAMPLE: 42 }";
    case "address": return spec.repeat ? '["not-an-address"]' : '"not-an-address"';
    case "mac": return spec.repeat ? '["02:00"]' : '"02:00"';
  }
}

/** One directive of one section of one file type; the unit types are represented by the first that has the section. */
export interface DirectiveCase {
  readonly type: FileType;
  readonly section: string;
  readonly key: string;
  readonly spec: DirectiveSpec;
}

/** Every (file type, section, directive) the table knows. */
export function everyDirective(): DirectiveCase[] {
  const out: DirectiveCase[] = [];
  const seen = new Set<string>();
  for (const [type, names] of Object.entries(unitTypes) as [FileType, readonly string[]][])
    for (const section of names) {
      if (seen.has(section)) continue;
      seen.add(section);
      for (const [key, spec] of Object.entries(sections[section as keyof typeof sections]) as [string, DirectiveSpec][])
        out.push({ type, section, key, spec });
    }
  for (const [type, file] of Object.entries(configFileTypes) as [FileType, { sections: Record<string, Record<string, DirectiveSpec>> }][])
    for (const [section, directives] of Object.entries(file.sections))
      for (const [key, spec] of Object.entries(directives)) out.push({ type, section, key, spec });
  return out;
}
