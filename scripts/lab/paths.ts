// Where the lab keeps things on the host. One place, so tests and the CLI agree.
//
//   /var/cache/hearth/lab/        survives reboots: base root filesystems, the lab ssh key
//   /run/hearth/lab/targets/      one JSON state file per running target (gone on reboot,
//                                 like the namespaces and mounts it describes)
//   /var/tmp/hearth-lab/<id>/     per-target overlay upper/work dirs, merged root, console log
import { join } from "node:path";

export const LAB_CACHE_DIR = process.env.HEARTH_LAB_CACHE ?? "/var/cache/hearth/lab";
export const LAB_RUN_DIR = "/run/hearth/lab";
export const LAB_STATE_DIR = join(LAB_RUN_DIR, "targets");
export const LAB_REGISTRY_LOCK = join(LAB_RUN_DIR, ".lock");
export const LAB_DATA_DIR = "/var/tmp/hearth-lab";

/** Every per-target host resource (netns, host-side veth, nspawn machine name, cgroup dir,
 * data dir) is named after the target's slot: `hearth-lab-<slot>`. At most 15 characters,
 * the limit for a network interface name. */
export const ID_PREFIX = "hearth-lab-";
export const MAX_SLOTS = 1024;

export function slotId(slot: number): string {
  return `${ID_PREFIX}${slot}`;
}

export function dataDirOf(id: string): string {
  return join(LAB_DATA_DIR, id);
}

export function stateFileOf(id: string): string {
  return join(LAB_STATE_DIR, `${id}.json`);
}
