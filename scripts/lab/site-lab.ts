// `hearth lab up SITE`: one local systemd container per machine of a site, with
// the Debian packages its layers need baked into the base, plugged into the site's
// LANs (one segment per network, shared by the site's machines on it), and an
// inventory that `hearth ship --inventory` uses to deploy the real site to that
// local fleet.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureBaseRootfs } from "./base-rootfs.ts";
import { bootTarget } from "./boot.ts";
import { listTargets } from "./fleet.ts";
import { attachLans, removeIdleLansSync, type LanLink } from "./lan.ts";
import { labSshKey } from "./ssh-keys.ts";
import type { Target } from "./target.ts";

/** One inventory entry, in the format `hearth ship --inventory` reads. */
export interface LabInventoryEntry {
  readonly host: string;
  readonly user: "root";
  readonly port: 22;
  readonly identity: string;
  readonly knownHosts: string;
}

export interface LabUpResult {
  readonly inventoryPath: string;
  readonly machines: readonly { readonly machine: string; readonly address: string; readonly reused: boolean }[];
}

/** A machine of the site as the lab needs it. */
export interface LabMachine {
  readonly name: string;
  /** the LANs it joins: the network's name and the interface the site names for it there */
  readonly lans: readonly { readonly network: string; readonly ifname: string }[];
}

/** Persistent lab targets (those `lab up` made) by name. */
const persistentTargets = (): Map<string, Target> => new Map(listTargets().filter((t) => !t.state.owner).map((t) => [t.name, t]));

/** A network of the site in the lab: its name, qualified by the site's, so two sites'
 * "lan" are two segments. */
const lanLinks = (site: string, m: LabMachine): LanLink[] => m.lans.map((l) => ({ lan: `${site}/${l.network}`, ifname: l.ifname }));

/**
 * Boots a target for every machine not up yet (in parallel), plugs every machine into
 * its LANs (adding links missing on machines already up), and writes
 * <labDir>/inventory.json and <labDir>/known_hosts for them.
 */
export async function labUp(site: string, labMachines: readonly LabMachine[], packages: readonly string[], labDir: string, log: (line: string) => void): Promise<LabUpResult> {
  const up = persistentTargets();
  const machines = labMachines.map((m) => m.name);
  const missing = labMachines.filter((m) => !up.has(m.name));
  const key = await labSshKey();
  for (const m of labMachines) {
    const t = up.get(m.name);
    if (t) await attachLans(t.id, lanLinks(site, m));
  }
  if (missing.length > 0) {
    log(`preparing the base image (Debian bookworm${packages.length ? ` with ${packages.join(", ")}` : ""}); the first time takes about a minute`);
    const base = await ensureBaseRootfs({ extraPackages: [...packages] });
    const booted = await Promise.all(
      missing.map((m) => bootTarget({ name: m.name, base, authorizedKey: key.publicKey, persist: true, lans: lanLinks(site, m) })),
    );
    for (const t of booted) {
      up.set(t.name, t);
      log(`${t.name}: booted at ${t.address} in ${Math.round(t.bootMs)} ms`);
    }
  }
  mkdirSync(labDir, { recursive: true });
  const knownHosts = resolve(labDir, "known_hosts");
  const inventory: Record<string, LabInventoryEntry> = {};
  const hostLines: string[] = [];
  for (const m of machines) {
    const t = up.get(m)!;
    inventory[m] = { host: t.address, user: "root", port: 22, identity: key.privateKeyPath, knownHosts };
    if (t.state.hostPublicKey) hostLines.push(`${t.address} ${t.state.hostPublicKey.trim()}`);
  }
  writeFileSync(knownHosts, `${hostLines.join("\n")}\n`);
  const inventoryPath = join(labDir, "inventory.json");
  writeFileSync(inventoryPath, `${JSON.stringify(inventory, null, 2)}\n`);
  return { inventoryPath, machines: machines.map((m) => ({ machine: m, address: up.get(m)!.address, reused: !missing.some((x) => x.name === m) })) };
}

/** Takes down the persistent targets named (all of them with `all`); returns their names. */
export async function labDown(machines: readonly string[] | "all"): Promise<string[]> {
  const targets = [...persistentTargets().values()].filter((t) => machines === "all" || machines.includes(t.name));
  await Promise.all(targets.map((t) => t.down()));
  removeIdleLansSync(); // each down removes its LANs once empty; this also catches what killed runs left
  return targets.map((t) => t.name);
}
