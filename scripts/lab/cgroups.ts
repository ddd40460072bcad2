// Per-target host cgroups. With --keep-unit and no systemd on the host, nspawn puts the
// container below its own cgroup; so each nspawn process is moved into a directory of its
// own (in every hierarchy that nspawn uses) before it execs, or containers would see each
// other's payload/ cgroups. Removed again after shutdown.
import { existsSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sleepSync } from "./exec.ts";

const CGROUP_ROOT = "/sys/fs/cgroup";

/** The hierarchies to place a target in: the named systemd v1 hierarchy and the v2 one on
 * a hybrid host (these machines); the root itself on a pure cgroup2 host. */
export function cgroupHierarchies(): string[] {
  if (existsSync(join(CGROUP_ROOT, "cgroup.controllers"))) return [CGROUP_ROOT];
  return ["systemd", "unified"].map((h) => join(CGROUP_ROOT, h)).filter((d) => existsSync(d));
}

export function cgroupDirs(id: string): string[] {
  return cgroupHierarchies().map((h) => join(h, id));
}

function descendantsDeepestFirst(dir: string): string[] {
  const out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return out;
  }
  for (const e of entries) out.push(...descendantsDeepestFirst(join(dir, e)));
  out.push(dir);
  return out;
}

function pidsIn(dir: string): number[] {
  const pids: number[] = [];
  for (const d of descendantsDeepestFirst(dir)) {
    try {
      for (const p of readFileSync(join(d, "cgroup.procs"), "utf8").split("\n")) if (p) pids.push(Number(p));
    } catch {}
  }
  return pids;
}

/** SIGKILL every process left in the target's cgroups, then remove the directories. */
export function removeCgroupsSync(id: string): void {
  for (const dir of cgroupDirs(id)) {
    if (!existsSync(dir)) continue;
    for (let i = 0; i < 100; i++) {
      const pids = pidsIn(dir);
      if (pids.length === 0) break;
      try {
        writeFileSync(join(dir, "cgroup.kill"), "1");
      } catch {
        for (const pid of pids) {
          try {
            process.kill(pid, "SIGKILL");
          } catch {}
        }
      }
      sleepSync(20);
    }
    for (const d of descendantsDeepestFirst(dir)) {
      try {
        rmdirSync(d);
      } catch {}
    }
  }
}
