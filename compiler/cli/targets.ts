// What every command that reaches machines (ship, rollback, generations, verify,
// facts) shares: the --site and --inventory options, and the site's machines
// resolved to ssh targets.
import { evaluateSite } from "../evaluate.ts";
import { InventoryError, type SshTarget } from "../../scripts/ship/inventory.ts";
import { loadInventory, machineTargets, TargetError } from "../../scripts/ship/targets.ts";
import type { Options } from "./args.ts";
import { reportDiagnostics } from "./output.ts";

/** The help lines for the shared options. */
export const TARGET_OPTIONS = `  --inventory FILE     where machines are, overriding site.ts per machine (see hearth ship --help)
  --site FILE          the site, when not given as the first argument`;

export const targetOptions = { site: { type: "string" }, inventory: { type: "string" } } satisfies Options;

/** The site's machines (all, or the named ones) as ssh targets; undefined after reporting why not. */
export async function targetsOf(command: string, sitePath: string, names: readonly string[], inventoryPath: string | undefined): Promise<SshTarget[] | undefined> {
  const evaluated = await evaluateSite(sitePath);
  if (!evaluated.ok) {
    reportDiagnostics(evaluated.diagnostics);
    return undefined;
  }
  try {
    const machines = evaluated.value.site.machines.filter((m) => m?.kind === "machine");
    const { targets, warnings } = machineTargets(machines, [...new Set(names)], loadInventory(inventoryPath), sitePath);
    for (const w of warnings) process.stderr.write(`hearth: warning: ${w}\n`);
    return targets;
  } catch (e) {
    if (e instanceof InventoryError || e instanceof TargetError) {
      process.stderr.write(`hearth ${command}: ${e.message}\n`);
      return undefined;
    }
    throw e;
  }
}
