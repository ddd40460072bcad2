// A unit or drop-in becomes its rendered file plus the *.wants/ and *.requires/
// links that enable it, all inside the generation.
import type { DropinNode, UnitNode } from "../dsl/nodes.ts";
import type { SourceLocation } from "../dsl/location.ts";
import { unitTypeOf, type UnitType } from "../dsl/directives.ts";
import { renderUnit, referencedPaths, wantedBy } from "./render-unit.ts";
import { UNIT_DIR, type EntryKind } from "./generation.ts";

export interface UnitActivation {
  readonly unit: string;
  /** undefined: decided by ExecReload= */
  readonly reload: boolean | undefined;
  readonly hasExecReload: boolean;
  /** absolute paths the unit's directives reference */
  readonly referenced: readonly string[];
  /** absolute paths the user declared as triggers */
  readonly triggers: readonly string[];
  readonly at: SourceLocation;
}

export interface UnitFile {
  readonly path: string;
  readonly kind: EntryKind;
  readonly mode: number;
  readonly owner: undefined;
  readonly content?: { readonly kind: "text"; readonly text: string };
  readonly target?: string;
}



/** Where a distro unit's file lives on Debian; wants links for units hearth does not own point there. */
const DISTRO_UNIT_DIR = "/lib/systemd/system";

export function unitDefinitions(node: UnitNode | DropinNode): { files: UnitFile[]; activation: UnitActivation; what: string } {
  const unit = node.kind === "unit" ? node.name : node.unit;
  const type = node.kind === "unit" ? node.type : (unitTypeOf(node.unit) as UnitType);
  const sections = node.sections as Record<string, Record<string, unknown>>;
  const text = renderUnit(type, sections);
  const path = node.kind === "unit" ? `${UNIT_DIR}/${unit}` : `${UNIT_DIR}/${unit}.d/${node.name}.conf`;
  const linkTarget = node.kind === "unit" ? `../${unit}` : `${DISTRO_UNIT_DIR}/${unit}`;
  const { wantedBy: wants, requiredBy } = wantedBy(sections);
  const links = [...wants.map((t) => `${t}.wants`), ...requiredBy.map((t) => `${t}.requires`)].map(
    (dir): UnitFile => ({ path: `${UNIT_DIR}/${dir}/${unit}`, kind: "l", mode: 0o777, owner: undefined, target: linkTarget }),
  );
  return {
    files: [{ path, kind: "f", mode: 0o644, owner: undefined, content: { kind: "text", text } }, ...links],
    activation: {
      unit,
      reload: node.activation.reload,
      hasExecReload: sections.Service?.ExecReload !== undefined,
      referenced: referencedPaths(type, sections),
      triggers: node.activation.triggers ?? [],
      at: node.at,
    },
    what: node.kind === "unit" ? `${type} "${unit}"` : `drop-in "${node.name}" for ${unit}`,
  };
}
