// Directives newer than the machine's systemd. The directive table marks every directive that
// Debian 12's systemd 252 lacks with `since`, the version that introduced it; a machine says
// which systemd it runs with facts.systemd (252 when it does not say). validateSections checks
// a unit on its own and cannot see the machine, so this pass runs per machine at compile time:
// a directive the machine's systemd does not know would be ignored there with a warning in the
// journal, so it is an error here, at the site.ts line of the unit.
import { directiveSpecIn, unitTypeOf, type FileType } from "../dsl/directives.ts";
import type { SourceLocation } from "../dsl/location.ts";
import type { DropinNode, Facts, Machine, UnitNode } from "../dsl/nodes.ts";
import type { Diagnostic, Place } from "./diagnostics.ts";

/** Debian 12's systemd: what a machine runs unless facts.systemd says otherwise. */
export const DEFAULT_SYSTEMD = 252;

export interface DirectiveVersionsInput {
  /** the machine's units and drop-ins */
  readonly nodes: readonly (UnitNode | DropinNode)[];
  readonly machine: Machine;
  /** the machine's facts, gathered ones included */
  readonly facts: Facts;
  readonly place: (at: SourceLocation) => Place | undefined;
}

/** One use of a directive newer than some systemd. */
export interface NewerDirective {
  readonly section: string;
  readonly key: string;
  readonly since: number;
}

/** The directives of a file's sections that carry `since`, in the order given. */
export function newerDirectives(type: FileType, sections: Readonly<Record<string, unknown>>): NewerDirective[] {
  const out: NewerDirective[] = [];
  for (const [section, given] of Object.entries(sections))
    for (const body of Array.isArray(given) ? given : [given]) {
      if (typeof body !== "object" || body === null) continue;
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        const since = value === undefined ? undefined : directiveSpecIn(type, section, key)?.since;
        if (since !== undefined) out.push({ section, key, since });
      }
    }
  return out;
}

const whatOf = (n: UnitNode | DropinNode): string => (n.kind === "unit" ? n.name : `${n.unit} drop-in "${n.name}"`);

/** Every directive of the machine's units and drop-ins that its systemd is too old for. */
export function checkDirectiveVersions(input: DirectiveVersionsInput): Diagnostic[] {
  const { machine, facts, place } = input;
  const fact: unknown = facts.systemd;
  const out: Diagnostic[] = [];
  if (fact !== undefined && !(typeof fact === "number" && Number.isInteger(fact) && fact > 0)) {
    const at = place(machine.at);
    return [{
      severity: "error",
      message: `machine "${machine.name}" has facts.systemd ${JSON.stringify(fact)}; it is the major version of the machine's systemd, a whole number like 257`,
      ...(at ? { at } : {}),
      hint: `set facts: { systemd: 257 } (what \`systemctl --version\` prints first on the machine), or leave it out for Debian 12's ${DEFAULT_SYSTEMD}`,
      machine: machine.name,
    }];
  }
  const runs = fact ?? DEFAULT_SYSTEMD;
  if (runs < DEFAULT_SYSTEMD) {
    const at = place(machine.at);
    out.push({
      severity: "warning",
      message: `machine "${machine.name}" runs systemd ${runs} (facts.systemd), older than Debian 12's ${DEFAULT_SYSTEMD}, where hearth's directive table starts: directives systemd added before ${DEFAULT_SYSTEMD} are not checked against it`,
      ...(at ? { at } : {}),
      machine: machine.name,
    });
  }
  const source = fact === undefined ? `Debian 12's; facts.systemd is not set` : "facts.systemd";
  for (const node of input.nodes) {
    const type = node.kind === "unit" ? node.type : unitTypeOf(node.unit);
    if (!type) continue;
    for (const use of newerDirectives(type, node.sections)) {
      if (use.since <= runs) continue;
      const at = place(node.at);
      out.push({
        severity: "error",
        message: `${whatOf(node)}: ${use.key}= needs systemd ${use.since}; machine "${machine.name}" runs ${runs} (${source})`,
        ...(at ? { at } : {}),
        hint: `remove it, or set facts: { systemd: ${use.since} } in machine("${machine.name}", …) if the machine runs systemd ${use.since} or newer`,
        machine: machine.name,
      });
    }
  }
  return out;
}
