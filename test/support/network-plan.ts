// Hand-made network plans (what compiler/network decides for a machine), and a site whose one
// layer is what the stdlib/network renderers make of a plan, compiled like any other site.
import { join } from "node:path";
import type { MachineNetworkPlan, WireguardPlan } from "../../compiler/network/model.ts";
import { compileSite, type CompileOptions, type CompileResult } from "../../compiler/compile.ts";
import { networkdItems } from "../../stdlib/network/networkd.ts";
import { wireguardItems } from "../../stdlib/network/wireguard.ts";
import { tempSite } from "./temp-site.ts";

const at = { file: "/site/site.ts", line: 1, column: 1 };

/** Public keys as `wg pubkey` prints them. */
export const KEYS = {
  router: "HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=",
  web: "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=",
  nas: "tl8JSaJHTXUCAgYM977Tuzxc8cXszTrKqbYjKQNGICw=",
} as const;

/** nas on overlay `network`: the router has an endpoint (nas, behind NAT, keeps it open), web has none. */
export function overlayPlan(network: string, implementation: WireguardPlan["implementation"], changes: Partial<WireguardPlan> = {}): WireguardPlan {
  return {
    network,
    ifname: `wg-${network}`,
    port: 51820,
    implementation,
    privateKeyPath: `/var/lib/hearth/wireguard/${network}.key`,
    peers: [
      { name: "web", publicKey: KEYS.web, endpoint: undefined, allowedIps: ["fd12:3456:789a:2::3/128", "10.42.1.3/32"], keepalive: undefined },
      { name: "router", publicKey: KEYS.router, endpoint: "192.168.1.1:51820", allowedIps: ["fd12:3456:789a:2::1/128", "10.42.1.1/32"], keepalive: 25 },
    ],
    pending: ["phone", "laptop"],
    at,
    ...changes,
  };
}

/** nas: on the LAN "home" (DHCP for IPv4) and on the overlays given. */
export function machinePlan(overlays: readonly WireguardPlan[]): MachineNetworkPlan {
  return {
    machine: "nas",
    interfaces: [
      ...overlays.map((o, i) => ({
        network: o.network,
        type: "overlay" as const,
        ifname: o.ifname,
        addresses: [{ ip: `fd12:3456:789a:${i + 2}::2`, prefix: 64 }, { ip: `10.42.${i + 1}.2`, prefix: 24 }],
        dhcp4: false,
        bridgePorts: [],
        dns: { servers: [], domains: [] },
        subnets: [],
        at,
      })),
      { network: "home", type: "lan", ifname: "enp3s0", addresses: [{ ip: "fd12:3456:789a:1::2", prefix: 64 }], dhcp4: true, bridgePorts: [], dns: { servers: ["fd12:3456:789a:1::1"], domains: ["router.home.arpa"] }, subnets: [], at },
    ],
    wireguard: overlays,
    dns: undefined,
    firewall: undefined,
  };
}

/** How the site reaches the renderers and the plan: this process's own modules, as a site's "hearth" import is. */
const GLOBAL = "__hearthNetworkPlanTest";

let previous: Promise<unknown> = Promise.resolve();

/**
 * Compiles a site whose machine "nas" has one layer: networkdItems(plan) and wireguardItems(plan).
 * Calls run one after another, since the plan is handed over in a global.
 */
export function compilePlan(plan: MachineNetworkPlan, options: Partial<CompileOptions> = {}): Promise<CompileResult & { dir: string }> {
  const next = previous.then(() => compileNow(plan, options));
  previous = next.catch(() => undefined);
  return next;
}

async function compileNow(plan: MachineNetworkPlan, options: Partial<CompileOptions>): Promise<CompileResult & { dir: string }> {
  const { dir, sitePath } = tempSite(`import { layer, machine, site } from "hearth";
const t = (globalThis as any).${GLOBAL};
const net = layer("net", () => [...t.networkdItems(t.plan), ...t.wireguardItems(t.plan)]);
export default site({ name: "t", domain: "t.test", machines: [machine("nas", { layers: [net] })] });
`);
  (globalThis as Record<string, unknown>)[GLOBAL] = { networkdItems, wireguardItems, plan };
  try {
    // scores in memory only: a test leaves the user's cache alone
    const result = await compileSite({ sitePath, outDir: join(dir, "out"), write: false, exposure: { cacheFile: null }, ...options });
    return { ...result, dir };
  } finally {
    delete (globalThis as Record<string, unknown>)[GLOBAL];
  }
}
