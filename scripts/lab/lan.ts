// Shared LANs between lab targets, so machines of a site can talk to each other.
//
// Each LAN is a bridge in a network namespace of its own, never in the host's: docker's
// br_netfilter and FORWARD policy there would drop bridged frames, and a fresh namespace
// has no rules at all. A target joins through a veth pair: one end a port of the bridge,
// named after the target (it joins a LAN once), the other moved into the target's
// namespace under the name the site gives the interface, up and without an address: the
// machine's own systemd-networkd, configured by hearth, assigns those. The lab puts no
// address on a LAN, on either side.
//
// Both ends carry the alias "hearth-lan <namespace>", so a re-run can tell the lab's links
// from anything else in the target, and teardown can find them. Creating and removing
// LANs happens under one lock: a LAN with no ports left is removed, and without the lock
// one process could remove a LAN another has just made and not yet plugged into.
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { run, runSync } from "./exec.ts";
import { withLock, withLockSync } from "./lock.ts";
import { MANAGEMENT_IFNAME, netnsPath } from "./netns.ts";
import { LAB_RUN_DIR } from "./paths.ts";

/** One interface of a target on a LAN. */
export interface LanLink {
  /** The LAN's lab-wide name: targets given the same one share a segment, e.g. "example/lan". */
  readonly lan: string;
  /** The interface's name inside the target, as the site says, e.g. "lan0". */
  readonly ifname: string;
}

/** A link as found in a target: its name there and the namespace of the LAN it is plugged into. */
export interface AttachedLan {
  readonly ifname: string;
  readonly namespace: string;
}

/** Every LAN's namespace starts with this (hearth-lab- is the targets'). */
export const LAN_NS_PREFIX = "hearth-lan-";
const BRIDGE = "br0";
const ALIAS_PREFIX = "hearth-lan ";
const LAN_LOCK = join(LAB_RUN_DIR, ".lock-lan");

/** The namespace of a LAN: readable, and unique per name (the hash tells apart names
 * that read the same once reduced to [a-z0-9-]). */
export function lanNamespace(lan: string): string {
  const slug = lan.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  const hash = createHash("sha256").update(lan).digest("hex").slice(0, 8);
  return `${LAN_NS_PREFIX}${slug ? `${slug}-` : ""}${hash}`;
}

/** The LAN namespaces on this host, whichever process made them. */
export function listLanNamespaces(): string[] {
  try {
    return readdirSync("/run/netns").filter((n) => n.startsWith(LAN_NS_PREFIX)).sort();
  } catch {
    return [];
  }
}

interface IpLink {
  ifname: string;
  ifalias?: string;
}

const parseLinks = (json: string): IpLink[] => (json.trim() ? (JSON.parse(json) as IpLink[]) : []);
const lanOf = (l: IpLink): string | undefined => (l.ifalias?.startsWith(ALIAS_PREFIX) ? l.ifalias.slice(ALIAS_PREFIX.length) : undefined);

async function linksIn(ns: string): Promise<IpLink[]> {
  return parseLinks((await run("ip", ["-j", "-n", ns, "link", "show"])).stdout);
}

/** The kernel's rules for an interface name, and the one name the lab keeps for itself. */
function checkLinks(targetId: string, links: readonly LanLink[]): void {
  const names = new Set<string>();
  const lans = new Set<string>();
  for (const { lan, ifname } of links) {
    const where = `lab target ${targetId}, LAN ${JSON.stringify(lan)}`;
    if (!lan) throw new Error(`${where}: a LAN needs a name`);
    if (Buffer.byteLength(ifname) > 15 || !/^[^/:\s]+$/.test(ifname) || ifname === "." || ifname === "..") {
      throw new Error(`${where}: ${JSON.stringify(ifname)} is not an interface name (1 to 15 bytes, no "/", ":" or spaces)`);
    }
    if (ifname === MANAGEMENT_IFNAME || ifname === "lo") throw new Error(`${where}: the interface name ${ifname} is the lab's own`);
    if (names.has(ifname)) throw new Error(`${where}: two LANs on interface ${ifname}`);
    if (lans.has(lan)) throw new Error(`${where}: joins the LAN twice`);
    names.add(ifname);
    lans.add(lan);
  }
}

// How many locked sections this process is in: a teardown from inside one (a failed boot
// beside others still attaching) must not wait for a lock its own process holds.
let holding = 0;

async function withLanLock<T>(fn: () => Promise<T>): Promise<T> {
  return withLock(LAN_LOCK, async () => {
    holding++;
    try {
      return await fn();
    } finally {
      holding--;
    }
  });
}

