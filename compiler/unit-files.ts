// A unit or drop-in becomes its rendered file plus the *.wants/ and *.requires/
// links that enable it, all inside the generation. Services hearth defines get the
// base hardening profile (stdlib/hardening.ts) unless they opt out.
import type { DropinNode, UnitNode } from "../dsl/nodes.ts";
import type { SourceLocation } from "../dsl/location.ts";
import { unitTypeOf, type UnitType } from "../dsl/directives.ts";
import { HARDENING_COMMENT, hardenService, type HardeningDirective } from "../stdlib/hardening.ts";
import { BoundedMemo } from "../dsl/bounded-memo.ts";
import { withoutPlace } from "./memo.ts";
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
  /** for a valid service hearth defines: what its exposure budget is checked on (compiler/exposure) */
  readonly exposure?: ExposureSubject;
}

/** A service whose `systemd-analyze security` score must stay within its budget. */
export interface ExposureSubject {
  /** the rendered unit file, exactly as shipped */
  readonly text: string;
  /** the service's own budget; undefined: the site's */
  readonly maxExposure: number | undefined;
  /** false: the service turned the base hardening profile off */
  readonly hardening: boolean;
  /** profile directives the service set itself */
  readonly overridden: readonly HardeningDirective[];
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

type SectionMap = Record<string, Record<string, unknown>>;

/** The unit's text; a service hearth defines gets the base hardening profile unless it opted out. */
function renderOwnUnit(node: UnitNode | DropinNode, type: UnitType, sections: SectionMap): { text: string; overridden: readonly HardeningDirective[] } {
  if (node.kind !== "unit" || type !== "service" || node.security.hardening === false) return { text: renderUnit(type, sections), overridden: [] };
  const hardened = hardenService(sections["Service"]);
  const text = renderUnit(type, { ...sections, Service: hardened.service });
  return { text: withCommentAbove(text, "Service", countLines(hardened.applied), HARDENING_COMMENT), overridden: hardened.overridden };
}

/** How many directive lines these Service settings render to. */
function countLines(service: Readonly<Record<string, unknown>>): number {
  if (Object.keys(service).length === 0) return 0;
  const lines = renderUnit("service", { Service: service }).split("\n");
  return lines.filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("[")).length;
}

/** Puts `comment` above the last `count` lines of `[section]`, which renderUnit writes in the order given. */
function withCommentAbove(text: string, section: string, count: number, comment: string): string {
  if (count === 0) return text;
  const lines = text.split("\n");
  const start = lines.indexOf(`[${section}]`);
  if (start < 0) return text;
  let end = lines.indexOf("", start);
  if (end < 0) end = lines.length;
  lines.splice(end - count, 0, comment);
  return lines.join("\n");
}

type UnitDefinitions = { files: UnitFile[]; activation: UnitActivation; what: string };

const rendered = new BoundedMemo<UnitDefinitions>();

/** A unit's files and activation facts; the same declaration (wherever it sits in site.ts) is rendered once. */
export function unitDefinitions(node: UnitNode | DropinNode): UnitDefinitions {
  const hit = rendered.get(JSON.stringify(node, withoutPlace), () => renderDefinitions(node));
  return hit.activation.at === node.at ? hit : { ...hit, activation: { ...hit.activation, at: node.at } };
}

function renderDefinitions(node: UnitNode | DropinNode): UnitDefinitions {
  const unit = node.kind === "unit" ? node.name : node.unit;
  const type = node.kind === "unit" ? node.type : (unitTypeOf(node.unit) as UnitType);
  const sections = node.sections as SectionMap;
  const { text, overridden } = renderOwnUnit(node, type, sections);
  const path = node.kind === "unit" ? `${UNIT_DIR}/${unit}` : `${UNIT_DIR}/${unit}.d/${node.name}.conf`;
  const linkTarget = node.kind === "unit" ? `../${unit}` : `${DISTRO_UNIT_DIR}/${unit}`;
  const { wantedBy: wants, requiredBy } = wantedBy(sections);
  const links = [...wants.map((t) => `${t}.wants`), ...requiredBy.map((t) => `${t}.requires`)].map(
    (dir): UnitFile => ({ path: `${UNIT_DIR}/${dir}/${unit}`, kind: "l", mode: 0o777, owner: undefined, target: linkTarget }),
  );
  // a service with mistakes is reported as such; its score would only add noise
  const exposure: ExposureSubject | undefined =
    node.kind === "unit" && type === "service" && node.problems.length === 0
      ? { text, maxExposure: node.security.maxExposure, hardening: node.security.hardening !== false, overridden }
      : undefined;
  return {
    files: [{ path, kind: "f", mode: 0o644, owner: undefined, content: { kind: "text", text } }, ...links],
    activation: {
      unit,
      reload: node.activation.reload,
      hasExecReload: sections.Service?.ExecReload !== undefined,
      referenced: referencedPaths(type, sections),
      triggers: node.activation.triggers ?? [],
      at: node.at,
      ...(exposure ? { exposure } : {}),
    },
    what: node.kind === "unit" ? `${type} "${unit}"` : `drop-in "${node.name}" for ${unit}`,
  };
}
