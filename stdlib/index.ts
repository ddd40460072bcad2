// hearth's standard library: modules built only from the DSL, imported as "hearth/stdlib".
export { distroService } from "./distro-service.ts";
export type { DistroServiceOptions } from "./distro-service.ts";
export { BASE_HARDENING } from "./hardening.ts";
