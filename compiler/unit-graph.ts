// The machine's units as a graph, checked on every compile without running anything:
// every unit a dependency, ordering or activation directive names must exist somewhere,
// ordering and requirement cycles among the units hearth writes are errors, and every
// program a command runs must be one the machine has.
//
// "Exists" means: the generation ships it (a template instance counts when its template
// is shipped), a drop-in overrides it, a distro() declaration of the machine names it, or
// Debian 12's base system has it (compiler/verify/known-units.ts, generated from the lab's
// base root filesystem). Device, slice and scope units exist without a file.
import type { DropinNode, UnitNode } from "../dsl/nodes.ts";
import type { SourceLocation } from "../dsl/location.ts";
import { directiveSpec, directiveSpecIn, unitTypeOf, type UnitType } from "../dsl/directives.ts";
import { commandParts, isPlainObject, listParts, splitExecPrefixes } from "../dsl/directive-values.ts";
import { isLiteral } from "../dsl/literal.ts";
import { PREFIX, relativeToPrefix } from "../dsl/validate.ts";
import { closest } from "../dsl/validate-sections.ts";
import type { DistroProvided } from "./definitions.ts";
import type { Diagnostic, Place } from "./diagnostics.ts";
import type { GenEntry } from "./generation.ts";
import { DEBIAN_BINARIES, DEBIAN_UNITS } from "./verify/known-units.ts";

export interface UnitGraphInput {
  /** the machine's units and drop-ins, in layer order */
  readonly nodes: readonly (UnitNode | DropinNode)[];
  readonly distro: DistroProvided;
  /** the generation's entries, paths relative to /usr/local */
  readonly entries: readonly GenEntry[];
  readonly place: (at: SourceLocation) => Place | undefined;
  readonly machine: string;
}

/** Whether a directive's values name other units: the directive table says so (Alias= makes a name, it names none). */
const namesUnits = (type: UnitType, section: string, key: string): boolean => {
  const kind = directiveSpecIn(type, section, key)?.kind;
  return (kind === "unit" || kind === "units") && key !== "Alias";
};
/** Units systemd makes on demand, without a unit file. */
const FILELESS_SUFFIXES = [".device", ".slice", ".scope"];
/** Where systemd 252 looks up a command given by bare name (systemd.service(5), "COMMAND LINES"). */
const COMMAND_SEARCH_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin"];

const DEBIAN_UNIT_SET: ReadonlySet<string> = new Set(DEBIAN_UNITS);
const DEBIAN_BINARY_SET: ReadonlySet<string> = new Set(DEBIAN_BINARIES);

/** Debian 12 has merged /usr: /bin, /sbin and /lib are links into /usr. */
export const canonicalProgram = (path: string): string => path.replace(/^\/(bin|sbin|lib|lib64)\//, "/usr/$1/");

/** One reference from a unit's directive, with where it was written. */
interface Reference {
  /** how to name the directive in a message: 'After=' or 'Unit= (implied: …)' */
  readonly directive: string;
  readonly target: string;
  readonly at: SourceLocation;
  /** what wrote it, for messages: 'web.service' or 'nginx.service drop-in "hearth"' */
  readonly what: string;
  /** how to fix a reference the unit makes without a directive */
  readonly fix?: string;
}

const unitOf = (n: UnitNode | DropinNode): string => (n.kind === "unit" ? n.name : n.unit);
const whatOf = (n: UnitNode | DropinNode): string => (n.kind === "unit" ? n.name : `${n.unit} drop-in "${n.name}"`);
const namesIn = (value: unknown): string[] => listParts(value).items.filter((v): v is string => typeof v === "string");
/** "foo@bar.service" → "foo@.service"; undefined for a name that is no instance. */
const templateOf = (name: string): string | undefined => {
  const m = /^([^@]+)@([^@]+)(\.[a-z]+)$/.exec(name);
  return m ? `${m[1]}@${m[3]}` : undefined;
};
const stem = (name: string): string => name.slice(0, name.lastIndexOf("."));

function referencesOf(node: UnitNode | DropinNode): Reference[] {
  const unit = unitOf(node);
  const { at } = node;
  const what = whatOf(node);
  const out: Reference[] = [];
  const type = node.kind === "unit" ? node.type : unitTypeOf(unit);
  for (const [section, body] of Object.entries(node.sections)) {
    if (!isPlainObject(body) || type === undefined) continue;
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || !namesUnits(type, section, key)) continue;
      for (const target of namesIn(value)) out.push({ directive: `${key}=`, target, at, what });
    }
  }
  // a timer, path or socket activates the service of its own name unless it names another
  if (node.kind === "unit") {
    const own = node.sections;
    if ((node.type === "timer" || node.type === "path") && own[node.type === "timer" ? "Timer" : "Path"]?.["Unit"] === undefined)
      out.push({ directive: `the implied Unit=`, target: `${stem(unit)}.service`, at, what, fix: `add service("${stem(unit)}", …), or name the unit to start with Unit=` });
    if (node.type === "socket" && own["Socket"]?.["Service"] === undefined) {
      const accept = own["Socket"]?.["Accept"] === true;
      const service = `${stem(unit)}${accept ? "@" : ""}`;
      out.push({ directive: `the implied Service=${accept ? " (Accept=yes: one instance per connection)" : ""}`, target: `${service}.service`, at, what, fix: `add service("${service}", …), or name the service to start with Service=` });
    }
  }
  return out;
}

