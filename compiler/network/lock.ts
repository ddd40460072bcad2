// IPv4 is the one thing hearth cannot derive from names (the space is too small
// to hash into), so it is allocated once and recorded in site.lock.json beside
// site.ts, which the user commits like a package lock: adding or removing a
// network never renumbers another one, and a fresh clone gets the same
// addresses. A lock that no longer fits the site is an error with a fix; hearth
// never renumbers silently.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkIpv4Cidr, isIpv4, type Ipv4Need } from "../../dsl/network.ts";
import type { Diagnostic, Place } from "../diagnostics.ts";
import { allocateBlock, allocateHost, blockText, containsAddress, containsBlock, hostRange, ipv4Number, ipv4String, overlaps, parseBlock, type Block } from "./ipv4.ts";

export const LOCK_FILE = "site.lock.json";

export interface LockedNetwork {
  readonly subnet: string;
  /** host → address, for hosts numbered by hearth (not those with a fixed address or DHCP) */
  readonly hosts: Readonly<Record<string, string>>;
}

export interface LockFile {
  readonly hearth: 1;
  readonly ipv4: Readonly<Record<string, LockedNetwork>>;
}

export const EMPTY_LOCK: LockFile = { hearth: 1, ipv4: {} };

export const lockPath = (siteDir: string): string => join(siteDir, LOCK_FILE);

