// Road warriors' configurations in out/clients/, without private keys (those are
// the devices' own): out/clients/<overlay>-<name>.conf, rewritten only when changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderClientConfig } from "../../stdlib/network/client-config.ts";
import type { RoadWarriorPlan } from "./model.ts";

/** `known`: path → text this process last wrote there, so a rebuild neither reads nor writes an unchanged file. */
export function writeClientFiles(outRoot: string, plans: readonly RoadWarriorPlan[], known: Map<string, string>): string[] {
  const written: string[] = [];
  for (const plan of plans) {
    const dir = join(outRoot, "clients");
    const path = join(dir, `${plan.network}-${plan.name}.conf`);
    const text = renderClientConfig(plan);
    if (known.get(path) === text || (existsSync(path) && readFileSync(path, "utf8") === text)) {
      known.set(path, text);
      continue;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text, { mode: 0o644 });
    known.set(path, text);
    written.push(path);
  }
  return written;
}
