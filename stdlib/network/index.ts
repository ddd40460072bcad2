// A machine's network plan as layer items: networkd files, the overlay's units,
// the DNS server and resolver configuration, the firewall. Built from dsl/ only;
// the compiler (compiler/network/) decides the plan, this turns it into files.
import type { MachineNetworkPlan } from "../../compiler/network/model.ts";
import { packages } from "../../dsl/health.ts";
import type { LayerItem } from "../../dsl/nodes.ts";
import { dnsItems } from "./dns.ts";
import { firewallItems } from "./firewall.ts";
import { networkdItems } from "./networkd.ts";
import { wireguardItems } from "./wireguard.ts";

/**
 * Everything the plan needs on the machine. `waiting` are packages a machine needs
 * before its plan is complete (wireguard-tools, so `hearth facts` can make its key).
 */
export function networkItems(plan: MachineNetworkPlan | undefined, waiting: readonly string[]): LayerItem[] {
  return [
    ...(waiting.length > 0 ? [packages(...waiting)] : []),
    ...(plan ? [...networkdItems(plan), ...wireguardItems(plan), ...dnsItems(plan), ...firewallItems(plan)] : []),
  ];
}
