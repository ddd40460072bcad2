// Road warriors' configurations in out/clients/, without private keys (those are
// the devices' own): out/clients/<overlay>-<name>.conf, rewritten only when changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderClientConfig } from "../../stdlib/network/client-config.ts";
import type { RoadWarriorPlan } from "./model.ts";

export function writeClientFiles(outRoot: string, plans: readonly RoadWarriorPlan[]): string[] {
  const written: string[] = [];
  for (const plan of plans) {
    const dir = join(outRoot, "clients");
    const path = join(dir, `${plan.network}-${plan.name}.conf`);
    const text = renderClientConfig(plan);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text, { mode: 0o644 });
    written.push(path);
  }
  return written;
}
