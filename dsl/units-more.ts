// The unit types dsl/units.ts does not make: automount, swap and slice units. Same shape as
// the others: sections spelled as systemd spells them, hearth's own options in lower case.
import type { SectionsFor } from "./directives.ts";
import { callerLocation } from "./location.ts";
import type { ActivationOptions, Sections, UnitNode } from "./nodes.ts";
import { checkUnitName, withSuffix } from "./validate.ts";
import { validateSections } from "./validate-sections.ts";

type MoreUnitType = "automount" | "swap" | "slice";
export type MoreUnitProps<T extends MoreUnitType> = SectionsFor<T> & ActivationOptions;

const OPTIONS = ["triggers", "reload"];

function makeUnit(type: MoreUnitType, name: string, props: unknown): UnitNode {
  const full = withSuffix(name, type);
  const problems: string[] = [];
  const sections: Record<string, Readonly<Record<string, unknown>>> = {};
  let activation: ActivationOptions = {};
  if (typeof props !== "object" || props === null) problems.push("unit properties must be an object");
  else {
    for (const [key, value] of Object.entries(props)) {
      if (OPTIONS.includes(key)) continue;
      if (/^[A-Z]/.test(key)) sections[key] = value as Record<string, unknown>;
      else problems.push(`unknown unit option "${key}": sections are capitalised as in systemd ([Unit] is Unit), hearth's options are ${OPTIONS.join(", ")}`);
    }
    const { triggers, reload } = props as ActivationOptions;
    if (triggers !== undefined && !(Array.isArray(triggers) && triggers.every((t) => typeof t === "string")))
      problems.push("triggers must be a list of absolute paths below /usr/local");
    if (reload !== undefined && typeof reload !== "boolean") problems.push("reload must be true or false");
    activation = { ...(triggers ? { triggers } : {}), ...(reload !== undefined ? { reload } : {}) };
  }
  return {
    kind: "unit",
    type,
    name: full,
    sections: sections as Sections,
    activation,
    security: {},
    at: callerLocation(),
    problems: [...checkUnitName(full, type), ...problems, ...validateSections(type, sections).map((p) => `${full}: ${p.message}`)],
  };
}

/** An automount unit: mounts its mount unit on first access; its name is the escaped mount point (systemd-escape -p --suffix=automount). */
export const automount = (name: string, props: MoreUnitProps<"automount">): UnitNode => makeUnit("automount", name, props);
/** A swap unit: activates a swap device or file; its name is the escaped path (systemd-escape -p --suffix=swap). */
export const swap = (name: string, props: MoreUnitProps<"swap">): UnitNode => makeUnit("swap", name, props);
/** A slice unit: a node of the cgroup tree whose resource limits apply to every unit placed in it with Slice=. */
export const slice = (name: string, props: MoreUnitProps<"slice"> = {}): UnitNode => makeUnit("slice", name, props);
