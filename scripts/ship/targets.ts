// The machines a command reaches: the site's machines (all, or the named ones),
// each resolved to an ssh target through --inventory or its site.ts `ssh`.
import { basename } from "node:path";
import type { Machine } from "../../dsl/nodes.ts";
import { readInventory, resolveTargets, type Inventory, type SshTarget } from "./inventory.ts";

export class TargetError extends Error {}

/** Reads --inventory FILE (undefined without one); a bad file is a TargetError. */
export function loadInventory(path: string | undefined): Inventory | undefined {
  return path === undefined ? undefined : readInventory(path);
}

/**
 * Targets for `names` (every machine when empty) of a site's machines. Unknown names
 * and machines without a destination are one TargetError listing them all.
 */
export function machineTargets(
  siteMachines: readonly Pick<Machine, "name" | "ssh">[],
  names: readonly string[],
  inventory: Inventory | undefined,
  sitePath: string,
): { targets: SshTarget[]; warnings: readonly string[] } {
  const all = siteMachines.map((m) => m.name);
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length > 0)
    throw new TargetError(`${unknown.map((n) => `no machine named "${n}" in ${sitePath}`).join("\n")}\n  machines are: ${all.join(", ") || "(none)"}`);
  const selected = names.length === 0 ? siteMachines : names.map((n) => siteMachines.find((m) => m.name === n)!);
  const r = resolveTargets(selected, inventory, { siteLabel: basename(sitePath), allNames: all });
  if (r.errors.length > 0) throw new TargetError(r.errors.join("\n"));
  return { targets: [...r.targets], warnings: r.warnings };
}
