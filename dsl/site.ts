// The site, its machines and the layers they are built from.
import { callerLocation } from "./location.ts";
import type { Facts, Layer, LayerBody, Machine, MachineContext, Site } from "./nodes.ts";
import { checkIpv4Cidr, type Membership, type RouterProps } from "./network.ts";
import { checkDnsLabel, checkDomain } from "./validate.ts";

/**
 * A named, reusable set of files, units and other layers. The body is a list, or a
 * function of the machine it is rendered for (templates are plain TypeScript).
 */
export function layer(name: string, body: LayerBody | ((machine: MachineContext) => LayerBody)): Layer {
  const ok = Array.isArray(body) || typeof body === "function";
  return {
    kind: "layer",
    name,
    body: ok ? body : [],
    at: callerLocation(),
    problems: [
      ...(typeof name === "string" && /^[A-Za-z0-9_.-]+$/.test(name) ? [] : [`layer name ${JSON.stringify(name)} must be letters, digits and "_.-"`]),
      ...(ok ? [] : [`layer "${name}" body must be a list of items or a function of the machine returning one`]),
    ],
  };
}

export interface MachineProps {
  /** ssh destination, e.g. "root@nas.home.arpa" */
  readonly ssh?: string;
  /** facts declared here; @default {} */
  readonly facts?: Facts;
  /** layers in order: later layers may override earlier ones where they say so */
  readonly layers: readonly Layer[];
  /** the LANs (iface(lan, { name })) and overlays (peer(overlay)) it joins; @default [] */
  readonly networks?: readonly Membership[];
  /** a router answers DNS names outside the site by forwarding them upstream */
  readonly router?: RouterProps;
  /** false: no firewall rendered for this machine; @default true when it joins a network */
  readonly firewall?: boolean;
}

function membershipProblems(name: string, networks: unknown): string[] {
  if (networks === undefined) return [];
  if (!Array.isArray(networks)) return [`machine "${name}" networks must be a list of iface(…) and peer(…)`];
  const problems = networks.flatMap((n, i) => (n?.kind === "interface" || n?.kind === "peer" ? [] : [`machine "${name}" networks[${i}] is not made with iface() or peer()`]));
  const seen = new Set<unknown>();
  for (const n of networks) {
    if (seen.has(n?.network)) problems.push(`machine "${name}" joins network "${n.network?.name}" twice`);
    seen.add(n?.network);
  }
  return problems;
}

function routerProblems(router: unknown): string[] {
  if (router === undefined) return [];
  const upstream = (router as RouterProps | null)?.upstream;
  return Array.isArray(upstream) && upstream.every((u) => typeof u === "string" && u.length > 0)
    ? []
    : ['router must be { upstream: ["9.9.9.9", …] }: the resolvers it forwards names outside the site to'];
}

export function machine(name: string, props: MachineProps): Machine {
  const layers = Array.isArray(props?.layers) ? props.layers : [];
  return {
    kind: "machine",
    name,
    ssh: props?.ssh,
    facts: props?.facts ?? {},
    layers,
    networks: Array.isArray(props?.networks) ? props.networks : [],
    router: props?.router,
    firewall: props?.firewall ?? true,
    at: callerLocation(),
    problems: [
      ...checkDnsLabel(name, "machine name"),
      ...membershipProblems(name, props?.networks),
      ...routerProblems(props?.router),
      ...(props?.firewall === undefined || typeof props.firewall === "boolean" ? [] : ["firewall must be true or false"]),
      ...(Array.isArray(props?.layers) ? [] : [`machine "${name}" needs layers: [...]`]),
      ...layers.flatMap((l, i) => (l?.kind === "layer" ? [] : [`machine "${name}" layers[${i}] is not a layer (made with layer())`])),
    ],
  };
}

export interface SiteProps {
  readonly name: string;
  /** the highest `systemd-analyze security` exposure score (0 best – 10 worst) a service may have; @default 5 */
  readonly maxExposure?: number;
  /** the DNS domain machines live under, e.g. "home.arpa" */
  readonly domain: string;
  readonly machines: readonly Machine[];
  /** IPv4 pools that networks with ipv4: { size } are numbered from (site.lock.json records it) */
  readonly ipv4?: { readonly pools: readonly string[]; readonly reserved?: readonly string[] };
  /** false: no DNS server or resolver configuration on any machine; @default true */
  readonly dns?: boolean;
}

/** The exposure budget of a site that does not set one: systemd-analyze calls 5 and less "OK"… and hearth's base hardening gets services well below it. */
export const DEFAULT_MAX_EXPOSURE = 5;

/** The whole site: `export default site({ … })` from site.ts. */
export function site(props: SiteProps): Site {
  const machines = Array.isArray(props?.machines) ? props.machines : [];
  return {
    kind: "site",
    name: props?.name,
    domain: props?.domain,
    machines,
    maxExposure: props?.maxExposure ?? DEFAULT_MAX_EXPOSURE,
    ipv4: { pools: props?.ipv4?.pools ?? [], reserved: props?.ipv4?.reserved ?? [] },
    dns: props?.dns ?? true,
    at: callerLocation(),
    problems: [
      ...(props?.ipv4 === undefined
        ? []
        : Array.isArray(props.ipv4.pools)
          ? [...props.ipv4.pools.flatMap((p) => checkIpv4Cidr(p, "ipv4 pool")), ...(props.ipv4.reserved ?? []).flatMap((r) => checkIpv4Cidr(r, "ipv4 reserved range"))]
          : ['ipv4 must be { pools: ["10.42.0.0/16"], reserved?: [...] }']),
      ...(props?.dns === undefined || typeof props.dns === "boolean" ? [] : ["dns must be true or false"]),
      ...(props?.maxExposure === undefined || (typeof props.maxExposure === "number" && props.maxExposure >= 0 && props.maxExposure <= 10)
        ? []
        : [`maxExposure must be a number from 0 to 10, got ${JSON.stringify(props.maxExposure)}`]),
      ...checkDnsLabel(props?.name, "site name"),
      ...checkDomain(props?.domain),
      ...machines.flatMap((m, i) => (m?.kind === "machine" ? [] : [`machines[${i}] is not a machine (made with machine())`])),
    ],
  };
}
