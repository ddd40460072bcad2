// What the distribution provides on a machine: units and programs hearth does
// not ship but units may name (After=nginx.service, ExecStart=/usr/sbin/nginx).
// The compiler checks every unit and program a unit uses against what the
// generation ships, what systemd itself ships, and these declarations.
import { callerLocation } from "./location.ts";
import type { DistroNode } from "./nodes.ts";
import { checkUnitName } from "./validate.ts";

export interface DistroProvides {
  /** unit names, e.g. "nginx.service" */
  readonly units?: readonly string[];
  /** absolute paths of programs, e.g. "/usr/sbin/nginx" */
  readonly binaries?: readonly string[];
}

/** Declares units and programs the distribution provides (usually with the packages() that bring them). */
export function distro(provides: DistroProvides): DistroNode {
  const units = provides?.units ?? [];
  const binaries = provides?.binaries ?? [];
  return {
    kind: "distro",
    units,
    binaries,
    at: callerLocation(),
    problems: [
      ...units.flatMap((u) => checkUnitName(u)),
      ...binaries.filter((b) => typeof b !== "string" || !b.startsWith("/") || /\s/.test(b)).map((b) => `distro binary ${JSON.stringify(b)} must be an absolute path without whitespace`),
    ],
  };
}
