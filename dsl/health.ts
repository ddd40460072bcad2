// Health checks and distro packages: what a layer needs from the machine, and how
// `hearth ship` knows the new generation works before it confirms it.
import { callerLocation } from "./location.ts";
import type { HealthCheck, HealthNode, PackagesNode } from "./nodes.ts";
import { checkUnitName } from "./validate.ts";

export interface CheckOptions {
  /** how long the check may keep failing after activation before it counts as failed; "10s", "1min" or seconds; @default "10s" */
  readonly timeout?: number | `${number}s` | `${number}min`;
}

function seconds(timeout: CheckOptions["timeout"]): { value: number; problems: string[] } {
  if (timeout === undefined) return { value: 10, problems: [] };
  const m = typeof timeout === "number" ? [String(timeout), String(timeout), "s"] : /^(\d+(?:\.\d+)?)(s|min)$/.exec(String(timeout));
  const value = m ? Number(m[1]) * (m[2] === "min" ? 60 : 1) : NaN;
  return Number.isFinite(value) && value > 0 && value <= 3600
    ? { value, problems: [] }
    : { value: 10, problems: [`check timeout ${JSON.stringify(timeout)} must be a number of seconds, "30s" or "2min", at most an hour`] };
}

function healthNode(check: HealthCheck, options: CheckOptions | undefined, problems: string[]): HealthNode {
  const timeout = seconds(options?.timeout);
  return { kind: "health", check, timeout: timeout.value, at: callerLocation(), problems: [...problems, ...timeout.problems] };
}

const validPort = (port: unknown): boolean => Number.isInteger(port) && (port as number) > 0 && (port as number) < 65536;

/** Checks `hearth ship` runs on the machine after activating a generation; all must pass before it confirms. */
export const health = {
  /** the unit is active (`systemctl is-active`) */
  unit: (unit: string, options?: CheckOptions): HealthNode => healthNode({ type: "unit", unit }, options, checkUnitName(unit)),
  /** a TCP connection to host:port (default host 127.0.0.1, as seen from the machine) is accepted */
  tcp: (port: number, options?: CheckOptions & { readonly host?: string }): HealthNode =>
    healthNode({ type: "tcp", host: options?.host ?? "127.0.0.1", port }, options, validPort(port) ? [] : [`health.tcp(): port ${JSON.stringify(port)} must be 1–65535`]),
  /** an HTTP GET of the URL, made from the machine itself, answers 2xx (or `status`) */
  http: (url: string, options?: CheckOptions & { readonly status?: number }): HealthNode => {
    const m = /^http:\/\/([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
    const port = m?.[2] ? Number(m[2]) : 80;
    return healthNode(
      { type: "http", host: m?.[1] ?? "", port, path: m?.[3] ?? "/", ...(options?.status ? { status: options.status } : {}) },
      options,
      m && validPort(port) ? [] : [`health.http(): ${JSON.stringify(url)} must be an http:// URL such as "http://127.0.0.1:8080/health" (https is not checked)`],
    );
  },
  /** the command (argv, run as root on the machine) exits 0 */
  command: (argv: readonly string[], options?: CheckOptions): HealthNode =>
    healthNode(
      { type: "command", argv },
      options,
      Array.isArray(argv) && argv.length > 0 && argv.every((a) => typeof a === "string") ? [] : ["health.command() needs an argv list such as [\"/usr/local/bin/app\", \"--selftest\"]"],
    ),
};

const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;

/** Debian packages this layer relies on; the installer refuses to switch while any is missing. */
export function packages(...names: string[]): PackagesNode {
  return {
    kind: "packages",
    names,
    at: callerLocation(),
    problems: names.filter((n) => typeof n !== "string" || !PACKAGE.test(n)).map((n) => `${JSON.stringify(n)} is not a Debian package name (lowercase letters, digits and "+-.")`),
  };
}
