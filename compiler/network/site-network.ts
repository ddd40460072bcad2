// The network pass over the whole site graph: which networks exist, every host's
// addresses on them (ULA derived from names, IPv4 from the lock), each machine's
// interfaces and WireGuard peers, and where its DNS server sends other machines'
// names. Pure: the lock and the facts come in, the new lock and diagnostics go out.
import type { Membership, NetworkNode, PeerNode } from "../../dsl/network.ts";
import type { Facts, Machine, NetworkAddresses, Site } from "../../dsl/nodes.ts";
import type { Diagnostic, Place } from "../diagnostics.ts";
import { blockText, reverseName4, reverseZones4, type Block } from "./ipv4.ts";
import { allocateIpv4, type Ipv4Request, type LockFile } from "./lock.ts";
import { WIREGUARD_KEY_DIR, type CidrAddress, type InterfacePlan, type RoadWarriorPlan, type WireguardPeerPlan, type WireguardPlan } from "./model.ts";
import { wireguardUnit } from "../../stdlib/network/wireguard.ts";
import { hostAddress, interfaceIdHex, reverseName6, sitePrefixHex, subnet64Hex, subnetIdHex, subnetText, ULA_REVERSE_ZONE } from "./ula.ts";

/** A network of the site and who is on it. */
interface SiteNet {
  readonly node: NetworkNode;
  readonly subnet64: string;
  readonly v4: Block | undefined;
  readonly members: readonly { readonly machine: Machine; readonly membership: Membership }[];
}

/** What the site-wide pass decides for one machine; machine-plan.ts adds what its layers declare. */
export interface MachineAddressing {
  readonly interfaces: readonly InterfacePlan[];
  readonly wireguard: readonly WireguardPlan[];
  /** packages the machine needs even while its overlay waits for keys (so `hearth facts` can make them) */
  readonly packages: readonly string[];
  /** per overlay the machine joins, who is left out for want of a public key (the machine itself included) */
  readonly pending: readonly { readonly network: string; readonly peers: readonly string[] }[];
  /** for layer functions: m.networks */
  readonly context: Readonly<Record<string, NetworkAddresses>>;
  readonly dns: {
    readonly forward: readonly { readonly domain: string; readonly servers: readonly string[] }[];
    readonly routingDomains: readonly string[];
  };
}

export interface SiteNetwork {
  readonly machines: ReadonlyMap<string, MachineAddressing>;
  readonly roadWarriors: readonly RoadWarriorPlan[];
  readonly lock: LockFile;
  readonly diagnostics: readonly Diagnostic[];
  /** the site joins no network at all: nothing to render, nothing to lock */
  readonly empty: boolean;
}

export interface SiteNetworkInput {
  readonly site: Site;
  /** every machine's facts (declared merged with gathered): public keys live there */
  readonly facts: ReadonlyMap<string, Facts>;
  readonly lock: LockFile;
  readonly lockFile: string;
  readonly place: (at: Machine["at"]) => Place | undefined;
}

const wgIfname = (n: NetworkNode): string => `wg-${n.name}`;
const publicKeyOf = (facts: Facts | undefined): string | undefined => {
  const k = facts?.wireguardPublicKey;
  return typeof k === "string" && k.length > 0 ? k : undefined;
};

