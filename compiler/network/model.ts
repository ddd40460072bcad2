// What the network pass (plan.ts) decides for one machine, as plain data. The
// renderers in stdlib/network/ turn it into files and units; nothing here knows
// file formats, and nothing there derives an address.
import type { SourceLocation } from "../../dsl/location.ts";

/** An address with its prefix length: { ip: "fd12:3456:789a:1::1", prefix: 64 }. */
export interface CidrAddress {
  readonly ip: string;
  readonly prefix: number;
}

/** "fd12:3456:789a:1::1/64" */
export const cidr = (a: CidrAddress): string => `${a.ip}/${a.prefix}`;

/** A machine's interface on a LAN, or its overlay interface. */
export interface InterfacePlan {
  readonly network: string;
  readonly type: "lan" | "overlay";
  /** the interface name: the iface()'s name on a LAN, "wg-<overlay>" on an overlay */
  readonly ifname: string;
  /** this machine's static addresses there: its ULA (/64) and, when the network has IPv4 and the machine a fixed or locked address, IPv4 */
  readonly addresses: readonly CidrAddress[];
  /** IPv4 by DHCP instead of a static one */
  readonly dhcp4: boolean;
  /** when not empty, `ifname` is a bridge hearth creates with these interfaces as its ports */
  readonly bridgePorts: readonly string[];
  /**
   * Other machines' DNS servers reached over this link, and the routing domains systemd-resolved
   * sends them over it (their subtrees, the reverse names of their addresses); empty without DNS.
   */
  readonly dns: { readonly servers: readonly string[]; readonly domains: readonly string[] };
  /** the network's prefixes (ULA /64, IPv4 subnet), which are on-link there */
  readonly subnets: readonly CidrAddress[];
  /** where the membership was declared */
  readonly at: SourceLocation;
}

/** One peer of a machine's overlay interface. */
export interface WireguardPeerPlan {
  /** machine or road-warrior name */
  readonly name: string;
  readonly publicKey: string;
  /** "host:port" to dial, when the peer can be dialled */
  readonly endpoint: string | undefined;
  /** "fd..::x/128", "10.42.1.3/32" */
  readonly allowedIps: readonly string[];
  /** seconds, when this side must keep a NAT mapping open (the peer has no endpoint); otherwise undefined */
  readonly keepalive: number | undefined;
}

export interface WireguardPlan {
  readonly network: string;
  /** "wg-<overlay>" */
  readonly ifname: string;
  readonly port: number;
  readonly implementation: "kernel" | "userspace";
  /** the private key `hearth facts` made on the machine; never read by the compiler */
  readonly privateKeyPath: string;
  readonly peers: readonly WireguardPeerPlan[];
  /** peers left out because their public key is not known yet */
  readonly pending: readonly string[];
  readonly at: SourceLocation;
}

/** A name and the addresses it resolves to (A and AAAA); PTR records point back at the first name of the record. */
export interface DnsRecord {
  readonly names: readonly string[];
  readonly addresses: readonly string[];
}

export interface DnsPlan {
  /** the site domain, e.g. "home.arpa" */
  readonly domain: string;
  /** the subtree this machine answers for: "<machine>.<domain>" */
  readonly zone: string;
  /** addresses the machine's DNS server listens on: 127.0.0.153 and its addresses on every network */
  readonly listen: readonly string[];
  /** names in its own subtree */
  readonly records: readonly DnsRecord[];
  /** other machines' subtrees and reverse names, and who answers for them */
  readonly forward: readonly { readonly domain: string; readonly servers: readonly string[] }[];
  /** what systemd-resolved sends to the local server (the most specific routes go per link, InterfacePlan.dns): the site domain and its reverse zones */
  readonly routingDomains: readonly string[];
  /** resolvers for names outside the site; empty unless the machine is a router */
  readonly upstream: readonly string[];
}

/** One opening of the machine's firewall. */
export interface FirewallRule {
  readonly tcp: readonly number[];
  readonly udp: readonly number[];
  /** interfaces the traffic may come in on, or "any" */
  readonly from: readonly string[] | "any";
  /** who opened it, shown as a comment: "allow() in layer web", "overlay mesh", "dns" */
  readonly why: string;
}

export interface FirewallPlan {
  readonly rules: readonly FirewallRule[];
}

export interface MachineNetworkPlan {
  readonly machine: string;
  readonly interfaces: readonly InterfacePlan[];
  readonly wireguard: readonly WireguardPlan[];
  /** undefined when the site turns DNS off or the machine joins no network */
  readonly dns: DnsPlan | undefined;
  /** undefined when the machine turns its firewall off or joins no network */
  readonly firewall: FirewallPlan | undefined;
}

/** Where the private key of a machine's overlay lives on it (state: never rolled back). */
export const WIREGUARD_KEY_DIR = "/var/lib/hearth/wireguard";
/** The address a machine's DNS server listens on for its own resolver. */
export const LOCAL_DNS_ADDRESS = "127.0.0.153";

/** A road warrior's side of an overlay: what its client configuration says. */
export interface RoadWarriorPlan {
  readonly network: string;
  readonly name: string;
  /** its addresses on the overlay (/128 and /32) */
  readonly addresses: readonly CidrAddress[];
  /** the machines it dials: those with an endpoint it can reach from outside (a declared endpoint) */
  readonly peers: readonly WireguardPeerPlan[];
  /** DNS servers for the site's names (overlay addresses of machines it dials) and the site domain */
  readonly dns: readonly string[];
  readonly domain: string;
}
