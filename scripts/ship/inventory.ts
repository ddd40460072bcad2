// Where each machine is reached: its `ssh` destination in site.ts, replaced per
// machine by an entry of an inventory file (`--inventory FILE`), so the same site
// ships to staging targets or to a local lab.
//
// site.ts `ssh:` is "[user@]host[:port]" ("ssh://[user@]host[:port]" too); an IPv6
// address with a port is written "[2001:db8::1]:2222". Anything the destination
// leaves out (user, port, key) comes from ~/.ssh/config, as with plain ssh.
//
// Inventory file (JSON; every field but host optional; relative paths are relative
// to the inventory file):
//   { "web": { "host": "10.0.0.2", "user": "root", "port": 22,
//              "identity": "keys/id_ed25519", "knownHosts": "known_hosts" } }
// An entry replaces the machine's site.ts destination as a whole: fields it omits
// come from ~/.ssh/config, not from site.ts.
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

/** How to reach one machine over ssh. */
export interface SshTarget {
  readonly machine: string;
  readonly host: string;
  readonly user?: string;
  readonly port?: number;
  /** private key file (absolute, or "~/…" for ssh to expand) */
  readonly identity?: string;
  /** a known_hosts file checked strictly (StrictHostKeyChecking=yes), e.g. for lab targets */
  readonly knownHosts?: string;
  /** where this came from, for messages: "site.ts" or the inventory file */
  readonly from: string;
}

export interface InventoryEntry {
  readonly host: string;
  readonly user?: string;
  readonly port?: number;
  readonly identity?: string;
  readonly knownHosts?: string;
}

export interface Inventory {
  readonly path: string;
  readonly entries: Readonly<Record<string, InventoryEntry>>;
}

export class InventoryError extends Error {}

type Destination = { host: string; user?: string; port?: number };

const HOST = /^[A-Za-z0-9_.%:-]+$/;

/** Parses "[user@]host[:port]" (or ssh://…, or "[v6]:port"); a string saying what is wrong otherwise. */
export function parseDestination(text: string): Destination | string {
  let rest = text.trim().replace(/^ssh:\/\//, "").replace(/\/$/, "");
  let user: string | undefined;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    user = rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(user)) return `"${text}": "${user}" is not a user name`;
  }
  let host = rest;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(rest);
  if (bracketed) {
    host = bracketed[1]!;
    portText = bracketed[2];
  } else if (rest.split(":").length === 2) {
    [host, portText] = rest.split(":") as [string, string];
  }
  // several colons without brackets: an IPv6 address, no port
  if (!host || host.startsWith("-") || !HOST.test(host)) return `"${text}": "${host}" is not a host name or address`;
  if (portText === undefined) return { host, ...(user ? { user } : {}) };
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) return `"${text}": port "${portText}" must be 1–65535`;
  return { host, port, ...(user ? { user } : {}) };
}

const FIELDS = ["host", "user", "port", "identity", "knownHosts"] as const;

/** Reads and checks an inventory file; every mistake in it is reported together. */
export function readInventory(path: string): Inventory {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new InventoryError(`inventory ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new InventoryError(`inventory ${path}: expected an object of machines, e.g. {"web": {"host": "10.0.0.2", "user": "root"}}`);
  const base = dirname(resolve(path));
  const near = (p: string) => (isAbsolute(p) || p.startsWith("~/") ? p : resolve(base, p));
  const problems: string[] = [];
  const entries: Record<string, InventoryEntry> = {};
  for (const [machine, value] of Object.entries(json as Record<string, unknown>)) {
    const bad = (why: string) => problems.push(`  "${machine}": ${why}`);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      bad('expected an object such as {"host": "10.0.0.2"}');
      continue;
    }
    const v = value as Record<string, unknown>;
    for (const key of Object.keys(v)) if (!(FIELDS as readonly string[]).includes(key)) bad(`unknown field "${key}" (fields: ${FIELDS.join(", ")})`);
    const { host, user, port, identity, knownHosts } = v;
    if (typeof host !== "string" || !host || host.startsWith("-") || !HOST.test(host)) bad(`"host" must be a host name or address, got ${JSON.stringify(host)}`);
    if (user !== undefined && (typeof user !== "string" || !/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(user))) bad(`"user" must be a user name, got ${JSON.stringify(user)}`);
    if (port !== undefined && (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535)) bad(`"port" must be a number 1–65535, got ${JSON.stringify(port)}`);
    for (const [k, p] of [["identity", identity], ["knownHosts", knownHosts]] as const)
      if (p !== undefined && (typeof p !== "string" || !p)) bad(`"${k}" must be a file path, got ${JSON.stringify(p)}`);
    entries[machine] = {
      host: host as string,
      ...(typeof user === "string" ? { user } : {}),
      ...(typeof port === "number" ? { port } : {}),
      ...(typeof identity === "string" && identity ? { identity: near(identity) } : {}),
      ...(typeof knownHosts === "string" && knownHosts ? { knownHosts: near(knownHosts) } : {}),
    };
  }
  if (problems.length > 0) throw new InventoryError(`inventory ${path} has ${problems.length} problem${problems.length > 1 ? "s" : ""}:\n${problems.join("\n")}`);
  return { path, entries };
}

/** A machine as the inventory sees it: its name and its site.ts destination. */
export interface SiteMachine {
  readonly name: string;
  readonly ssh: string | undefined;
}

export interface ResolvedTargets {
  readonly targets: readonly SshTarget[];
  /** one line per machine that cannot be reached, naming it */
  readonly errors: readonly string[];
  /** inventory entries that name no machine of the site (a typo would otherwise ship to site.ts's host) */
  readonly warnings: readonly string[];
}

/** Each machine's target: the inventory entry if there is one, else its site.ts `ssh`. */
export function resolveTargets(
  machines: readonly SiteMachine[],
  inventory: Inventory | undefined,
  opts: { readonly siteLabel?: string; /** every machine of the site, when `machines` is a selection */ readonly allNames?: readonly string[] } = {},
): ResolvedTargets {
  const siteLabel = opts.siteLabel ?? "site.ts";
  const targets: SshTarget[] = [];
  const errors: string[] = [];
  for (const m of machines) {
    const entry = inventory?.entries[m.name];
    if (entry) {
      targets.push({ machine: m.name, ...entry, from: inventory!.path });
      continue;
    }
    if (m.ssh === undefined || m.ssh.trim() === "") {
      errors.push(
        `machine "${m.name}" has no ssh destination: add ssh: "root@${m.name}.example.org" to machine("${m.name}", …) in ${siteLabel}${inventory ? `, or an entry "${m.name}" to ${inventory.path}` : ", or pass --inventory FILE"}`,
      );
      continue;
    }
    const d = parseDestination(m.ssh);
    if (typeof d === "string") errors.push(`machine "${m.name}": ssh ${d} (expected "[user@]host[:port]")`);
    else targets.push({ machine: m.name, ...d, from: siteLabel });
  }
  const known = new Set(opts.allNames ?? machines.map((m) => m.name));
  const warnings = inventory ? Object.keys(inventory.entries).filter((n) => !known.has(n)).map((n) => `inventory ${inventory.path} names "${n}", which is not a machine of this site (ignored)`) : [];
  return { targets, errors, warnings };
}

/** "user@host:port" as a person would write it, for messages. */
export function describeTarget(t: Pick<SshTarget, "host" | "user" | "port">): string {
  const host = t.host.includes(":") && t.port !== undefined ? `[${t.host}]` : t.host;
  return `${t.user ? `${t.user}@` : ""}${host}${t.port !== undefined ? `:${t.port}` : ""}`;
}
