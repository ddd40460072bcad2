// Which targets exist on this host: one JSON state file per target under
// /run/hearth/lab/targets/, written before any of its resources is created, so every
// resource can always be found and removed again. Slots (and with them names and
// addresses) are handed out under a lock; a slot whose owning process died is reclaimed.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { isAlive, procStart } from "./exec.ts";
import { withLock } from "./lock.ts";
import { type SlotAddresses, assertSubnetFree, slotAddresses } from "./netns.ts";
import { LAB_REGISTRY_LOCK, LAB_STATE_DIR, MAX_SLOTS, dataDirOf, slotId, stateFileOf } from "./paths.ts";

export interface ProcessRef {
  pid: number;
  /** /proc/PID/stat start time, so a reused PID is not mistaken for this process. */
  start: string;
}

export interface TargetState extends SlotAddresses {
  /** hearth-lab-<slot>: the netns, host-side veth, nspawn machine name, cgroup and data dir. */
  id: string;
  slot: number;
  /** The target's hostname, as the caller named it. */
  name: string;
  dataDir: string;
  /** The merged overlay root, visible from the host. */
  root: string;
  createdAt: string;
  /** The process that booted it; it is torn down when that process exits. Absent for
   * persistent targets (the CLI's), which live until `down`. */
  owner?: ProcessRef;
  nspawn?: ProcessRef;
  /** The container's PID 1 (systemd), as seen from the host. */
  init?: ProcessRef;
  hostPublicKey?: string;
}

export function writeState(state: TargetState): void {
  const file = stateFileOf(state.id);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function removeState(id: string): void {
  rmSync(stateFileOf(id), { force: true });
}

export function readState(id: string): TargetState | undefined {
  try {
    return JSON.parse(readFileSync(stateFileOf(id), "utf8")) as TargetState;
  } catch {
    return undefined;
  }
}

export function listStates(): TargetState[] {
  if (!existsSync(LAB_STATE_DIR)) return [];
  return readdirSync(LAB_STATE_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => readState(f.slice(0, -".json".length)))
    .filter((s): s is TargetState => s !== undefined)
    .sort((a, b) => a.slot - b.slot);
}

/** A target whose booting process is gone (and that was not booted to persist). */
export function isOrphan(state: TargetState): boolean {
  return state.owner !== undefined && !isAlive(state.owner.pid, state.owner.start);
}

export function currentProcess(): ProcessRef {
  return { pid: process.pid, start: procStart(process.pid)! };
}

/**
 * Reserve a slot and write its state file. `reap` tears down an orphan (a target whose
 * owner died, e.g. a test process that was SIGKILLed) and is called for each one found,
 * under the lock, before a slot is picked.
 */
export async function allocate(
  name: string,
  persist: boolean,
  reap: (s: TargetState) => void,
): Promise<TargetState> {
  await mkdir(LAB_STATE_DIR, { recursive: true });
  return withLock(LAB_REGISTRY_LOCK, async () => {
    assertSubnetFree();
    const used = new Set<number>();
    for (const s of listStates()) {
      if (isOrphan(s)) reap(s);
      else used.add(s.slot);
    }
    let slot = 0;
    while (used.has(slot)) slot++;
    if (slot >= MAX_SLOTS) throw new Error(`hearth lab: all ${MAX_SLOTS} target slots are in use`);
    const id = slotId(slot);
    const dataDir = dataDirOf(id);
    const state: TargetState = {
      id,
      slot,
      name,
      ...slotAddresses(slot),
      dataDir,
      root: `${dataDir}/root`,
      createdAt: new Date().toISOString(),
      ...(persist ? {} : { owner: currentProcess() }),
    };
    writeState(state);
    return state;
  });
}
