// hearth's public API: what site.ts imports from "hearth".
export { site, machine, layer } from "./site.ts";
export type { SiteProps, MachineProps } from "./site.ts";
export { file, fromFile, tree, link, dir } from "./files.ts";
export type { TargetPath, Owner, FileOptions, DiskFile } from "./files.ts";
export { service, socket, timer, pathUnit, mount, target, dropin } from "./units.ts";
export type { UnitProps } from "./units.ts";
export { automount, swap, slice } from "./units-more.ts";
export type { MoreUnitProps } from "./units-more.ts";
export { health, packages } from "./health.ts";
export { distro } from "./distro.ts";
export type { DistroProvides } from "./distro.ts";
export type { CheckOptions } from "./health.ts";
export { reset } from "./reset.ts";
export { literal } from "./literal.ts";
export type { Reset } from "./reset.ts";
export type * from "./directives.ts";
export type { Site, Machine, MachineContext, Facts, Layer, LayerItem, LayerBody, FileNode, UnitNode, DropinNode, Combine, ActivationOptions, SecurityOptions, HealthCheck } from "./nodes.ts";
