// Targets booted by this process are taken down when it ends, however it ends short of
// SIGKILL: normally, by an uncaught error, or by SIGINT/SIGTERM/SIGHUP. (After a SIGKILL
// the next process that allocates a slot reaps them: see registry.ts.)
import type { TargetState } from "./registry.ts";
import { powerOffAllSync, teardownSync } from "./teardown.ts";

interface Tracked {
  readonly state: TargetState;
  down(): Promise<void>;
}

const live = new Map<string, Tracked>();
let hooked = false;

export function trackForExit(target: Tracked): void {
  live.set(target.state.id, target);
  if (hooked) return;
  hooked = true;
  process.on("exit", downTrackedSync);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(sig, () => {
      downTrackedSync();
      process.kill(process.pid, sig); // our listener is gone now: the default action ends us
    });
  }
}

export function untrack(id: string): void {
  live.delete(id);
}

export function trackedTargets(): Tracked[] {
  return [...live.values()];
}

/** Take down every tracked target, in parallel. */
export async function downTracked(): Promise<void> {
  await Promise.all([...live.values()].map((t) => t.down()));
}

function downTrackedSync(): void {
  const states = [...live.values()].map((t) => t.state);
  if (states.length === 0) return;
  live.clear();
  powerOffAllSync(states);
  for (const s of states) {
    try {
      teardownSync(s);
    } catch (e) {
      process.stderr.write(`hearth lab: cleaning up ${s.name} (${s.id}) failed: ${String(e)}\n`);
    }
  }
}
