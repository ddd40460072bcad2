// The site, its machines and the layers they are built from.
import { callerLocation } from "./location.ts";
import type { Facts, Layer, LayerBody, Machine, MachineContext, Site } from "./nodes.ts";
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
}

export function machine(name: string, props: MachineProps): Machine {
  const layers = Array.isArray(props?.layers) ? props.layers : [];
  return {
    kind: "machine",
    name,
    ssh: props?.ssh,
    facts: props?.facts ?? {},
    layers,
    at: callerLocation(),
    problems: [
      ...checkDnsLabel(name, "machine name"),
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
    at: callerLocation(),
    problems: [
      ...(props?.maxExposure === undefined || (typeof props.maxExposure === "number" && props.maxExposure >= 0 && props.maxExposure <= 10)
        ? []
        : [`maxExposure must be a number from 0 to 10, got ${JSON.stringify(props.maxExposure)}`]),
      ...checkDnsLabel(props?.name, "site name"),
      ...checkDomain(props?.domain),
      ...machines.flatMap((m, i) => (m?.kind === "machine" ? [] : [`machines[${i}] is not a machine (made with machine())`])),
    ],
  };
}