/** Reads site.lock.json if there is one; a malformed one is an error that says how to recover. */
export function readLock(siteDir: string): { lock: LockFile; text: string | undefined; diagnostics: Diagnostic[] } {
  const path = lockPath(siteDir);
  if (!existsSync(path)) return { lock: EMPTY_LOCK, text: undefined, diagnostics: [] };
  const text = readFileSync(path, "utf8");
  const fail = (why: string) => ({
    lock: EMPTY_LOCK,
    text,
    diagnostics: [{ severity: "error" as const, message: `${LOCK_FILE} ${why}`, at: { file: path, line: 1 }, hint: `fix it by hand, or restore it from version control (deleting it renumbers every network's IPv4)` }],
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(`is not valid JSON: ${(e as Error).message}`);
  }
  const lock = json as Partial<LockFile>;
  if (lock?.hearth !== 1 || typeof lock.ipv4 !== "object" || lock.ipv4 === null) return fail('is not a hearth lock file (expected { "hearth": 1, "ipv4": { … } })');
  for (const [name, entry] of Object.entries(lock.ipv4)) {
    if (typeof entry?.subnet !== "string" || typeof entry.hosts !== "object" || entry.hosts === null || Object.values(entry.hosts).some((h) => typeof h !== "string"))
      return fail(`has an entry for "${name}" that is not { "subnet": "…", "hosts": { … } }`);
  }
  return { lock: lock as LockFile, text, diagnostics: [] };
}

/** The lock as text: keys sorted, so the same allocations give the same bytes. */
export function lockText(lock: LockFile): string {
  const sorted = <T>(o: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const ipv4 = Object.fromEntries(Object.entries(sorted(lock.ipv4)).map(([n, e]) => [n, { subnet: e.subnet, hosts: sorted(e.hosts) }]));
  return `${JSON.stringify({ hearth: 1, ipv4 }, null, 2)}\n`;
}

/** Writes the lock beside site.ts (write-then-rename: never a half-written lock). */
export function writeLock(siteDir: string, text: string): void {
  const path = lockPath(siteDir);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** One network's IPv4 needs: its subnet and the hosts on it. */
export interface Ipv4Request {
  readonly network: string;
  readonly need: Ipv4Need;
  readonly at: Place | undefined;
  readonly hosts: readonly { readonly name: string; readonly fixed: string | undefined; readonly at: Place | undefined }[];
}

export interface Ipv4Allocation {
  readonly subnets: ReadonlyMap<string, Block>;
  /** network → host → address */
  readonly hosts: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** the lock as it must be now */
  readonly lock: LockFile;
  readonly diagnostics: Diagnostic[];
}

export interface SiteIpv4Space {
  readonly pools: readonly string[];
  readonly reserved: readonly string[];
  readonly at: Place | undefined;
}

/**
 * Subnets first (locked ones kept, fixed ones as declared, new ones best-fit in
 * declaration order), then hosts (locked ones kept, new ones the lowest free
 * address, in the order the site lists them).
 */
export function allocateIpv4(space: SiteIpv4Space, requests: readonly Ipv4Request[], lock: LockFile, lockFile: string): Ipv4Allocation {
  const diagnostics: Diagnostic[] = [];
  const lockAt: Place = { file: lockFile, line: 1 };
  const pools = space.pools.map(parseBlock);
  const reserved = space.reserved.map(parseBlock);
  const subnets = new Map<string, Block>();
  const error = (message: string, at: Place | undefined, hint: string) => diagnostics.push({ severity: "error", message, at, hint, related: [{ message: LOCK_FILE, at: lockAt }] });
  const forget = (network: string) => `delete "${network}" from ${LOCK_FILE} to number it again (its hosts get new addresses)`;

  // subnets declared in the site and subnets the lock keeps
  const waiting: Ipv4Request[] = [];
  for (const r of requests) {
    const locked = lock.ipv4[r.network];
    const fix = forget(r.network);
    if ("subnet" in r.need) {
      const declared = parseBlock(r.need.subnet);
      if (locked && locked.subnet !== r.need.subnet) error(`network "${r.network}" is ${r.need.subnet} in site.ts but ${locked.subnet} in ${LOCK_FILE}`, r.at, fix);
      else subnets.set(r.network, declared);
      continue;
    }
    if (!locked) {
      waiting.push(r);
      continue;
    }
    const b = checkIpv4Cidr(locked.subnet, "subnet").length === 0 ? parseBlock(locked.subnet) : undefined;
    if (!b) error(`${LOCK_FILE} gives network "${r.network}" ${JSON.stringify(locked.subnet)}, which is not an IPv4 subnet`, r.at, fix);
    else if (b.len !== r.need.size) error(`network "${r.network}" asks for a /${r.need.size}, but ${LOCK_FILE} gives it ${locked.subnet}`, r.at, `${fix}, or set ipv4: { size: ${b.len} } again`);
    else if (!pools.some((p) => containsBlock(p, b))) error(`network "${r.network}" has ${locked.subnet} in ${LOCK_FILE}, which is outside the site's IPv4 pools (${space.pools.join(", ") || "none"})`, r.at, fix);
    else if (reserved.some((x) => overlaps(x, b))) error(`network "${r.network}" has ${locked.subnet} in ${LOCK_FILE}, which overlaps a reserved range`, r.at, fix);
    else subnets.set(r.network, b);
  }
  const placed = [...subnets.entries()];
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const [a, x] = placed[i]!;
      const [b, y] = placed[j]!;
      if (overlaps(x, y))
        diagnostics.push({
          severity: "error",
          message: `networks "${a}" (${blockText(x)}) and "${b}" (${blockText(y)}) overlap`,
          at: requests.find((r) => r.network === b)?.at,
          related: [{ message: `network "${a}"`, at: requests.find((r) => r.network === a)?.at }],
          hint: `give one of them another subnet, or ${forget(b)}`,
        });
    }
  for (const r of waiting) {
    const len = (r.need as { size: number }).size;
    if (pools.length === 0) {
      error(`network "${r.network}" asks for an IPv4 /${len}, but the site has no IPv4 pools`, r.at, 'add ipv4: { pools: ["10.42.0.0/16"] } to site({ … })');
      continue;
    }
    const got = allocateBlock(pools, [...reserved, ...subnets.values()], len);
    if (got) subnets.set(r.network, got);
    else error(`no free /${len} is left in the site's IPv4 pools (${space.pools.join(", ")}) for network "${r.network}"`, r.at, "add a pool to site({ ipv4: { pools } }), free a reserved range, or ask for a smaller subnet");
  }

  // hosts
  const hosts = new Map<string, Map<string, string>>();
  const newLock: Record<string, LockedNetwork> = {};
  for (const r of requests) {
    const subnet = subnets.get(r.network);
    if (!subnet) continue;
    const [first, end] = hostRange(subnet);
    const inside = (ip: number) => ip >= first && ip < end;
    const byHost = new Map<string, string>();
    const taken = new Map<number, string>();
    const claim = (host: string, ip: number, at: Place | undefined, fromLock: boolean): boolean => {
      const other = taken.get(ip);
      const why = !inside(ip)
        ? `is not a host address of ${blockText(subnet)}`
        : reserved.some((x) => containsAddress(x, ip))
          ? "is in a reserved range"
          : other !== undefined
            ? `is already ${other}'s`
            : undefined;
      if (why) {
        const message = `${host}'s address ${ipv4String(ip)} on network "${r.network}"${fromLock ? ` (from ${LOCK_FILE})` : ""} ${why}`;
        if (fromLock) error(message, at, `delete "${host}" from network "${r.network}" in ${LOCK_FILE} to number it again`);
        else diagnostics.push({ severity: "error", message, at, hint: `choose another address in ${blockText(subnet)}` });
        return false;
      }
      taken.set(ip, host);
      byHost.set(host, ipv4String(ip));
      return true;
    };
    for (const h of r.hosts) if (h.fixed !== undefined) claim(h.name, ipv4Number(h.fixed), h.at, false);
    const locked = lock.ipv4[r.network]?.subnet === blockText(subnet) ? lock.ipv4[r.network]!.hosts : {};
    const auto = r.hosts.filter((h) => h.fixed === undefined);
    const numbered: Record<string, string> = {};
    for (const h of auto) {
      const ip = locked[h.name];
      if (ip === undefined) continue;
      if (!isIpv4(ip)) error(`${LOCK_FILE} gives ${h.name} on network "${r.network}" ${JSON.stringify(ip)}, which is not an IPv4 address`, r.at, `delete "${h.name}" from network "${r.network}" in ${LOCK_FILE} to number it again`);
      else if (claim(h.name, ipv4Number(ip), r.at, true)) numbered[h.name] = ip;
    }
    for (const h of auto) {
      // numbered above, or locked to an address that was refused (reported there)
      if (byHost.has(h.name) || locked[h.name] !== undefined) continue;
      const ip = allocateHost(subnet, new Set(taken.keys()), reserved);
      if (ip === undefined) {
        diagnostics.push({ severity: "error", message: `network "${r.network}" (${blockText(subnet)}) has no free address left for ${h.name}`, at: h.at, hint: "give the network a larger subnet" });
        continue;
      }
      claim(h.name, ip, h.at, false);
      numbered[h.name] = ipv4String(ip);
    }
    hosts.set(r.network, byHost);
    newLock[r.network] = { subnet: blockText(subnet), hosts: numbered };
  }
  return { subnets, hosts, lock: { hearth: 1, ipv4: newLock }, diagnostics };
}