function danglingReferences(input: UnitGraphInput, refs: readonly Reference[]): Diagnostic[] {
  const ours = new Set([...input.nodes.map(unitOf), ...input.distro.units]);
  const exists = (name: string): boolean => {
    if (ours.has(name) || DEBIAN_UNIT_SET.has(name) || FILELESS_SUFFIXES.some((s) => name.endsWith(s))) return true;
    const template = templateOf(name);
    return template !== undefined && (ours.has(template) || DEBIAN_UNIT_SET.has(template));
  };
  const out: Diagnostic[] = [];
  for (const r of refs) {
    // a specifier (%i) is only known on the target
    if (r.target.includes("%") || exists(r.target)) continue;
    const guess = r.fix ? undefined : closest(r.target, [...ours, ...DEBIAN_UNITS]);
    out.push({
      severity: "error",
      message: `${r.what}: ${r.directive} names ${r.target}, a unit that exists nowhere: not in this machine's generation, not declared with distro(), not in Debian 12's base system`,
      ...placed(input.place(r.at)),
      hint: r.fix ?? `${guess ? `did you mean ${guess}? ` : ""}a unit from a Debian package needs distro({ units: ["${r.target}"] }) beside the packages() that install it`,
      machine: input.machine,
    });
  }
  return out;
}

// ---------------------------------------------------------------- cycles

interface Edge {
  readonly from: string;
  readonly to: string;
  /** "b.service: After=a.service" */
  readonly label: string;
  readonly at: SourceLocation;
}

/** Ordering edges point from the unit that starts first; requirement edges from the unit that pulls in the other. */
function graphEdges(input: UnitGraphInput): { ordering: Edge[]; requirement: Edge[] } {
  const ordering: Edge[] = [];
  const requirement: Edge[] = [];
  const owned = new Set(input.nodes.flatMap((n) => (n.kind === "unit" ? [n.name] : [])));
  // DefaultDependencies=no also drops the After= a target adds towards the units it wants
  const defaultDeps = new Map<string, boolean>();
  for (const n of input.nodes) {
    const v = n.sections["Unit"]?.["DefaultDependencies"];
    if (typeof v === "boolean") defaultDeps.set(unitOf(n), v);
  }
  const complementsTarget = (target: string, unit: string): boolean => target.endsWith(".target") && owned.has(unit) && defaultDeps.get(unit) !== false;
  for (const n of input.nodes) {
    const u = unitOf(n);
    const { at, sections: s } = n;
    const unitSection = isPlainObject(s["Unit"]) ? s["Unit"] : {};
    const install = isPlainObject(s["Install"]) ? s["Install"] : {};
    const each = (section: Readonly<Record<string, unknown>>, key: string, add: (other: string, label: string) => void) => {
      if (section[key] !== undefined) for (const other of namesIn(section[key])) if (!other.includes("%")) add(other, `${u}: ${key}=${other}`);
    };
    each(unitSection, "After", (x, label) => ordering.push({ from: x, to: u, label, at }));
    each(unitSection, "Before", (x, label) => ordering.push({ from: u, to: x, label, at }));
    for (const key of ["Requires", "BindsTo"]) each(unitSection, key, (x, label) => requirement.push({ from: u, to: x, label, at }));
    each(install, "RequiredBy", (t, label) => requirement.push({ from: t, to: u, label, at }));
    // systemd orders a target after the units it wants or requires (systemd.target(5))
    for (const key of ["WantedBy", "RequiredBy"])
      each(install, key, (t, label) => complementsTarget(t, u) && ordering.push({ from: u, to: t, label: `${label} (a target starts after the units it wants)`, at }));
    if (u.endsWith(".target"))
      for (const key of ["Wants", "Requires"])
        each(unitSection, key, (x, label) => complementsTarget(u, x) && ordering.push({ from: x, to: u, label: `${label} (a target starts after the units it wants)`, at }));
  }
  return { ordering, requirement };
}

const placed = (at: Place | undefined): { at?: Place } => (at ? { at } : {});
const comparePlaces = (a: Place | undefined, b: Place | undefined): number =>
  !a || !b ? (a ? -1 : b ? 1 : 0) : a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line;

