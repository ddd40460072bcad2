// Networks in the site graph: a LAN machines join through an interface, and a
// WireGuard overlay they join as peers. Machines hold the network objects
// themselves, so a reference can never dangle; addresses, DNS names, peers and
// firewall rules all follow from these declarations (compiler/network/).
import { callerLocation } from "./location.ts";
import type { Declared } from "./nodes.ts";
import { checkDnsLabel } from "./validate.ts";

/** How a network gets its IPv4 subnet. */
export type Ipv4Need =
  /** a subnet of this prefix length from the site's IPv4 pools, recorded in site.lock.json */
  | { readonly size: number }
  /** this subnet, used as it is (an existing LAN); hosts are still numbered in site.lock.json */
  | { readonly subnet: string };

export interface NetworkProps {
  /** IPv4 for this network; @default no IPv4 (IPv6 ULA only) */
  readonly ipv4?: Ipv4Need;
}

export interface OverlayProps extends NetworkProps {
  /** the UDP port every member listens on; @default 51820 */
  readonly port?: number;
  /** laptops and phones that dial in (their keys are their own: declare the public one) */
  readonly roadWarriors?: readonly RoadWarriorNode[];
  /** seconds between keepalives a peer without an endpoint sends to keep NAT open; @default 25 */
  readonly keepalive?: number;
}

/** A network: a LAN segment ("lan") or a WireGuard overlay ("overlay"); the type says which, so iface() takes only LANs and peer() only overlays. */
export interface NetworkNode<T extends "lan" | "overlay" = "lan" | "overlay"> extends Declared {
  readonly kind: "network";
  readonly type: T;
  readonly name: string;
  readonly ipv4: Ipv4Need | undefined;
  /** overlay only */
  readonly port: number;
  readonly keepalive: number;
  readonly roadWarriors: readonly RoadWarriorNode[];
}

/** A peer of an overlay that is not a machine of the site: a laptop, a phone. */
export interface RoadWarriorNode extends Declared {
  readonly kind: "road-warrior";
  readonly name: string;
  /** its WireGuard public key (base64, 44 characters); the private key never leaves the device */
  readonly publicKey: string | undefined;
}

/** A machine's place on a LAN: the interface it uses there. */
export interface InterfaceNode extends Declared {
  readonly kind: "interface";
  readonly network: NetworkNode<"lan">;
  /** the kernel's name of the interface on the machine, e.g. "enp3s0" */
  readonly name: string;
  /** "auto": an address from site.lock.json (default when the network has IPv4); "dhcp"; or a fixed address */
  readonly ipv4: "auto" | "dhcp" | string | undefined;
  /** when set, `name` is a bridge hearth creates, with these interfaces as its ports (containers and VMs join it later) */
  readonly bridge: readonly string[];
}

/** A machine's membership of an overlay. */
export interface PeerNode extends Declared {
  readonly kind: "peer";
  readonly network: NetworkNode<"overlay">;
  /** host:port others dial; @default its address on a LAN it shares with them */
  readonly endpoint: string | undefined;
  /** "kernel" (the wireguard module) or "userspace" (wireguard-go, for kernels without it); @default "kernel" */
  readonly implementation: "kernel" | "userspace";
}

export type Membership = InterfaceNode | PeerNode;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
export const isIpv4 = (s: unknown): s is string => typeof s === "string" && IPV4.test(s);

/** "10.42.0.0/16" with the host bits zero; problems otherwise. */
export function checkIpv4Cidr(cidr: unknown, what: string): string[] {
  if (typeof cidr !== "string") return [`${what} must be an IPv4 CIDR such as "10.42.0.0/16", got ${JSON.stringify(cidr)}`];
  const [ip, len, ...rest] = cidr.split("/");
  const n = Number(len);
  if (rest.length > 0 || !isIpv4(ip) || !/^\d+$/.test(len ?? "") || n > 32)
    return [`${what} ${JSON.stringify(cidr)} is not an IPv4 CIDR such as "10.42.0.0/16"`];
  const value = ip!.split(".").reduce((a, o) => a * 256 + Number(o), 0);
  const hostBits = 2 ** (32 - n);
  if (value % hostBits !== 0) return [`${what} ${JSON.stringify(cidr)} has host bits set; the network is ${ipv4String(value - (value % hostBits))}/${n}`];
  return [];
}

