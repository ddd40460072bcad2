// Type-level fixtures for the directive types. Checked by `tsc -p test/types` in
// test/directives.test.ts: every `@ts-expect-error` line must be rejected (an unused one is
// itself an error), and every other line must be accepted.
import type {
  DropInSections, InstallSection, MountSections, PathSections, SectionsFor, ServiceSection,
  ServiceSections, SocketSections, TargetSections, TimerSections, UnitSectionsByType,
} from "../../dsl/directives.ts";
import { literal } from "../../dsl/literal.ts";
import { reset } from "../../dsl/reset.ts";

// ---- valid: a realistic hardened service
export const web: ServiceSections = {
  Unit: { Description: "web frontend for %i", After: ["network-online.target"], Wants: "network-online.target" },
  Service: {
    Type: "notify",
    ExecStartPre: [["/usr/local/bin/web", "--check"], ["-/bin/rm", "-f", "/run/web/stale"]],
    ExecStart: ["/usr/local/bin/web", "--config", "/usr/local/etc/web.toml", "--name=%n", "${EXTRA}"],
    ExecReload: ["/bin/kill", "-HUP", "$MAINPID"],
    Restart: "on-failure",
    RestartSec: 5,
    TimeoutStopSec: "1min 30s",
    User: "web",
    DynamicUser: true,
    Environment: { RUST_LOG: "info", GREETING: literal("100% $real") },
    EnvironmentFile: "-/usr/local/etc/web.env",
    StateDirectory: "web",
    ProtectSystem: "strict",
    ProtectHome: true,
    PrivateTmp: true,
    NoNewPrivileges: true,
    RestrictAddressFamilies: ["AF_UNIX AF_INET AF_INET6"],
    SystemCallFilter: ["@system-service", "~@privileged @resources"],
    CapabilityBoundingSet: [reset],
    ReadWritePaths: ["/var/lib/web", "-/var/cache/web"],
    BindReadOnlyPaths: "/usr/local/etc/web.toml:/etc/web.toml",
    MemoryMax: "512M",
    CPUQuota: "150%",
    TasksMax: "infinity",
    LimitNOFILE: "1024:65536",
    UMask: "0027",
    KillSignal: "SIGINT",
    StandardOutput: "append:/var/log/web.log",
    "X-Hearth-Note": "extension keys are free-form",
  },
  Install: { WantedBy: "multi-user.target" },
};

// ---- valid: reset forms
export const resets: ServiceSection = {
  ExecStart: [reset, "/usr/sbin/nginx", "-g", "daemon off;"],
  ExecStartPre: [reset],
  ExecStop: [reset, ["/bin/true"], ["/bin/false"]],
  Environment: [reset, { A: "1" }],
  ReadOnlyPaths: [reset, "/etc"],
  UMask: 0o022,
};

export const socket: SocketSections = {
  Socket: { ListenStream: [8080, "[::1]:8443", "/run/web.sock"], Accept: false, SocketMode: "0660", Backlog: 128 },
  Install: { WantedBy: "sockets.target" },
};
export const timer: TimerSections = {
  Timer: { OnCalendar: "Mon *-*-* 03:00:00", OnBootSec: ["5min", 600], Persistent: true, RandomizedDelaySec: "30m" },
};
export const path: PathSections = { Path: { PathChanged: "/usr/local/etc/web.toml", Unit: "web-reload.service" } };
export const mount: MountSections = {
  Mount: { What: "/dev/disk/by-label/data", Where: "/srv/data", Type: "ext4", Options: "noatime", TimeoutSec: 10 },
};
export const tgt: TargetSections = { Unit: { Description: "all of hearth", Wants: ["web.service", "backup.timer"] } };
export const install: InstallSection = { WantedBy: ["multi-user.target"], Alias: "www.service" };
export const byType: UnitSectionsByType["timer"] = { Timer: { OnUnitActiveSec: "1h" } };
export const dropin: DropInSections<"nginx.service"> = { Service: { ProtectSystem: "full" } };
export const extension: SectionsFor<"service"> = { "X-Custom": { Anything: "goes" } };

// ---- rejected
export const misspelled: ServiceSection = {
  // @ts-expect-error misspelled directive
  ExecStrat: ["/bin/true"],
};
export const wrongType: ServiceSection = {
  // @ts-expect-error a string is not a boolean
  PrivateTmp: "yes",
};
export const badEnum: ServiceSection = {
  // @ts-expect-error not one of ProtectSystem's values
  ProtectSystem: "readonly",
};
export const badRestart: ServiceSection = {
  // @ts-expect-error not one of Restart's values
  Restart: "sometimes",
};
export const badTimespan: ServiceSection = {
  // @ts-expect-error "mins" is no systemd time unit
  TimeoutStopSec: "5mins",
};
export const badTimespanWord: ServiceSection = {
  // @ts-expect-error not a time span at all
  RestartSec: "soon",
};
export const shellString: ServiceSection = {
  // @ts-expect-error commands are argv arrays, never shell strings
  ExecStart: "/usr/bin/web --flag",
};
export const emptyArgv: ServiceSection = {
  // @ts-expect-error a command needs at least the program
  ExecStart: [],
};
export const relativePath: ServiceSection = {
  // @ts-expect-error paths are absolute
  ReadWritePaths: ["var/lib/web"],
};
export const notAUnit: ServiceSections = {
  // @ts-expect-error "network" has no unit type suffix
  Unit: { After: ["network"] },
};
export const badSize: ServiceSection = {
  // @ts-expect-error "512MB" is not a systemd size
  MemoryMax: "512MB",
};
export const badMode: ServiceSection = {
  // @ts-expect-error a mode is octal digits
  UMask: "0o27",
};
export const wrongSection: ServiceSections = {
  // @ts-expect-error a service has no [Socket] section
  Socket: { ListenStream: 80 },
};
export const misspelledSection: ServiceSections = {
  // @ts-expect-error misspelled section
  Servce: { Type: "simple" },
};
export const wrongSectionForDropin: DropInSections<"nginx.service"> = {
  // @ts-expect-error a drop-in for a service cannot hold [Timer]
  Timer: { OnCalendar: "daily" },
};
export const envNumber: ServiceSection = {
  // @ts-expect-error environment values are text
  Environment: { PORT: 8080 },
};
export const timerInService: ServiceSection = {
  // @ts-expect-error OnCalendar= belongs in [Timer]
  OnCalendar: "daily",
};
