// One machine's network plan: the site-wide addressing (site-network.ts) plus
// what its own layers declare — ports opened with allow(), names published with
// publish() — and the firewall and DNS openings the overlay and the DNS server need.
import type { AllowNode, PublishNode } from "../../dsl/network.ts";
import type { Machine, Site } from "../../dsl/nodes.ts";
import type { Diagnostic, Place } from "../diagnostics.ts";
import type { PlacedItem } from "../layers.ts";
import { LOCAL_DNS_ADDRESS, type DnsRecord, type FirewallRule, type MachineNetworkPlan } from "./model.ts";
import type { MachineAddressing } from "./site-network.ts";

export function machineNetworkPlan(
  site: Site,
  machine: Machine,
  addressing: MachineAddressing | undefined,
  items: readonly PlacedItem[],
  place: (at: Machine["at"]) => Place | undefined,
): { plan: MachineNetworkPlan | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const allows = items.flatMap(({ item, layer }) => (item.kind === "allow" ? [{ item, layer: layer.name }] : []));
  const published = items.flatMap(({ item }) => (item.kind === "publish" ? [item] : []));
  if (!addressing || machine.networks.length === 0) return { plan: undefined, diagnostics };
  const dnsOn = site.dns && addressing.interfaces.length > 0;
  // without DNS, no link carries resolver configuration either
  const interfaces = dnsOn ? addressing.interfaces : addressing.interfaces.map((i) => ({ ...i, dns: { servers: [], domains: [] } }));
  // every network the machine joins, by node, with its interface there (site-network.ts names them)
  const ifnameOf = new Map(machine.networks.map((m) => [m.network, addressing.context[m.network.name]?.interface ?? m.network.name]));

  // firewall: what the layers open, then what the overlay and DNS need
  const rules: FirewallRule[] = [];
  for (const { item, layer } of allows) {
    const from = fromInterfaces(item, ifnameOf, machine, place, diagnostics);
    if (from) rules.push({ tcp: [...item.tcp], udp: [...item.udp], from, why: `allow() in layer ${layer}` });
  }
  for (const wg of addressing.wireguard) rules.push({ tcp: [], udp: [wg.port], from: "any", why: `overlay ${wg.network}: peers dial in from anywhere` });
  if (dnsOn) rules.push({ tcp: [53], udp: [53], from: interfaces.map((i) => i.ifname), why: "dns: other machines ask this one for its names" });

  // DNS: the machine's own subtree
  const fqdn = `${machine.name}.${site.domain}`;
  const all = interfaces.flatMap((i) => i.addresses.map((a) => a.ip));
  const records: DnsRecord[] = [{ names: [fqdn, ...published.map((p) => `${p.name}.${fqdn}`)], addresses: all }];
  for (const i of interfaces) records.push({ names: [`${i.network}.${fqdn}`], addresses: i.addresses.map((a) => a.ip) });
  diagnostics.push(...publishClashes(published, interfaces.map((i) => i.network), machine, place));

  return {
    plan: {
      machine: machine.name,
      interfaces,
      wireguard: addressing.wireguard,
      dns: dnsOn
        ? {
            domain: site.domain,
            zone: fqdn,
            listen: [LOCAL_DNS_ADDRESS, ...all],
            records,
            forward: addressing.dns.forward,
            routingDomains: addressing.dns.routingDomains,
            upstream: machine.router?.upstream ?? [],
          }
        : undefined,
      firewall: machine.firewall ? { rules } : undefined,
    },
    diagnostics,
  };
}

/** The interfaces an allow() admits, or undefined when it names a network the machine is not on. */
function fromInterfaces(
  item: AllowNode,
  ifnameOf: ReadonlyMap<unknown, string>,
  machine: Machine,
  place: (at: Machine["at"]) => Place | undefined,
  diagnostics: Diagnostic[],
): readonly string[] | "any" | undefined {
  if (item.from === "any") return "any";
  const missing = item.from.filter((n) => !ifnameOf.has(n));
  if (missing.length > 0) {
    diagnostics.push({
      severity: "error",
      message: `allow() admits network${missing.length > 1 ? "s" : ""} ${missing.map((n) => `"${n.name}"`).join(", ")}, which machine "${machine.name}" does not join`,
      at: place(item.at),
      hint: `join it in machine("${machine.name}", { networks: [...] }), or drop it from allow({ from })`,
      machine: machine.name,
    });
    return undefined;
  }
  return item.from.map((n) => ifnameOf.get(n)!);
}

/** publish("lan") on a machine that joins network "lan" would shadow lan.<machine>.<domain>. */
function publishClashes(published: readonly PublishNode[], networks: readonly string[], machine: Machine, place: (at: Machine["at"]) => Place | undefined): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const p of published) {
    if (networks.includes(p.name))
      out.push({ severity: "error", message: `publish("${p.name}") clashes with the name of network "${p.name}" on machine "${machine.name}"`, at: place(p.at), hint: "publish another name", machine: machine.name });
    else if (seen.has(p.name)) out.push({ severity: "error", message: `"${p.name}" is published twice on machine "${machine.name}"`, at: place(p.at), hint: "publish each name once", machine: machine.name });
    seen.add(p.name);
  }
  return out;
}