export function planSiteNetwork(input: SiteNetworkInput): SiteNetwork {
  const { site, place } = input;
  const diagnostics: Diagnostic[] = [];
  const machines = site.machines.filter((m) => m?.kind === "machine");

  // networks, in the order machines first name them
  const byNode = new Map<NetworkNode, { machine: Machine; membership: Membership }[]>();
  const byName = new Map<string, NetworkNode>();
  for (const machine of machines)
    for (const membership of machine.networks) {
      const node = membership?.network;
      if (membership?.problems?.length) diagnostics.push(...membership.problems.map((message) => ({ severity: "error" as const, message, at: place(membership.at) })));
      if (node?.kind !== "network" || membership.problems.length > 0) continue;
      const other = byName.get(node.name);
      if (other && other !== node) {
        if (!byNode.has(node))
          diagnostics.push({
            severity: "error",
            message: `two different networks are named "${node.name}"`,
            at: place(node.at),
            related: [{ message: "the other one", at: place(other.at) }],
            hint: "declare each network once and use the same object for every machine",
          });
        continue;
      }
      byName.set(node.name, node);
      byNode.set(node, [...(byNode.get(node) ?? []), { machine, membership }]);
    }
  if (byNode.size === 0) return { machines: new Map(), roadWarriors: [], lock: input.lock, diagnostics, empty: diagnostics.length === 0 };
  for (const node of byNode.keys()) {
    diagnostics.push(...node.problems.map((message) => ({ severity: "error" as const, message, at: place(node.at) })));
    for (const r of node.roadWarriors) diagnostics.push(...(r?.problems ?? []).map((message) => ({ severity: "error" as const, message, at: place(r.at) })));
  }

  // ULA: a /64 per network under the site's /48, an interface id per host (each hashed once)
  const sitePrefix = sitePrefixHex(site.name);
  const subnet64 = new Map([...byNode.keys()].map((node) => [node, subnet64Hex(sitePrefix, subnetIdHex(site.name, node.name))]));
  const iids = new Map<string, string>();
  const iidOf = (host: string): string => iids.get(host) ?? iids.set(host, interfaceIdHex(site.name, host)).get(host)!;
  const subnetOwner = new Map<string, NetworkNode>();
  for (const node of byNode.keys()) {
    const s = subnet64.get(node)!;
    const first = subnetOwner.get(s);
    if (first)
      diagnostics.push({
        severity: "error",
        message: `networks "${first.name}" and "${node.name}" derive the same IPv6 subnet ${subnetText(s)}`,
        at: place(node.at),
        related: [{ message: `network "${first.name}"`, at: place(first.at) }],
        hint: "rename one of them (the subnet is derived from the name)",
      });
    else subnetOwner.set(s, node);
  }
  for (const node of byNode.keys()) {
    const hosts = new Map<string, string>();
    const names = [...byNode.get(node)!.map((m) => ({ name: m.machine.name, at: m.membership.at })), ...node.roadWarriors.map((r) => ({ name: r.name, at: r.at }))];
    for (const h of names) {
      const iid = iidOf(h.name);
      const first = hosts.get(iid);
      if (first !== undefined)
        diagnostics.push({
          severity: "error",
          message: first === h.name ? `"${h.name}" is on network "${node.name}" twice (a machine and a road warrior share the name?)` : `${first} and ${h.name} derive the same address on network "${node.name}"`,
          at: place(h.at),
          hint: "rename one of them (interface ids are derived from names)",
        });
      else hosts.set(iid, h.name);
    }
  }

  // IPv4 from the lock
  const requests: Ipv4Request[] = [];
  for (const [node, members] of byNode) {
    if (!node.ipv4) continue;
    requests.push({
      network: node.name,
      need: node.ipv4,
      at: place(node.at),
      hosts: [
        ...members
          .filter(({ membership: m }) => !(m.kind === "interface" && m.ipv4 === "dhcp"))
          .map(({ machine, membership: m }) => ({ name: machine.name, fixed: m.kind === "interface" && m.ipv4 !== "auto" ? m.ipv4 : undefined, at: place(m.at) })),
        ...node.roadWarriors.map((r) => ({ name: r.name, fixed: undefined, at: place(r.at) })),
      ],
    });
  }
  const v4 = allocateIpv4({ ...site.ipv4, at: place(site.at) }, requests, input.lock, input.lockFile);
  diagnostics.push(...v4.diagnostics);

  const nets: SiteNet[] = [...byNode].map(([node, members]) => ({
    node,
    subnet64: subnet64.get(node)!,
    v4: v4.subnets.get(node.name),
    members,
  }));
  const ula = (net: SiteNet, host: string): string => hostAddress(net.subnet64, iidOf(host));
  const ipv4Of = (net: SiteNet, host: string): string | undefined => v4.hosts.get(net.node.name)?.get(host);
  const addressesOf = (net: SiteNet, host: string): CidrAddress[] => {
    const a = ipv4Of(net, host);
    return [{ ip: ula(net, host), prefix: 64 }, ...(a && net.v4 ? [{ ip: a, prefix: net.v4.len }] : [])];
  };
  const subnetsOf = (net: SiteNet): CidrAddress[] => [
    { ip: subnetText(net.subnet64).split("/")[0]!, prefix: 64 },
    ...(net.v4 ? [{ ip: blockText(net.v4).split("/")[0]!, prefix: net.v4.len }] : []),
  ];

  // keys: a machine or road warrior without one waits outside the overlay
  const keyOf = (machine: string) => publicKeyOf(input.facts.get(machine));
  for (const net of nets) {
    if (net.node.type !== "overlay") continue;
    for (const { machine, membership } of net.members)
      if (!keyOf(machine.name))
        diagnostics.push({
          severity: "warning",
          message: `machine "${machine.name}" has no WireGuard key yet: overlay "${net.node.name}" leaves it out`,
          at: place(membership.at),
          hint: `run \`hearth facts ${machine.name}\`: it makes the key pair on the machine and records the public key in site.facts.json`,
        });
    for (const r of net.node.roadWarriors)
      if (!r.publicKey)
        diagnostics.push({
          severity: "warning",
          message: `road warrior "${r.name}" has no public key: overlay "${net.node.name}" leaves it out`,
          at: place(r.at),
          hint: `set publicKey to what \`wg pubkey\` (or the WireGuard app) shows on the device, or run \`hearth client ${r.name} --new-key\``,
        });
  }
  const active = (net: SiteNet, machine: string): boolean => net.node.type === "lan" || keyOf(machine) !== undefined;

  /** How machine `from` dials `to` on an overlay: over a LAN they share, else at `to`'s declared endpoint. */
  const endpointFor = (overlay: SiteNet, to: Machine, from: Machine): string | undefined => {
    const lan = nets.find((n) => n.node.type === "lan" && n.members.some((x) => x.machine === to) && n.members.some((x) => x.machine === from));
    const a4 = lan && ipv4Of(lan, to.name);
    if (lan) return a4 ? `${a4}:${overlay.node.port}` : `[${ula(lan, to.name)}]:${overlay.node.port}`;
    return (overlay.members.find((x) => x.machine === to)!.membership as PeerNode).endpoint;
  };
  const hostRoutes = (net: SiteNet, host: string): string[] => addressesOf(net, host).map((a) => `${a.ip}/${a.ip.includes(":") ? 128 : 32}`);

  const result = new Map<string, MachineAddressing>();
  for (const machine of machines) {
    const mine = nets.filter((n) => n.members.some((x) => x.machine === machine));
    const interfaces: InterfacePlan[] = [];
    const wireguard: WireguardPlan[] = [];
    const packages = new Set<string>();
    const context: Record<string, NetworkAddresses> = {};
    const ifnames = new Map<string, Membership>();
    for (const net of mine) {
      const membership = net.members.find((x) => x.machine === machine)!.membership;
      const ifname = membership.kind === "interface" ? membership.name : wgIfname(net.node);
      const clash = ifnames.get(ifname);
      if (clash)
        diagnostics.push({
          severity: "error",
          message: `machine "${machine.name}" uses interface ${ifname} for networks "${clash.network.name}" and "${net.node.name}"`,
          at: place(membership.at),
          related: [{ message: `network "${clash.network.name}"`, at: place(clash.at) }],
          hint: "one interface per network",
        });
      ifnames.set(ifname, membership);
      for (const port of membership.kind === "interface" ? membership.bridge : []) {
        const other = ifnames.get(port);
        if (other)
          diagnostics.push({
            severity: "error",
            message: `machine "${machine.name}" uses interface ${port} for networks "${other.network.name}" and "${net.node.name}" (as a bridge port)`,
            at: place(membership.at),
            related: [{ message: `network "${other.network.name}"`, at: place(other.at) }],
            hint: "one interface per network",
          });
        ifnames.set(port, membership);
      }
      context[net.node.name] = { ipv6: ula(net, machine.name), ipv4: ipv4Of(net, machine.name), interface: ifname, unit: membership.kind === "peer" ? wireguardUnit(net.node.name) : undefined };
      if (membership.kind === "peer") {
        packages.add("wireguard-tools");
        packages.add(membership.implementation === "userspace" ? "wireguard-go" : "iproute2");
      }
      if (!active(net, machine.name)) continue;
      interfaces.push({
        network: net.node.name,
        type: net.node.type,
        ifname,
        addresses: addressesOf(net, machine.name),
        dhcp4: membership.kind === "interface" && membership.ipv4 === "dhcp",
        bridgePorts: membership.kind === "interface" ? membership.bridge : [],
        dns: { servers: [], domains: [] },
        subnets: subnetsOf(net),
        at: membership.at,
      });
      if (membership.kind !== "peer") continue;
      const peers: WireguardPeerPlan[] = [];
      const pending: string[] = [];
      const dialable = membership.endpoint !== undefined;
      for (const other of net.members) {
        if (other.machine === machine) continue;
        const key = keyOf(other.machine.name);
        if (!key) {
          pending.push(other.machine.name);
          continue;
        }
        const endpoint = endpointFor(net, other.machine, machine);
        // the side the other cannot dial keeps the NAT mapping open
        const theyReachMe = endpointFor(net, machine, other.machine) !== undefined;
        peers.push({ name: other.machine.name, publicKey: key, endpoint, allowedIps: hostRoutes(net, other.machine.name), keepalive: endpoint && !theyReachMe ? net.node.keepalive : undefined });
      }
      // road warriors dial the machines whose endpoint is declared
      if (dialable)
        for (const r of net.node.roadWarriors) {
          if (!r.publicKey) pending.push(r.name);
          else peers.push({ name: r.name, publicKey: r.publicKey, endpoint: undefined, allowedIps: hostRoutes(net, r.name), keepalive: undefined });
        }
      wireguard.push({
        network: net.node.name,
        ifname,
        port: net.node.port,
        implementation: membership.implementation,
        privateKeyPath: `${WIREGUARD_KEY_DIR}/private.key`,
        peers: peers.sort((a, b) => (a.name < b.name ? -1 : 1)),
        pending: pending.sort(),
        at: membership.at,
      });
    }

    // DNS: other machines' subtrees go to them, over the overlay when both are on it, else over a shared LAN;
    // systemd-resolved routes them per link (InterfacePlan.dns), the local server along the same tree
    const forward: { domain: string; servers: string[] }[] = [];
    const perLink = new Map<string, { servers: string[]; domains: string[] }>();
    for (const other of machines) {
      if (other === machine) continue;
      const shared = nets.filter((n) => n.members.some((x) => x.machine === machine) && n.members.some((x) => x.machine === other) && active(n, machine.name) && active(n, other.name));
      const via = shared.find((n) => n.node.type === "overlay") ?? shared[0];
      if (!via) continue;
      const servers = addressesOf(via, other.name).map((a) => a.ip);
      const domains = [`${other.name}.${site.domain}`];
      for (const net of nets.filter((n) => n.members.some((x) => x.machine === other) && active(n, other.name)))
        for (const a of addressesOf(net, other.name)) domains.push(a.ip.includes(":") ? reverseName6(a.ip) : reverseName4(a.ip));
      forward.push(...domains.map((domain) => ({ domain, servers })));
      const link = perLink.get(via.node.name) ?? { servers: [], domains: [] };
      link.servers.push(...servers);
      link.domains.push(...domains);
      perLink.set(via.node.name, link);
    }
    for (const [i, iface] of interfaces.entries()) interfaces[i] = { ...iface, dns: perLink.get(iface.network) ?? { servers: [], domains: [] } };
    const routingDomains = [site.domain, ULA_REVERSE_ZONE, ...new Set(nets.flatMap((n) => (n.v4 ? reverseZones4(n.v4) : [])))];
    const pending = mine
      .filter((n) => n.node.type === "overlay")
      .map((n) => ({ network: n.node.name, peers: [...n.members.filter((x) => !keyOf(x.machine.name)).map((x) => x.machine.name), ...n.node.roadWarriors.filter((r) => !r.publicKey).map((r) => r.name)].sort() }))
      .filter((p) => p.peers.length > 0);
    result.set(machine.name, { interfaces, wireguard, packages: [...packages].sort(), pending, context, dns: { forward, routingDomains } });
  }

  // road warriors' own side, for their client configurations
  const roadWarriors: RoadWarriorPlan[] = [];
  for (const net of nets) {
    if (net.node.type !== "overlay") continue;
    const hubs = net.members.filter((x) => (x.membership as PeerNode).endpoint !== undefined && keyOf(x.machine.name));
    for (const r of net.node.roadWarriors)
      roadWarriors.push({
        network: net.node.name,
        name: r.name,
        addresses: addressesOf(net, r.name).map((a) => ({ ip: a.ip, prefix: a.ip.includes(":") ? 128 : 32 })),
        peers: hubs.map((h) => ({
          name: h.machine.name,
          publicKey: keyOf(h.machine.name)!,
          endpoint: (h.membership as PeerNode).endpoint,
          // each hub answers for itself: hubs do not forward, and two peers cannot claim one prefix
          allowedIps: hostRoutes(net, h.machine.name),
          keepalive: net.node.keepalive || undefined,
        })),
        dns: hubs.flatMap((h) => addressesOf(net, h.machine.name).map((a) => a.ip)),
        domain: site.domain,
      });
  }
  return { machines: result, roadWarriors, lock: v4.lock, diagnostics, empty: false };
}

