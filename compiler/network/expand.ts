// A machine's items with its network: its own layers expanded (seeing its
// addresses as m.networks), then the layer the network plan renders, which goes
// through the same checks as anything a user writes.
import type { Facts, Layer, LayerItem, Machine } from "../../dsl/nodes.ts";
import { networkItems } from "../../stdlib/network/index.ts";
import type { EvaluatedSite } from "../evaluate.ts";
import { expandLayers, type ExpandedLayers } from "../layers.ts";
import { machineNetworkPlan } from "./machine-plan.ts";
import type { MachineAddressing } from "./site-network.ts";

const NETWORK_LAYER = "hearth-network";

export function expandMachine(ev: EvaluatedSite, machine: Machine, facts: Facts, addressing: MachineAddressing | undefined): ExpandedLayers {
  const own = expandLayers(ev, machine, facts, addressing?.context ?? {});
  if (!addressing) return own;
  const { plan, diagnostics } = machineNetworkPlan(ev.site, machine, addressing, own.items, ev.place);
  // generated items point at the machine's declaration: its networks are declared there
  const body: LayerItem[] = networkItems(plan, addressing.packages).map((item) => ({ ...item, at: machine.at }));
  if (body.length === 0) return { ...own, diagnostics: [...own.diagnostics, ...diagnostics] };
  const layer: Layer = { kind: "layer", name: NETWORK_LAYER, body, at: machine.at, problems: [] };
  const net = expandLayers(ev, { ...machine, layers: [layer] }, facts);
  return { items: [...own.items, ...net.items], layers: [...own.layers, ...net.layers], diagnostics: [...own.diagnostics, ...diagnostics, ...net.diagnostics] };
}