export const ipv4String = (v: number): string => [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join(".");

function checkIpv4Need(ipv4: unknown): string[] {
  if (ipv4 === undefined) return [];
  if (typeof ipv4 !== "object" || ipv4 === null) return [`ipv4 must be { size: 24 } or { subnet: "192.168.1.0/24" }`];
  if ("size" in ipv4) {
    const size = (ipv4 as { size: unknown }).size;
    return typeof size === "number" && Number.isInteger(size) && size >= 8 && size <= 30 ? [] : [`ipv4.size is a prefix length from 8 to 30, got ${JSON.stringify(size)}`];
  }
  if ("subnet" in ipv4) return checkIpv4Cidr((ipv4 as { subnet: unknown }).subnet, "ipv4.subnet");
  return [`ipv4 must be { size: 24 } or { subnet: "192.168.1.0/24" }`];
}

// an interface name is at most 15 bytes; the overlay's is "wg-" + its name
const MAX_OVERLAY_NAME = 12;

function makeNetwork<T extends "lan" | "overlay">(type: T, name: string, props: OverlayProps | undefined): NetworkNode<T> {
  const port = props?.port ?? 51820;
  const keepalive = props?.keepalive ?? 25;
  const roadWarriors = props?.roadWarriors ?? [];
  return {
    kind: "network",
    type,
    name,
    ipv4: props?.ipv4,
    port,
    keepalive,
    roadWarriors,
    at: callerLocation(),
    problems: [
      ...checkDnsLabel(name, "network name"),
      ...(type === "overlay" && typeof name === "string" && name.length > MAX_OVERLAY_NAME
        ? [`overlay name "${name}" is longer than ${MAX_OVERLAY_NAME} characters (its interface, wg-${name}, must fit in 15)`]
        : []),
      ...checkIpv4Need(props?.ipv4),
      ...(Number.isInteger(port) && port > 0 && port < 65536 ? [] : [`port must be a UDP port from 1 to 65535, got ${JSON.stringify(port)}`]),
      ...(Number.isInteger(keepalive) && keepalive >= 0 && keepalive < 65536 ? [] : [`keepalive is seconds from 0 (off) to 65535, got ${JSON.stringify(keepalive)}`]),
      ...(Array.isArray(roadWarriors) ? roadWarriors.flatMap((r, i) => (r?.kind === "road-warrior" ? [] : [`roadWarriors[${i}] is not made with roadWarrior()`])) : ["roadWarriors must be a list"]),
    ],
  };
}

/** A LAN: machines join it with `iface(lan, { name: "eth0" })`. IPv6 ULA always; IPv4 when `ipv4` says so. */
export const network = (name: string, props?: NetworkProps): NetworkNode<"lan"> => makeNetwork("lan", name, props);

/** A WireGuard overlay: machines join it with `peer(overlay)`; each gets a key pair of its own from `hearth facts`. */
export const overlay = (name: string, props?: OverlayProps): NetworkNode<"overlay"> => makeNetwork("overlay", name, props);

const WG_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw480]=$/;
export const isWireguardKey = (s: unknown): boolean => typeof s === "string" && WG_KEY.test(s);

/** A road-warrior peer of an overlay; `publicKey` is what `wg pubkey` (or the WireGuard app) shows. */
export function roadWarrior(name: string, props?: { readonly publicKey?: string }): RoadWarriorNode {
  const publicKey = props?.publicKey;
  return {
    kind: "road-warrior",
    name,
    publicKey,
    at: callerLocation(),
    problems: [
      ...checkDnsLabel(name, "road warrior name"),
      ...(publicKey === undefined || isWireguardKey(publicKey) ? [] : [`publicKey of "${name}" is not a WireGuard key (44 characters of base64, as \`wg pubkey\` prints)`]),
    ],
  };
}

const IFNAME = /^[A-Za-z0-9_.:-]{1,15}$/;

export interface InterfaceProps {
  /** the interface's name on the machine, e.g. "enp3s0"; with `bridge`, the bridge's name, e.g. "br-lan" */
  readonly name: string;
  /** @default "auto" when the network has IPv4 */
  readonly ipv4?: "auto" | "dhcp" | string;
  /** make `name` a bridge with these interfaces as its ports, e.g. ["enp3s0"] */
  readonly bridge?: readonly string[];
}

