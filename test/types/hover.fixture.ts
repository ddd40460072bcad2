// Hovered by test/hover.test.ts through TypeScript's language server: each directive must show
// its description from the generated table, through service() and SectionsFor<>.
import type { SectionsFor } from "../../dsl/directives.ts";

// service()'s props are SectionsFor<"service"> plus hearth's options (dsl/units.ts).
const service = (_name: string, props: SectionsFor<"service">): SectionsFor<"service"> => props;

export const web = service("web", { Service: { ProtectSystem: "strict", ExecStart: ["/bin/true"] }, Unit: { After: ["network-online.target"] } });
export const lan: SectionsFor<"network"> = { Network: { DHCP: "ipv4" }, Route: [{ Gateway: "192.0.2.1" }] };
export const wg: SectionsFor<"netdev"> = { WireGuardPeer: { PersistentKeepalive: 25 } };
