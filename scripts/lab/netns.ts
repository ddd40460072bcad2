// Networking: each target gets its own network namespace and a /30 on a veth pair whose
// host end stays in the host namespace, so `ssh root@<address>` works from the host.
// Only these addresses are ever used; nothing is routed to or from the outside. LANs
// between targets are lan.ts.
import { existsSync } from "node:fs";
import { run, runSync } from "./exec.ts";
import { ID_PREFIX } from "./paths.ts";

/** 10.213.0.0/16, cut into /30s: slot N is 10.213.(4N div 256).(4N mod 256)/30. */
export const LAB_SUBNET = { first: 10, second: 213 } as const;

export interface SlotAddresses {
  /** The host end of the veth (in the host namespace). */
  hostAddress: string;
  /** The target's end of the link (MANAGEMENT_IFNAME) inside its namespace. */
  address: string;
  prefixLength: 30;
}

export function slotAddresses(slot: number): SlotAddresses {
  const base = slot * 4;
  if (!Number.isInteger(slot) || slot < 0 || base > 0xfffc) throw new Error(`lab slot out of range: ${slot}`);
  const net = `${LAB_SUBNET.first}.${LAB_SUBNET.second}.${base >> 8}`;
  return { hostAddress: `${net}.${(base & 0xff) + 1}`, address: `${net}.${(base & 0xff) + 2}`, prefixLength: 30 };
}

/** Refuse to run if something other than the lab already uses 10.213.0.0/16 on this host. */
export function assertSubnetFree(): void {
  const r = runSync("ip", ["-o", "-4", "addr", "show"], { allowFail: true });
  const prefix = `${LAB_SUBNET.first}.${LAB_SUBNET.second}.`;
  for (const line of r.stdout.split("\n")) {
    const m = /^\d+:\s+(\S+)\s+inet\s+(\S+)/.exec(line);
    if (m && m[2]!.startsWith(prefix) && !m[1]!.startsWith(ID_PREFIX)) {
      throw new Error(
        `hearth lab: ${m[1]} already has ${m[2]}, inside the lab's range ${prefix}0.0/16; refusing to add targets there`,
      );
    }
  }
}

/** The target's end of its link to the host. Not "eth0": a site may well name its own
 * interface that, and the lab plugs LANs in under the names the site gives them. */
export const MANAGEMENT_IFNAME = "lab-ssh";

export function netnsPath(id: string): string {
  return `/run/netns/${id}`;
}

/** Namespace `id`, veth `id` (host) <-> MANAGEMENT_IFNAME (inside), addresses, links up. */
export async function createNetwork(id: string, addrs: SlotAddresses): Promise<void> {
  const ip = (...args: string[]) => run("ip", args);
  await ip("netns", "add", id);
  await ip("link", "add", id, "type", "veth", "peer", "name", MANAGEMENT_IFNAME, "netns", id);
  await ip("addr", "add", `${addrs.hostAddress}/${addrs.prefixLength}`, "dev", id);
  await ip("link", "set", id, "up");
  await ip("-n", id, "addr", "add", `${addrs.address}/${addrs.prefixLength}`, "dev", MANAGEMENT_IFNAME);
  await ip("-n", id, "link", "set", MANAGEMENT_IFNAME, "up");
  await ip("-n", id, "link", "set", "lo", "up");
}

/** Remove the veth and the namespace; fine if either is already gone. */
export function deleteNetworkSync(id: string): void {
  if (existsSync(`/sys/class/net/${id}`)) runSync("ip", ["link", "del", id], { allowFail: true });
  if (existsSync(netnsPath(id))) runSync("ip", ["netns", "del", id], { allowFail: true });
}
