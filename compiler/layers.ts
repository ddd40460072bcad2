// Expands a machine's layers, in order, into the flat list of items it gets.
// A layer included twice (directly or through other layers) counts once.
import type { AllowNode, PublishNode } from "../dsl/network.ts";
import type { DistroNode, DropinNode, Facts, FileNode, DirNode, HealthNode, Layer, LayerItem, LinkNode, Machine, MachineContext, PackagesNode, Site, TreeNode, UnitNode } from "../dsl/nodes.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { EvaluatedSite } from "./evaluate.ts";

export type LeafItem = FileNode | TreeNode | LinkNode | DirNode | UnitNode | DropinNode | HealthNode | PackagesNode | DistroNode | AllowNode | PublishNode;

export interface PlacedItem {
  readonly item: LeafItem;
  /** the layer that produced it */
  readonly layer: Layer;
}

export const machineContext = (site: Site, machine: Machine, facts: Facts, networks: MachineContext["networks"] = {}): MachineContext => ({
  name: machine.name,
  ssh: machine.ssh,
  facts,
  site: { name: site.name, domain: site.domain },
  fqdn: `${machine.name}.${site.domain}`,
  networks,
});

const LEAF_KINDS = new Set(["file", "tree", "link", "dir", "unit", "dropin", "health", "packages", "distro", "allow", "publish"]);

/** A machine's layers, expanded: its items in layer order, the layers in order, and what went wrong. */
export interface ExpandedLayers {
  readonly items: PlacedItem[];
  readonly layers: Layer[];
  readonly diagnostics: Diagnostic[];
}

export function expandLayers(ev: EvaluatedSite, machine: Machine, facts: Facts, networks: MachineContext["networks"] = {}): ExpandedLayers {
  const ctx = machineContext(ev.site, machine, facts, networks);
  const items: PlacedItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<Layer>();
  const byName = new Map<string, Layer>();
  const order: Layer[] = [];

  const visit = (layer: Layer): void => {
    if (seen.has(layer)) return;
    seen.add(layer);
    const other = byName.get(layer.name);
    if (other) {
      diagnostics.push({
        severity: "error",
        message: `two different layers are named "${layer.name}"`,
        at: ev.place(layer.at),
        related: [
          { message: "first", at: ev.place(other.at) },
          { message: "second", at: ev.place(layer.at) },
        ],
        hint: "give each layer its own name",
        machine: machine.name,
      });
    }
    byName.set(layer.name, layer);
    order.push(layer);
    let body: unknown;
    try {
      body = typeof layer.body === "function" ? layer.body(ctx) : layer.body;
    } catch (error) {
      diagnostics.push({
        severity: "error",
        message: `layer "${layer.name}" threw: ${error instanceof Error ? error.message : String(error)}`,
        at: ev.placeOfError(error) ?? ev.place(layer.at),
        machine: machine.name,
      });
      return;
    }
    const walk = (value: unknown): void => {
      if (value === false || value === null || value === undefined) return;
      if (Array.isArray(value)) return value.forEach(walk);
      const kind = (value as { kind?: unknown }).kind;
      if (kind === "layer") return visit(value as Layer);
      if (typeof kind === "string" && LEAF_KINDS.has(kind)) {
        items.push({ item: value as LeafItem, layer });
        return;
      }
      diagnostics.push({
        severity: "error",
        message: `layer "${layer.name}" contains ${JSON.stringify(value)?.slice(0, 60) ?? typeof value}, which is not a file, unit, drop-in or layer`,
        at: ev.place(layer.at),
        hint: "return only values made with file(), tree(), link(), dir(), service() and friends, dropin(), health.*(), packages(), distro() or layer()",
        machine: machine.name,
      });
    };
    walk(body);
  };

  for (const layer of machine.layers) visit(layer as LayerItem as Layer);
  return { items, layers: order, diagnostics };
}
