// systemd-analyze verify's output, mapped back to site.ts. Every line it prints is a
// finding (it exits 0 on an unknown directive, hearth does not): a line about a file
// goes to the node that declared that file, a line about a unit to the unit's file or
// first drop-in, anything else to the machine.
import type { Diagnostic } from "../diagnostics.ts";
import type { Declaration, UnitSources } from "./unit-sources.ts";

/** "/usr/local/lib/systemd/system/x.service:8: Unknown key 'Foo' in section [Service], ignoring." */
const FILE_LINE = /^(\/\S+?):(\d+): (.*)$/;
/** "x.service: Command /usr/bin/y is not executable: No such file or directory" */
const UNIT_LINE = /^([^\s/:]+\.(?:service|socket|target|mount|automount|swap|timer|path|slice|scope|device)): (.*)$/;
const NOT_FOUND = /^Unit (\S+) not found\.?$/;

/** A line of output, with the temporary root's prefix already removed from paths. */
export interface Finding {
  readonly line: string;
  /** the generated unit file or drop-in it is about, relative to /usr/local */
  readonly file?: string;
  /** the unit it is about */
  readonly unit?: string;
}

/** Splits output into findings; `prefixes` are the temporary directories paths start with. */
export function parseVerifyOutput(output: string, prefixes: readonly string[]): Finding[] {
  const strip = (path: string): string => {
    for (const p of prefixes) if (path.startsWith(`${p}/`)) return path.slice(p.length);
    return path;
  };
  return output
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l !== "")
    .map((raw): Finding => {
      const file = FILE_LINE.exec(raw);
      if (file) {
        const path = strip(file[1]!);
        const line = `${path}:${file[2]}: ${file[3]}`;
        const rel = path.startsWith("/usr/local/") ? path.slice("/usr/local/".length) : undefined;
        // a distro unit file (/lib/systemd/system/nginx.service) counts for its unit
        const unit = /\/([^/]+?)(?:\.d\/[^/]+\.conf)?$/.exec(path)?.[1];
        return { line, ...(rel ? { file: rel } : {}), ...(unit ? { unit } : {}) };
      }
      const text = prefixes.reduce((l, p) => l.split(`${p}/`).join("/"), raw);
      const unit = UNIT_LINE.exec(text)?.[1] ?? NOT_FOUND.exec(text)?.[1];
      return { line: text, ...(unit ? { unit } : {}) };
    });
}

const declarationOf = (f: Finding, sources: UnitSources): Declaration | undefined => {
  if (f.file && sources.files.has(f.file)) return sources.files.get(f.file);
  if (!f.unit) return undefined;
  const instance = /^([^@]+@)[^@]+(\.[a-z]+)$/.exec(f.unit);
  return sources.units.get(f.unit) ?? (instance ? sources.units.get(`${instance[1]}${instance[2]}`) : undefined);
};

/** What to do about a finding, for the kinds a site most often has. */
function hintFor(line: string): string {
  const command = /: Command (\/\S+) is not executable: No such file or directory$/.exec(line)?.[1];
  if (command && !command.startsWith("/usr/local/"))
    return `no package of this machine installs ${command}: add the one that does with packages(), or fix the path`;
  const unit = /^Unit (\S+) not found\.?$/.exec(line)?.[1];
  if (unit) return `${unit} is not a unit of Debian 12 with this machine's packages: add the package that installs it with packages(), or fix the name`;
  return "systemd prints nothing about a correct unit; hearth counts every line it prints, warnings too, as an error";
}

const sameDeclaration = (a: Declaration | undefined, b: Declaration | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.what === b.what && a.at?.file === b.at?.file && a.at?.line === b.at?.line);

/** One diagnostic per run of consecutive findings about the same declaration. */
export function findingDiagnostics(findings: readonly Finding[], sources: UnitSources, machine: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let last: { declaration: Declaration | undefined; lines: string[] } | undefined;
  const flush = () => {
    if (!last) return;
    const [first, ...rest] = last.lines;
    const at = last.declaration?.at ?? sources.machine;
    out.push({
      severity: "error",
      message: `systemd-analyze verify${last.declaration ? ` (${last.declaration.what})` : ""}: ${first}`,
      ...(at ? { at } : {}),
      ...(rest.length ? { related: rest.map((message) => ({ message })) } : {}),
      hint: hintFor(first!),
      machine,
    });
  };
  for (const f of findings) {
    const declaration = declarationOf(f, sources);
    if (last && sameDeclaration(last.declaration, declaration)) last.lines.push(f.line);
    else {
      flush();
      last = { declaration, lines: [f.line] };
    }
  }
  flush();
  return out;
}
