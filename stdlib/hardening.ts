/**
 * hearth's base hardening profile: the sandbox every service a site defines runs in, unless it
 * says otherwise. Drop-ins for distro units and other unit types are left alone.
 *
 * - A service opts out of one setting by setting that directive itself in its Service section
 *   (`ProtectHome: false`, `RestrictAddressFamilies: ["AF_UNIX", "AF_NETLINK"]`): its value
 *   replaces the profile's, lists included, so every opt-out is visible in site.ts.
 * - `service(name, { hardening: false, … })` turns the whole profile off.
 *
 * The settings are those systemd.exec(5) and `systemd-analyze security` recommend for most
 * services, chosen to work together and with DynamicUser= (which already implies
 * ProtectSystem=strict, ProtectHome=read-only, PrivateTmp=, NoNewPrivileges=, RestrictSUIDSGID=
 * and RemoveIPC=; the profile states them anyway, so services with User= or running as root get
 * them too). A service with the whole profile scores about 1.2 (DynamicUser=) or 1.6 (root) in
 * `systemd-analyze security`, well under the default budget of 5.
 *
 * Deliberately not in the profile, because they break ordinary services: PrivateNetwork= and
 * IPAddressDeny= (most services talk to the network), PrivateUsers= (a root service would lose
 * its privileges over host files), ProcSubset=pid (hides /proc/loadavg, /proc/meminfo,
 * /proc/cpuinfo, which many programs read), DynamicUser= (which user a service runs as, and who
 * owns its state, is the service's decision), SystemCallFilter=~@network-io and the like.
 */
import type { ServiceSection } from "../dsl/directives.ts";
import { isPlainObject } from "../dsl/directive-values.ts";
import { reset } from "../dsl/reset.ts";

/** The comment written above the profile's settings in a rendered unit. */
export const HARDENING_COMMENT = "# hearth base hardening (stdlib/hardening.ts)";

/** The profile, in the order its settings are written. */
export const BASE_HARDENING = {
  // The OS tree (/usr, /boot, /efi, /etc) is read-only: a service writes only where it says so
  // (StateDirectory=, CacheDirectory=, LogsDirectory=, RuntimeDirectory=, ReadWritePaths=).
  ProtectSystem: "strict",
  // /home, /root and /run/user are empty: a system service has no business with people's files.
  // Stronger than the read-only DynamicUser= implies.
  ProtectHome: true,
  // Its own /tmp and /var/tmp: no races with or leaks to other services through shared temp files.
  PrivateTmp: true,
  // A /dev with pseudo devices only (null, zero, random, tty…): no disks or hardware; also drops
  // CAP_MKNOD and CAP_SYS_RAWIO. Not applied when the service lists devices with DeviceAllow=.
  PrivateDevices: true,
  // Mounts the service makes stay in its own namespace (the settings above create one anyway).
  PrivateMounts: true,
  // setuid/setgid binaries and file capabilities cannot raise privileges (sudo, su, ping's caps).
  NoNewPrivileges: true,
  // /proc/sys, /sys and friends are read-only: no changing kernel settings at runtime.
  ProtectKernelTunables: true,
  // No loading kernel modules (and no reading /usr/lib/modules).
  ProtectKernelModules: true,
  // No reading or writing the kernel log (/dev/kmsg, /proc/kmsg, syslog()).
  ProtectKernelLogs: true,
  // The cgroup tree is read-only: only a container manager needs to write it (it opts out).
  ProtectControlGroups: true,
  // No setting the system or hardware clock (implies DeviceAllow=char-rtc r).
  ProtectClock: true,
  // No changing the host or domain name.
  ProtectHostname: true,
  // Other users' processes are invisible in /proc. /proc's system files stay readable, which is
  // why ProcSubset=pid is not set.
  ProtectProc: "invisible",
  // Local and Internet sockets only: no raw packets (AF_PACKET), netlink or exotic families.
  // Tools that read interfaces or routes need AF_NETLINK and opt out with their own list.
  RestrictAddressFamilies: ["AF_UNIX AF_INET AF_INET6"],
  // No new namespaces of any kind (user namespaces are a common way into kernel bugs).
  RestrictNamespaces: true,
  // No realtime scheduling, with which a service could starve the machine.
  RestrictRealtime: true,
  // No creating setuid/setgid files.
  RestrictSUIDSGID: true,
  // No switching the execution domain (personality()).
  LockPersonality: true,
  // No memory both writable and executable. JIT runtimes (node, java, luajit, PCRE's JIT) need
  // it and opt out with MemoryDenyWriteExecute: false.
  MemoryDenyWriteExecute: true,
  // SysV IPC objects and POSIX message queues of the service's user go away when it stops (no
  // effect for root).
  RemoveIPC: true,
  // Native system calls only: no 32-bit compatibility ABI, an old source of kernel bugs.
  SystemCallArchitectures: ["native"],
  // systemd's allow list for ordinary services, minus privileged and resource-control calls, as
  // systemd.exec(5) recommends.
  SystemCallFilter: ["@system-service", "~@privileged @resources"],
  // A refused system call fails with EPERM instead of killing the process: programs that probe
  // for a call (chown, setpriority) carry on, as they would for an unprivileged user.
  SystemCallErrorNumber: "EPERM",
  // No capabilities at all, even as root. A service that sets AmbientCapabilities= gets exactly
  // those as its bounding set; one that needs more sets CapabilityBoundingSet= itself.
  CapabilityBoundingSet: [reset],
  // Files the service creates are private to its user unless it says otherwise.
  UMask: 0o077,
} as const satisfies ServiceSection;

/** A directive of the profile. */
export type HardeningDirective = keyof typeof BASE_HARDENING;

/** A Service section as the DSL stores it. */
type ServiceBody = Readonly<Record<string, unknown>>;

export interface HardenedService {
  /** the service's own directives, in its order, then the profile's settings it did not set */
  readonly service: ServiceBody;
  /** the profile's settings applied to it, in profile order */
  readonly applied: ServiceBody;
  /** profile directives the service set itself: its value is kept */
  readonly overridden: readonly HardeningDirective[];
  /** profile directives left out because of another directive the service set, with why */
  readonly skipped: readonly { readonly directive: HardeningDirective; readonly because: string }[];
}

const isSet = (body: ServiceBody, key: string): boolean => body[key] !== undefined;

/**
 * Merges the base hardening profile under a service's own Service section. Pure: the service's
 * values always win, key by key; lists replace the profile's rather than add to it.
 */
export function hardenService(service: ServiceBody | undefined): HardenedService {
  const own: ServiceBody = isPlainObject(service) ? service : {};
  const applied: Record<string, unknown> = {};
  const overridden: HardeningDirective[] = [];
  const skipped: { directive: HardeningDirective; because: string }[] = [];
  for (const [key, value] of Object.entries(BASE_HARDENING) as [HardeningDirective, unknown][]) {
    if (isSet(own, key)) {
      overridden.push(key);
      continue;
    }
    if (key === "PrivateDevices" && isSet(own, "DeviceAllow")) {
      skipped.push({ directive: key, because: "the service lists its devices with DeviceAllow=" });
      continue;
    }
    // ambient capabilities outside the bounding set are dropped, so the two must agree
    applied[key] = key === "CapabilityBoundingSet" && isSet(own, "AmbientCapabilities") ? own["AmbientCapabilities"] : value;
  }
  return { service: { ...own, ...applied }, applied, overridden, skipped };
}