async function ensureLan(ns: string): Promise<void> {
  const ip = (...args: string[]) => run("ip", ["-n", ns, ...args]);
  if (!existsSync(netnsPath(ns))) await run("ip", ["netns", "add", ns]);
  if (!(await linksIn(ns)).some((l) => l.ifname === BRIDGE)) {
    // No multicast snooping: with no querier on the segment it can starve IPv6 neighbour
    // discovery. No address on the bridge: the LAN carries only the machines' own.
    await ip("link", "add", BRIDGE, "type", "bridge", "mcast_snooping", "0");
    await ip("link", "set", BRIDGE, "addrgenmode", "none");
  }
  await ip("link", "set", BRIDGE, "up");
}

async function plugIn(targetId: string, ns: string, ifname: string): Promise<void> {
  const alias = `${ALIAS_PREFIX}${ns}`;
  await ensureLan(ns);
  // a port left from an earlier link of this target (under another name) goes first
  if ((await linksIn(ns)).some((l) => l.ifname === targetId)) await run("ip", ["-n", ns, "link", "del", targetId]);
  await run("ip", ["-n", ns, "link", "add", targetId, "type", "veth", "peer", "name", ifname, "netns", targetId]);
  await run("ip", ["-n", ns, "link", "set", targetId, "alias", alias, "addrgenmode", "none", "master", BRIDGE, "up"]);
  await run("ip", ["-n", targetId, "link", "set", ifname, "alias", alias, "up"]);
}

/**
 * Make target `targetId`'s LAN links exactly `links`: missing ones are added, the ones
 * already there are kept as they are, and links to LANs no longer listed are removed
 * (like pulling a cable). Safe to run again and from parallel processes.
 */
export async function attachLans(targetId: string, links: readonly LanLink[]): Promise<void> {
  checkLinks(targetId, links);
  if (links.length === 0 && !(await attachedLans(targetId)).length) return;
  await withLanLock(async () => {
    const wanted = new Map(links.map((l) => [lanNamespace(l.lan), l.ifname]));
    const present = await linksIn(targetId);
    // refuse before changing anything
    for (const ifname of wanted.values()) {
      if (present.some((l) => l.ifname === ifname && lanOf(l) === undefined)) {
        throw new Error(`lab target ${targetId} already has an interface ${ifname} that is not a lab LAN link (a target booted before LANs were added? take it down and up again)`);
      }
    }
    const kept = new Set<string>();
    for (const l of present) {
      const ns = lanOf(l);
      if (ns === undefined) continue;
      if (wanted.get(ns) === l.ifname) kept.add(ns);
      else await run("ip", ["-n", targetId, "link", "del", l.ifname]);
    }
    for (const [ns, ifname] of wanted) {
      if (kept.has(ns)) await run("ip", ["-n", targetId, "link", "set", ifname, "up"]);
      else await plugIn(targetId, ns, ifname);
    }
    removeIdleNow(); // also what killed processes left
  });
}

/** The LAN links target `targetId` has now. */
export async function attachedLans(targetId: string): Promise<AttachedLan[]> {
  if (!existsSync(netnsPath(targetId))) return [];
  return (await linksIn(targetId)).flatMap((l) => {
    const namespace = lanOf(l);
    return namespace === undefined ? [] : [{ ifname: l.ifname, namespace }];
  });
}

const hasPorts = (ns: string): boolean => {
  const r = runSync("ip", ["-j", "-n", ns, "link", "show", "master", BRIDGE], { allowFail: true });
  return r.code === 0 && parseLinks(r.stdout).length > 0; // no bridge at all: a LAN left half made
};

function removeIdleNow(): string[] {
  const removed = listLanNamespaces().filter((ns) => !hasPorts(ns));
  for (const ns of removed) runSync("ip", ["netns", "del", ns], { allowFail: true });
  return removed;
}

/**
 * Unplug a target from its LANs before its namespace goes: deleting a veth removes its
 * peer at once, while a deleted namespace takes its links down only later (the kernel
 * frees it asynchronously), which would leave the bridge looking busy. Returns whether it
 * had any.
 */
export function detachLansSync(targetId: string): boolean {
  if (!existsSync(netnsPath(targetId))) return false;
  const r = runSync("ip", ["-j", "-n", targetId, "link", "show"], { allowFail: true });
  if (r.code !== 0) return false;
  const ours = parseLinks(r.stdout).filter((l) => lanOf(l) !== undefined);
  for (const l of ours) runSync("ip", ["-n", targetId, "link", "del", l.ifname], { allowFail: true });
  return ours.length > 0;
}

/**
 * Remove every LAN no target is plugged into any more; returns their namespaces. Blocking
 * (it runs from exit hooks). Skipped while this process is itself attaching, or when the
 * lock stays busy: the next attach or teardown removes what is left.
 */
export function removeIdleLansSync(): string[] {
  if (holding > 0 || listLanNamespaces().length === 0) return [];
  return withLockSync(LAN_LOCK, removeIdleNow) ?? [];
}
