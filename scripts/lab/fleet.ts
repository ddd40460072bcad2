// The targets on this host, whichever process booted them: list, find by name, reap the
// ones whose process died, take down this process's.
import { downTracked } from "./cleanup.ts";
import { withLock } from "./lock.ts";
import { LAB_REGISTRY_LOCK } from "./paths.ts";
import { isOrphan, listStates, readState } from "./registry.ts";
import { LabTarget, type Target } from "./target.ts";

/** Take down every target this process booted (and has not taken down yet), in parallel. */
export function downAll(): Promise<void> {
  return downTracked();
}

/** Take down targets whose booting process died without doing so (e.g. SIGKILLed).
 * Booting a target does this too. Returns the names of the targets removed. */
export async function reapOrphans(): Promise<string[]> {
  if (listStates().filter(isOrphan).length === 0) return [];
  // Under the registry lock, like the reaping in allocate(): never two reapers at once.
  return withLock(LAB_REGISTRY_LOCK, async () => {
    const orphans = listStates().filter(isOrphan);
    await Promise.all(orphans.map((s) => new LabTarget(s).down()));
    return orphans.map((s) => s.name);
  });
}

/** Targets on this host (any process's), from their state files. */
export function listTargets(): Target[] {
  return listStates().map((s) => new LabTarget(s));
}

/** A target by name (or id) from the registry, e.g. one the CLI left running. */
export function attachTarget(nameOrId: string): Target {
  const byId = readState(nameOrId);
  if (byId) return new LabTarget(byId);
  const matches = listStates().filter((s) => s.name === nameOrId);
  if (matches.length === 0) throw new Error(`no lab target named ${nameOrId}`);
  if (matches.length > 1) {
    const persistent = matches.filter((s) => !s.owner);
    if (persistent.length === 1) return new LabTarget(persistent[0]!);
    throw new Error(`several lab targets are named ${nameOrId}: ${matches.map((s) => s.id).join(", ")}; use the id`);
  }
  return new LabTarget(matches[0]!);
}
