// Where each generated unit file and drop-in was declared, so that a finding of
// systemd-analyze about a file or a unit can point at its line in site.ts.
import type { Machine } from "../../dsl/nodes.ts";
import type { Definition } from "../definitions.ts";
import type { Place } from "../diagnostics.ts";
import type { EvaluatedSite } from "../evaluate.ts";
import { UNIT_DIR } from "../generation.ts";

export interface Declaration {
  readonly at: Place | undefined;
  /** 'service "web.service"', 'drop-in "hearth" for nginx.service' */
  readonly what: string;
}

export interface UnitSources {
  /** unit files and drop-ins, by path relative to /usr/local */
  readonly files: ReadonlyMap<string, Declaration>;
  /** each unit the generation has a file or drop-in for: its unit file, else its first drop-in */
  readonly units: ReadonlyMap<string, Declaration>;
  /** the machine() call: where findings that name no unit go */
  readonly machine: Place | undefined;
}

const UNIT_FILE = new RegExp(`^${UNIT_DIR}/([^/]+?)(?:\\.d/[^/]+\\.conf)?$`);

export function unitSources(ev: EvaluatedSite, machine: Machine, definitions: readonly Definition[]): UnitSources {
  const files = new Map<string, Declaration>();
  const units = new Map<string, Declaration>();
  for (const d of definitions) {
    const m = d.kind === "f" ? UNIT_FILE.exec(d.path) : null;
    if (!m) continue;
    const declaration = { at: ev.place(d.origin.at), what: d.origin.what };
    files.set(d.path, declaration);
    const unit = m[1]!;
    const isUnitFile = d.path === `${UNIT_DIR}/${unit}`;
    if (isUnitFile || !units.has(unit)) units.set(unit, declaration);
  }
  return { files, units, machine: ev.place(machine.at) };
}
