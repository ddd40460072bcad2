// Hovered by test/hover.test.ts through TypeScript's language server: each directive must show
// its description from the generated table, through service() and SectionsFor<>.
import { service } from "../../dsl/units.ts";
import type { SectionsFor } from "../../dsl/directives.ts";

export const web = service("web", { Service: { ProtectSystem: "strict", ExecStart: ["/bin/true"] }, Unit: { After: ["network-online.target"] } });
export const lan: SectionsFor<"network"> = { Network: { DHCP: "ipv4" }, Route: [{ Gateway: "192.0.2.1" }] };
export const wg: SectionsFor<"netdev"> = { WireGuardPeer: { PersistentKeepalive: 25 } };
