// systemd units as typed objects, with directives spelled as systemd spells them.
// [Install] WantedBy=/RequiredBy= become *.wants/ and *.requires/ links inside the
// generation, so nothing is ever enabled with systemctl or written to /etc.
import type { SectionsFor, UnitType, UnitTypeOf } from "./directives.ts";
import { callerLocation } from "./location.ts";
import type { ActivationOptions, DropinNode, Sections, SecurityOptions, UnitNode } from "./nodes.ts";
import { validateSections } from "./validate-sections.ts";
import { unitTypeOf } from "./directives.ts";
import { checkUnitName, withSuffix } from "./validate.ts";

export type UnitProps<T extends UnitType> = SectionsFor<T> & ActivationOptions & (T extends "service" ? SecurityOptions : {});

const OPTION_KEYS = new Set(["triggers", "reload", "hardening", "maxExposure"]);

/** Splits the capitalised systemd sections from hearth's own (lower-case) options. */
function splitProps(props: unknown): { sections: Sections; activation: ActivationOptions; security: SecurityOptions; problems: string[] } {
  if (typeof props !== "object" || props === null) return { sections: {}, activation: {}, security: {}, problems: ["unit properties must be an object"] };
  const sections: Record<string, Readonly<Record<string, unknown>>> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (OPTION_KEYS.has(key)) continue;
    if (/^[A-Z]/.test(key)) sections[key] = value as Record<string, unknown>;
    else problems.push(`unknown unit option "${key}": sections are capitalised as in systemd ([Unit] is Unit), hearth's options are ${[...OPTION_KEYS].join(", ")}`);
  }
  const { triggers, reload } = props as ActivationOptions;
  if (triggers !== undefined && !(Array.isArray(triggers) && triggers.every((t) => typeof t === "string")))
    problems.push("triggers must be a list of absolute paths below /usr/local");
  if (reload !== undefined && typeof reload !== "boolean") problems.push("reload must be true or false");
  const activation: ActivationOptions = { ...(triggers ? { triggers } : {}), ...(reload !== undefined ? { reload } : {}) };
  const { hardening, maxExposure } = props as SecurityOptions;
  if (hardening !== undefined && typeof hardening !== "boolean") problems.push("hardening must be true or false");
  if (maxExposure !== undefined && !(typeof maxExposure === "number" && maxExposure >= 0 && maxExposure <= 10))
    problems.push(`maxExposure must be a number from 0 to 10 (systemd-analyze security's scale), got ${JSON.stringify(maxExposure)}`);
  const security: SecurityOptions = { ...(hardening !== undefined ? { hardening } : {}), ...(maxExposure !== undefined ? { maxExposure } : {}) };
  return { sections, activation, security, problems };
}

function makeUnit<T extends UnitType>(type: T, name: string, props: UnitProps<T>): UnitNode {
  const full = withSuffix(name, type);
  const { sections, activation, security, problems } = splitProps(props);
  if (type !== "service" && Object.keys(security).length > 0) problems.push("hardening and maxExposure apply to services only");
  return {
    kind: "unit",
    type,
    name: full,
    sections,
    activation,
    security,
    at: callerLocation(),
    problems: [
      ...checkUnitName(full, type),
      ...problems,
      ...validateSections(type, sections).map((p) => `${full}: ${p.message}`),
    ],
  };
}

/** A service unit, e.g. service("web", { Service: { ExecStart: ["/usr/local/bin/web"] }, Install: { WantedBy: ["multi-user.target"] } }). */
export const service = (name: string, props: UnitProps<"service">): UnitNode => makeUnit("service", name, props);
/** A socket unit; with Accept=no it activates the service of the same name. */
export const socket = (name: string, props: UnitProps<"socket">): UnitNode => makeUnit("socket", name, props);
/** A timer unit; activates the service of the same name unless Unit= says otherwise. */
export const timer = (name: string, props: UnitProps<"timer">): UnitNode => makeUnit("timer", name, props);
/** A path unit: activates a service when a path changes. */
export const pathUnit = (name: string, props: UnitProps<"path">): UnitNode => makeUnit("path", name, props);
/** A mount unit; its name must be the escaped mount point (systemd-escape -p --suffix=mount). */
export const mount = (name: string, props: UnitProps<"mount">): UnitNode => makeUnit("mount", name, props);
/** A target unit: a synchronisation point that groups other units. */
export const target = (name: string, props: UnitProps<"target"> = {}): UnitNode => makeUnit("target", name, props);

const DROPIN_NAME = /^[A-Za-z0-9_.@-]+$/;

/**
 * A drop-in <unit>.d/<name>.conf, usually overriding a distro unit hearth does not own.
 * A list directive starting with `reset` clears the distro's values first (ExecStart= then ExecStart=…).
 */
export function dropin<N extends string>(unit: N, name: string, props: SectionsFor<UnitTypeOf<N>> & ActivationOptions): DropinNode {
  const { sections, activation, security, problems } = splitProps(props);
  if (Object.keys(security).length > 0) problems.push("hardening and maxExposure apply to services hearth defines, not to drop-ins");
  const nameProblems = checkUnitName(unit);
  const type = unitTypeOf(unit);
  return {
    kind: "dropin",
    unit,
    name,
    sections,
    activation,
    at: callerLocation(),
    problems: [
      ...nameProblems,
      ...(typeof name === "string" && DROPIN_NAME.test(name) ? [] : [`drop-in name ${JSON.stringify(name)} must be letters, digits and "_.@-" (it becomes ${unit}.d/<name>.conf)`]),
      ...problems,
      ...(nameProblems.length === 0 && type ? validateSections(type, sections).map((p) => `${unit} drop-in "${name}": ${p.message}`) : []),
    ],
  };
}
