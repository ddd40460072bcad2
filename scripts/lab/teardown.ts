// Taking a target apart. Everything here is derived from its state file and is safe to
// repeat: each step skips what is already gone. Synchronous where it can be, because it
// also runs from process 'exit' hooks, where nothing asynchronous happens any more.
import { rmSync } from "node:fs";
import { isAlive, sleep, sleepSync } from "./exec.ts";
import { removeCgroupsSync } from "./cgroups.ts";
import { removeTree } from "./mounts.ts";
import { detachLansSync, removeIdleLansSync } from "./lan.ts";
import { deleteNetworkSync } from "./netns.ts";
import { ID_PREFIX, dataDirOf } from "./paths.ts";
import { type TargetState, removeState } from "./registry.ts";

const POWEROFF_TIMEOUT_MS = 15_000;

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {}
}

function running(state: TargetState): boolean {
  return isAlive(state.nspawn?.pid, state.nspawn?.start) || isAlive(state.init?.pid, state.init?.start);
}

/** SIGTERM to systemd-nspawn is a clean poweroff of the container; wait for it. */
export async function powerOff(state: TargetState, timeoutMs = POWEROFF_TIMEOUT_MS): Promise<void> {
  if (!isAlive(state.nspawn?.pid, state.nspawn?.start)) return;
  signal(state.nspawn!.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (running(state) && Date.now() < deadline) await sleep(20);
}

/** powerOff() for several targets at once, blocking (for exit hooks). */
export function powerOffAllSync(states: TargetState[], timeoutMs = POWEROFF_TIMEOUT_MS): void {
  for (const s of states) if (isAlive(s.nspawn?.pid, s.nspawn?.start)) signal(s.nspawn!.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (states.some(running) && Date.now() < deadline) sleepSync(20);
}

/** Kill whatever still runs, then remove cgroups, mounts, veths, netns, nspawn's leftovers,
 * the data dir and LANs left without targets. The state file stays (see teardownSync). */
export function releaseResourcesSync(state: TargetState): void {
  // A state file is data: never act on paths that are not the lab's own.
  if (!new RegExp(`^${ID_PREFIX}\\d+$`).test(state.id) || state.dataDir !== dataDirOf(state.id)) {
    throw new Error(`hearth lab: refusing a malformed target state: ${JSON.stringify(state)}`);
  }
  for (const p of [state.nspawn, state.init]) if (p && isAlive(p.pid, p.start)) signal(p.pid, "SIGKILL");
  removeCgroupsSync(state.id);
  for (let i = 0; i < 100 && running(state); i++) sleepSync(20);
  removeTree(state.dataDir); // unmounts the overlay first
  const onLans = detachLansSync(state.id);
  deleteNetworkSync(state.id);
  if (onLans) removeIdleLansSync();
  // nspawn leaves this behind when it runs without a host systemd
  rmSync(`/run/systemd/nspawn/propagate/${state.id}`, { recursive: true, force: true });
}

export function teardownSync(state: TargetState): void {
  releaseResourcesSync(state);
  removeState(state.id);
}
