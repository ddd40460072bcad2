// A service the distribution ships (nginx, postgres, redis …), configured and
// hardened by hearth with one drop-in: its configuration files are hearth's,
// mounted read-only over the distribution's paths, and it may write only where
// it says. Not for services whose children are user sessions (sshd, getty,
// cron): they would inherit the read-only file system.
import type { ServiceSection, UnitSection } from "../dsl/directives.ts";
import { distro } from "../dsl/distro.ts";
import type { TargetPath } from "../dsl/files.ts";
import type { LayerItem } from "../dsl/nodes.ts";
import { dropin } from "../dsl/units.ts";
import { BASE_HARDENING } from "./hardening.ts";

/** A path as ReadWritePaths= takes it. */
type WritablePath = Extract<NonNullable<ServiceSection["ReadWritePaths"]>, string>;

export interface DistroServiceOptions {
  /** distribution path → hearth file mounted read-only over it, e.g. { "/etc/nginx/nginx.conf": "/usr/local/etc/nginx/nginx.conf" } */
  readonly config?: Readonly<Record<string, TargetPath>>;
  /** the only places the service may write (everything else is read-only), e.g. ["/var/lib/nginx", "/var/log/nginx"] */
  readonly writable?: readonly WritablePath[];
  /** more [Unit] settings */
  readonly Unit?: UnitSection;
  /** more [Service] settings; they win over the sandbox below */
  readonly Service?: ServiceSection;
  /** reload (ExecReload= of the distribution's unit) instead of restart when only config changed; @default false */
  readonly reload?: boolean;
  /** the drop-in's name: <unit>.d/<name>.conf; @default "hearth" */
  readonly name?: string;
}

/**
 * The sandbox a distribution's daemon gets: the parts of hearth's base profile that do not
 * depend on how it runs (its user, the address families and system calls it needs).
 */
const SANDBOX = Object.fromEntries(
  (["ProtectSystem", "ProtectHome", "PrivateTmp", "PrivateDevices", "NoNewPrivileges", "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs", "ProtectControlGroups"] as const).map((k) => [k, BASE_HARDENING[k]]),
) as ServiceSection;

/** The distribution's `unit`, declared as provided, with hearth's config mounted over its own and writes only where declared. */
export function distroService(unit: `${string}.service`, options: DistroServiceOptions = {}): LayerItem[] {
  const mounts = Object.entries(options.config ?? {}).map(([distroPath, hearthFile]) => `${hearthFile}:${distroPath}`);
  return [
    distro({ units: [unit] }),
    dropin(unit, options.name ?? "hearth", {
      ...(options.Unit ? { Unit: options.Unit } : {}),
      Service: {
        ...SANDBOX,
        ...(mounts.length > 0 ? { BindReadOnlyPaths: mounts } : {}),
        ...(options.writable && options.writable.length > 0 ? { ReadWritePaths: [...options.writable] } : {}),
        ...options.Service,
      },
      ...(options.reload !== undefined ? { reload: options.reload } : {}),
    }),
  ];
}