/** One simple cycle through each strongly connected component that has one (Tarjan). */
function cycles(edges: readonly Edge[], place: UnitGraphInput["place"]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) if (!(out.get(e.from) ?? []).some((x) => x.to === e.to)) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const { to } of out.get(v) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of [...out.keys()].sort()) if (!index.has(v)) connect(v);

  const found: Edge[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const inside = edges.filter((e) => members.has(e.from) && members.has(e.to));
    if (inside.length === 0) continue; // a single unit without a self-loop
    // start from the edge written first in site.ts, then find the shortest way back (BFS)
    const first = [...inside].sort((a, b) => comparePlaces(place(a.at), place(b.at)))[0]!;
    const into = new Map<string, Edge>();
    const seen = new Set([first.to]);
    const queue = [first.to];
    while (queue.length > 0 && !into.has(first.from)) {
      for (const e of out.get(queue.shift()!) ?? []) {
        if (!members.has(e.to) || seen.has(e.to)) continue;
        seen.add(e.to);
        into.set(e.to, e);
        queue.push(e.to);
      }
    }
    const path: Edge[] = [];
    for (let v = first.from; v !== first.to; v = into.get(v)!.from) path.unshift(into.get(v)!);
    found.push([first, ...path]);
  }
  return found;
}

function cycleDiagnostics(input: UnitGraphInput): Diagnostic[] {
  const { ordering, requirement } = graphEdges(input);
  const report = (kind: string, edges: readonly Edge[], hint: string): Diagnostic[] =>
    cycles(edges, input.place).map((cycle) => ({
      severity: "error" as const,
      message: `${kind} cycle: ${[...cycle.map((e) => e.from), cycle[0]!.from].join(" → ")}`,
      ...placed(input.place(cycle[0]!.at)),
      related: cycle.map((e) => ({ message: e.label, ...placed(input.place(e.at)) })),
      hint,
      machine: input.machine,
    }));
  return [
    ...report("ordering", ordering, "each unit here must start before the next; remove one of these After=/Before= (systemd would drop a start job at boot to break the cycle)"),
    ...report("requirement", requirement, "units that require each other in a circle start and stop only together; drop one Requires=/BindsTo=, or use Wants="),
  ];
}

// ---------------------------------------------------------------- programs

function programDiagnostics(input: UnitGraphInput): Diagnostic[] {
  const shipped = new Map(input.entries.map((e) => [e.path, e]));
  const declared = new Set([...input.distro.binaries].map(canonicalProgram));
  const known = (path: string): boolean => DEBIAN_BINARY_SET.has(canonicalProgram(path)) || declared.has(canonicalProgram(path));
  const out: Diagnostic[] = [];
  for (const n of input.nodes) {
    for (const [section, body] of Object.entries(n.sections)) {
      if (!isPlainObject(body)) continue;
      for (const [key, value] of Object.entries(body)) {
        if (value === undefined || directiveSpec(section, key)?.kind !== "command") continue;
        for (const [argv0] of commandParts(value).commands) {
          const text = typeof argv0 === "string" ? argv0 : isLiteral(argv0) ? argv0.text : undefined;
          if (text === undefined || (typeof argv0 === "string" && /[%$]/.test(text))) continue;
          const program = splitExecPrefixes(text).path;
          const problem = programProblem(program, shipped, known);
          if (problem)
            out.push({
              severity: "error",
              message: `${whatOf(n)}: ${key}= runs ${program}, ${problem.message}`,
              ...placed(input.place(n.at)),
              hint: problem.hint,
              machine: input.machine,
            });
        }
      }
    }
  }
  return out;
}

function programProblem(program: string, shipped: ReadonlyMap<string, GenEntry>, known: (path: string) => boolean): { message: string; hint: string } | undefined {
  if (program.startsWith(`${PREFIX}/`)) {
    // a program hearth ships must be executable; one it does not ship is reported with the unit's other paths (machine.ts)
    const entry = shipped.get(relativeToPrefix(program));
    if (entry?.kind === "f" && (entry.mode & 0o111) === 0)
      return { message: `which this machine ships with mode ${entry.mode.toString(8).padStart(4, "0")}: not executable`, hint: `give it { mode: 0o755 }, or put it below /usr/local/bin, sbin or libexec` };
    return undefined;
  }
  if (program.startsWith("/")) {
    if (known(program)) return undefined;
    const base = program.slice(program.lastIndexOf("/") + 1);
    const sameName = DEBIAN_BINARIES.find((b) => b.endsWith(`/${base}`));
    const guess = sameName ?? closest(canonicalProgram(program), DEBIAN_BINARIES);
    return {
      message: "which is not a program of Debian 12's base system and no distro() declaration of this machine names",
      hint: `${guess ? `did you mean ${guess}? ` : ""}a program from a Debian package needs distro({ binaries: ["${program}"] }) beside the packages() that install it`,
    };
  }
  // a bare name: systemd looks it up in a fixed search path
  if (COMMAND_SEARCH_PATH.some((dir) => (dir.startsWith(PREFIX) ? shipped.has(relativeToPrefix(`${dir}/${program}`)) : known(`${dir}/${program}`)))) return undefined;
  return {
    message: `which is in none of ${COMMAND_SEARCH_PATH.join(", ")}, where systemd looks up a bare program name`,
    hint: `write the program's absolute path; a program from a Debian package needs distro({ binaries: ["/usr/bin/${program}"] })`,
  };
}

/** Every unit-graph problem of one machine. */
export function checkUnitGraph(input: UnitGraphInput): Diagnostic[] {
  const refs = input.nodes.flatMap(referencesOf);
  return [...danglingReferences(input, refs), ...cycleDiagnostics(input), ...programDiagnostics(input)];
}