/** A machine joins a LAN through one of its interfaces, or through a bridge over some of them. */
export function iface(network: NetworkNode<"lan">, props: InterfaceProps): InterfaceNode {
  const ipv4 = props?.ipv4;
  const bridge = props?.bridge ?? [];
  return {
    kind: "interface",
    network,
    name: props?.name,
    ipv4,
    bridge,
    at: callerLocation(),
    problems: [
      ...(Array.isArray(bridge) ? bridge : [bridge]).filter((p) => typeof p !== "string" || !IFNAME.test(p) || p === props?.name).map((p) => `bridge port ${JSON.stringify(p)} must be another interface's name, 1 to 15 characters`),
      ...(network?.kind === "network" && network.type === "lan" ? [] : ["iface() joins a network made with network(); join an overlay with peer()"]),
      ...(typeof props?.name === "string" && IFNAME.test(props.name) ? [] : [`interface name ${JSON.stringify(props?.name)} must be 1 to 15 characters, no "/" or spaces`]),
      ...(ipv4 === undefined || ipv4 === "auto" || ipv4 === "dhcp" || isIpv4(ipv4) ? [] : [`ipv4 must be "auto", "dhcp" or an address such as "192.168.1.10", got ${JSON.stringify(ipv4)}`]),
    ],
  };
}

/** A machine joins an overlay. */
export function peer(network: NetworkNode<"overlay">, props?: { readonly endpoint?: string; readonly implementation?: "kernel" | "userspace" }): PeerNode {
  const implementation = props?.implementation ?? "kernel";
  const endpoint = props?.endpoint;
  return {
    kind: "peer",
    network,
    endpoint,
    implementation,
    at: callerLocation(),
    problems: [
      ...(network?.kind === "network" && network.type === "overlay" ? [] : ["peer() joins an overlay made with overlay(); join a LAN with iface()"]),
      ...(implementation === "kernel" || implementation === "userspace" ? [] : [`implementation must be "kernel" or "userspace", got ${JSON.stringify(implementation)}`]),
      ...(endpoint === undefined || /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(endpoint) ? [] : [`endpoint must be "host:port" or "[v6]:port", got ${JSON.stringify(endpoint)}`]),
    ],
  };
}

/** Ports a machine opens in its firewall, and to which networks. */
export interface AllowNode extends Declared {
  readonly kind: "allow";
  readonly tcp: readonly number[];
  readonly udp: readonly number[];
  /** the networks that may connect, or "any" (every interface, the Internet included) */
  readonly from: readonly NetworkNode[] | "any";
}

const isPort = (p: unknown): boolean => typeof p === "number" && Number.isInteger(p) && p > 0 && p < 65536;

/** Opens ports in the machine's firewall (default deny inbound): allow({ tcp: [80, 443], from: [lan] }). */
export function allow(props: { readonly tcp?: readonly number[]; readonly udp?: readonly number[]; readonly from: readonly NetworkNode[] | "any" }): AllowNode {
  const tcp = props?.tcp ?? [];
  const udp = props?.udp ?? [];
  const from = props?.from;
  return {
    kind: "allow",
    tcp,
    udp,
    from,
    at: callerLocation(),
    problems: [
      ...[...tcp, ...udp].filter((p) => !isPort(p)).map((p) => `port ${JSON.stringify(p)} is not a port from 1 to 65535`),
      ...(tcp.length + udp.length === 0 ? ["allow() opens no port: give tcp: [...] or udp: [...]"] : []),
      ...(from === "any" || (Array.isArray(from) && from.length > 0 && from.every((n) => n?.kind === "network"))
        ? []
        : ['from must be a list of networks (made with network() or overlay()) or "any"']),
    ],
  };
}

/** A name the machine answers for in DNS: publish("www") on machine web is www.web.<site domain>. */
export interface PublishNode extends Declared {
  readonly kind: "publish";
  readonly name: string;
}

export function publish(name: string): PublishNode {
  return { kind: "publish", name, at: callerLocation(), problems: checkDnsLabel(name, "published name") };
}

/** What a machine does for the DNS tree beyond answering for itself. */
export interface RouterProps {
  /** resolvers the router forwards names outside the site to, e.g. ["9.9.9.9"] */
  readonly upstream: readonly string[];
}
