/**
 * The systemd directives hearth knows: section → directive → value kind.
 *
 * This table is the single source for the TypeScript types (dsl/directives.ts), runtime
 * validation (dsl/validate-sections.ts) and rendering (compiler/render-unit.ts). It is plain
 * data so that a script can later generate it from systemd's man pages; keep every entry a
 * literal object of the shapes in `DirectiveSpec`, nothing computed.
 *
 * Scope today: the common directives of systemd 252 (Debian 12). Names are checked against
 * `systemd --dump-configuration-items` by test/directives.test.ts where systemd is installed.
 */

/**
 * How a directive's value is typed, checked and written. Kinds that hold text say how
 * systemd reads the text back:
 * - verbatim (the default): the rest of the line, as is. No quoting exists, so the text may
 *   not contain a newline, start or end with whitespace, or end in a backslash.
 * - `words: true`: split into words; quotes and C escapes are honoured (systemd.syntax(7)
 *   "QUOTING"), so the renderer quotes any item that needs it.
 * Text kinds resolve `%` specifiers unless `specifiers: false` (systemd.unit(5) "SPECIFIERS").
 */
export type DirectiveSpec =
  /** One verbatim text value. */
  | { readonly kind: "string"; readonly specifiers?: false }
  /** One `Key=item` line per item; an empty assignment (`reset`) clears earlier ones. `bool` also accepts yes/no. */
  | { readonly kind: "list"; readonly words?: true; readonly specifiers?: false; readonly bool?: true }
  | { readonly kind: "bool" }
  /** An integer in [min, max]; `keywords` are extra accepted words such as "infinity". */
  | { readonly kind: "int"; readonly min?: number; readonly max?: number; readonly keywords?: readonly string[]; readonly percent?: true }
  /** Seconds as a number, or systemd.time(7) text such as "1min 30s". */
  | { readonly kind: "timespan"; readonly keywords?: readonly string[] }
  /** Like timespan, one line per item, with reset (Timer's OnBootSec= and friends). */
  | { readonly kind: "timespans" }
  /** Bytes as a number, or text with a 1024-based suffix such as "512M". */
  | { readonly kind: "size"; readonly keywords?: readonly string[]; readonly percent?: true }
  /** A percentage such as "150%" (CPUQuota=). */
  | { readonly kind: "percent" }
  /** A file mode in octal: a number (0o750) or text ("0750"). */
  | { readonly kind: "mode" }
  /** A resource limit: a number, "infinity", or "soft:hard". */
  | { readonly kind: "rlimit" }
  /** One of `values` (booleans render as yes/no), or any text starting with one of `prefixed`. */
  | { readonly kind: "enum"; readonly values: readonly (string | boolean)[]; readonly prefixed?: readonly string[] }
  /** One absolute path. `prefixes`: characters allowed before it ("-" = ignore if missing, …). */
  | { readonly kind: "path"; readonly prefixes?: string; readonly keywords?: readonly string[] }
  /** Absolute paths, one line per item, with reset. */
  | { readonly kind: "paths"; readonly prefixes?: string; readonly words?: true }
  /** Directory names relative to the directory systemd manages (StateDirectory= → /var/lib/…). */
  | { readonly kind: "dirs" }
  /** "source[:destination[:options]]" items (BindPaths=); source may start with "-". */
  | { readonly kind: "bindPaths" }
  /** One unit name. */
  | { readonly kind: "unit" }
  /** Unit names, one line per item, with reset. */
  | { readonly kind: "units" }
  /** Socket addresses: a port number or verbatim text ("[::]:80", "/run/x.sock"), one line each. */
  | { readonly kind: "listen" }
  /** argv arrays, one `Key=` line per command (systemd.service(5) "COMMAND LINES"). */
  | { readonly kind: "command" }
  /** Environment variables: a record, one `Environment=` line per variable. */
  | { readonly kind: "environment" };

export type DirectiveKind = DirectiveSpec["kind"];

// Shared vocabularies, spelled once.
const signals = [
  "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
  "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD", "SIGCONT",
  "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
  "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
] as const;
const unitActions = [
  "none", "reboot", "reboot-force", "reboot-immediate", "poweroff", "poweroff-force",
  "poweroff-immediate", "exit", "exit-force",
] as const;
const logLevels = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"] as const;
const outputs = ["inherit", "null", "tty", "journal", "kmsg", "journal+console", "kmsg+console", "socket"] as const;
const outputFiles = ["file:", "append:", "truncate:", "fd:"] as const;

const condition = { kind: "list", specifiers: false } as const;
const conditionPath = { kind: "paths", prefixes: "|!" } as const;
const conditionText = { kind: "list" } as const;

/** Directives of [Unit], shared by every unit type (systemd.unit(5)). */
export const unitDirectives = {
  /** A short human-readable title of the unit, shown by systemctl and in logs. */
  Description: { kind: "string" },
  Documentation: { kind: "list", words: true },
  Requires: { kind: "units" },
  Requisite: { kind: "units" },
  /** Units started along with this one; their failure does not affect it. */
  Wants: { kind: "units" },
  BindsTo: { kind: "units" },
  PartOf: { kind: "units" },
  Upholds: { kind: "units" },
  Conflicts: { kind: "units" },
  Before: { kind: "units" },
  /** Units this one starts after (ordering only; combine with Wants= or Requires=). */
  After: { kind: "units" },
  OnFailure: { kind: "units" },
  OnSuccess: { kind: "units" },
  PropagatesReloadTo: { kind: "units" },
  ReloadPropagatedFrom: { kind: "units" },
  JoinsNamespaceOf: { kind: "units" },
  RequiresMountsFor: { kind: "paths", words: true },
  StopWhenUnneeded: { kind: "bool" },
  RefuseManualStart: { kind: "bool" },
  RefuseManualStop: { kind: "bool" },
  AllowIsolate: { kind: "bool" },
  DefaultDependencies: { kind: "bool" },
  IgnoreOnIsolate: { kind: "bool" },
  CollectMode: { kind: "enum", values: ["inactive", "inactive-or-failed"] },
  FailureAction: { kind: "enum", values: unitActions },
  SuccessAction: { kind: "enum", values: unitActions },
  StartLimitIntervalSec: { kind: "timespan", keywords: ["infinity"] },
  StartLimitBurst: { kind: "int", min: 0 },
  StartLimitAction: { kind: "enum", values: unitActions },
  JobTimeoutSec: { kind: "timespan", keywords: ["infinity"] },
  ConditionPathExists: conditionPath,
  ConditionPathExistsGlob: conditionPath,
  ConditionPathIsDirectory: conditionPath,
  ConditionPathIsSymbolicLink: conditionPath,
  ConditionPathIsMountPoint: conditionPath,
  ConditionPathIsReadWrite: conditionPath,
  ConditionDirectoryNotEmpty: conditionPath,
  ConditionFileNotEmpty: conditionPath,
  ConditionFileIsExecutable: conditionPath,
  ConditionVirtualization: condition,
  ConditionArchitecture: condition,
  ConditionHost: conditionText,
  ConditionKernelCommandLine: conditionText,
  ConditionKernelVersion: condition,
  ConditionEnvironment: conditionText,
  ConditionSecurity: condition,
  ConditionCapability: condition,
  ConditionACPower: { kind: "bool" },
  ConditionFirstBoot: { kind: "bool" },
  ConditionUser: conditionText,
  ConditionGroup: conditionText,
  AssertPathExists: conditionPath,
  AssertPathIsDirectory: conditionPath,
  AssertPathIsMountPoint: conditionPath,
  AssertFileNotEmpty: conditionPath,
  AssertFileIsExecutable: conditionPath,
  AssertVirtualization: condition,
  AssertHost: conditionText,
  AssertUser: conditionText,
} as const satisfies Record<string, DirectiveSpec>;

/** Directives of [Install] (systemd.unit(5)); hearth ships them as *.wants/ links too. */
export const installDirectives = {
  /** Units that want this one: hearth links it into their .wants/ directory. */
  WantedBy: { kind: "units" },
  /** Units that require this one: hearth links it into their .requires/ directory. */
  RequiredBy: { kind: "units" },
  Also: { kind: "units" },
  Alias: { kind: "units" },
  DefaultInstance: { kind: "string" },
} as const satisfies Record<string, DirectiveSpec>;

/** The execution environment shared by [Service], [Socket] and [Mount] (systemd.exec(5)). */
export const execDirectives = {
  WorkingDirectory: { kind: "path", prefixes: "-", keywords: ["~"] },
  RootDirectory: { kind: "path" },
  /** The user the processes run as. */
  User: { kind: "string" },
  Group: { kind: "string" },
  /** Allocate a transient user and group for the lifetime of the unit. */
  DynamicUser: { kind: "bool" },
  SupplementaryGroups: { kind: "list" },
  Nice: { kind: "int", min: -20, max: 19 },
  OOMScoreAdjust: { kind: "int", min: -1000, max: 1000 },
  IOSchedulingClass: { kind: "enum", values: ["realtime", "best-effort", "idle"] },
  IOSchedulingPriority: { kind: "int", min: 0, max: 7 },
  UMask: { kind: "mode" },
  /** Variables set for executed processes: { NAME: "value" }. */
  Environment: { kind: "environment" },
  /** Files of NAME=value lines read before each command; "-" prefix: ignore if missing. */
  EnvironmentFile: { kind: "paths", prefixes: "-" },
  PassEnvironment: { kind: "list" },
  /** "ID:/path": a credential file the service reads from $CREDENTIALS_DIRECTORY/ID. */
  LoadCredential: { kind: "list" },
  UnsetEnvironment: { kind: "list" },
  StandardInput: { kind: "enum", values: ["null", "tty", "tty-force", "tty-fail", "data", "socket"], prefixed: ["file:", "fd:"] },
  StandardOutput: { kind: "enum", values: outputs, prefixed: outputFiles },
  StandardError: { kind: "enum", values: outputs, prefixed: outputFiles },
  SyslogIdentifier: { kind: "string" },
  SyslogFacility: {
    kind: "enum",
    values: [
      "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
      "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
    ],
  },
  SyslogLevel: { kind: "enum", values: logLevels },
  SyslogLevelPrefix: { kind: "bool" },
  LogLevelMax: { kind: "enum", values: logLevels },
  CapabilityBoundingSet: { kind: "list", specifiers: false },
  AmbientCapabilities: { kind: "list", specifiers: false },
  NoNewPrivileges: { kind: "bool" },
  SystemCallFilter: { kind: "list", specifiers: false },
  SystemCallArchitectures: { kind: "list", specifiers: false },
  SystemCallErrorNumber: { kind: "string", specifiers: false },
  MemoryDenyWriteExecute: { kind: "bool" },
  RestrictNamespaces: { kind: "list", specifiers: false, bool: true },
  RestrictRealtime: { kind: "bool" },
  RestrictSUIDSGID: { kind: "bool" },
  RestrictAddressFamilies: { kind: "list", specifiers: false },
  LockPersonality: { kind: "bool" },
  LimitCORE: { kind: "rlimit" },
  LimitNOFILE: { kind: "rlimit" },
  LimitNPROC: { kind: "rlimit" },
  LimitMEMLOCK: { kind: "rlimit" },
  ReadWritePaths: { kind: "paths", prefixes: "-+", words: true },
  ReadOnlyPaths: { kind: "paths", prefixes: "-+", words: true },
  InaccessiblePaths: { kind: "paths", prefixes: "-+", words: true },
  ExecPaths: { kind: "paths", prefixes: "-+", words: true },
  NoExecPaths: { kind: "paths", prefixes: "-+", words: true },
  BindPaths: { kind: "bindPaths" },
  /** Read-only bind mounts "source[:destination[:options]]", e.g. a hearth-owned config over /etc. */
  BindReadOnlyPaths: { kind: "bindPaths" },
  TemporaryFileSystem: { kind: "list", words: true },
  PrivateTmp: { kind: "bool" },
  PrivateDevices: { kind: "bool" },
  PrivateNetwork: { kind: "bool" },
  PrivateUsers: { kind: "bool" },
  PrivateMounts: { kind: "bool" },
  PrivateIPC: { kind: "bool" },
  /** Mount /usr, /boot (true), also /etc ("full") or the whole tree ("strict") read-only. */
  ProtectSystem: { kind: "enum", values: [true, false, "full", "strict"] },
  ProtectHome: { kind: "enum", values: [true, false, "read-only", "tmpfs"] },
  ProtectKernelTunables: { kind: "bool" },
  ProtectKernelModules: { kind: "bool" },
  ProtectKernelLogs: { kind: "bool" },
  ProtectControlGroups: { kind: "bool" },
  ProtectClock: { kind: "bool" },
  ProtectHostname: { kind: "bool" },
  ProtectProc: { kind: "enum", values: ["noaccess", "invisible", "ptraceable", "default"] },
  ProcSubset: { kind: "enum", values: ["all", "pid"] },
  RemoveIPC: { kind: "bool" },
  RuntimeDirectory: { kind: "dirs" },
  RuntimeDirectoryMode: { kind: "mode" },
  RuntimeDirectoryPreserve: { kind: "enum", values: [true, false, "restart"] },
  /** Directories under /var/lib created and owned for the service. */
  StateDirectory: { kind: "dirs" },
  StateDirectoryMode: { kind: "mode" },
  CacheDirectory: { kind: "dirs" },
  CacheDirectoryMode: { kind: "mode" },
  LogsDirectory: { kind: "dirs" },
  LogsDirectoryMode: { kind: "mode" },
  ConfigurationDirectory: { kind: "dirs" },
  ConfigurationDirectoryMode: { kind: "mode" },
} as const satisfies Record<string, DirectiveSpec>;

/** How processes are stopped (systemd.kill(5)). */
export const killDirectives = {
  KillMode: { kind: "enum", values: ["control-group", "mixed", "process", "none"] },
  KillSignal: { kind: "enum", values: signals },
  RestartKillSignal: { kind: "enum", values: signals },
  FinalKillSignal: { kind: "enum", values: signals },
  SendSIGKILL: { kind: "bool" },
  SendSIGHUP: { kind: "bool" },
} as const satisfies Record<string, DirectiveSpec>;

/** cgroup resource control (systemd.resource-control(5)). */
export const resourceControlDirectives = {
  Slice: { kind: "unit" },
  CPUAccounting: { kind: "bool" },
  CPUWeight: { kind: "int", min: 1, max: 10000, keywords: ["idle"] },
  CPUQuota: { kind: "percent" },
  MemoryAccounting: { kind: "bool" },
  MemoryMin: { kind: "size", keywords: ["infinity"], percent: true },
  MemoryLow: { kind: "size", keywords: ["infinity"], percent: true },
  MemoryHigh: { kind: "size", keywords: ["infinity"], percent: true },
  MemoryMax: { kind: "size", keywords: ["infinity"], percent: true },
  MemorySwapMax: { kind: "size", keywords: ["infinity"], percent: true },
  TasksAccounting: { kind: "bool" },
  TasksMax: { kind: "int", min: 1, keywords: ["infinity"], percent: true },
  IOAccounting: { kind: "bool" },
  IOWeight: { kind: "int", min: 1, max: 10000 },
  DevicePolicy: { kind: "enum", values: ["auto", "closed", "strict"] },
  DeviceAllow: { kind: "list" },
  IPAccounting: { kind: "bool" },
  IPAddressAllow: { kind: "list", specifiers: false },
  IPAddressDeny: { kind: "list", specifiers: false },
} as const satisfies Record<string, DirectiveSpec>;

/** The sections hearth renders, in the order they are written after [Unit]; [Install] goes last. */
export const sections = {
  Unit: unitDirectives,
  /** systemd.service(5) */
  Service: {
    /** How systemd decides the service has started: "simple" (default), "exec", "notify", "oneshot", … */
    Type: { kind: "enum", values: ["simple", "exec", "forking", "oneshot", "dbus", "notify", "idle"] },
    ExitType: { kind: "enum", values: ["main", "cgroup"] },
    RemainAfterExit: { kind: "bool" },
    GuessMainPID: { kind: "bool" },
    PIDFile: { kind: "path" },
    BusName: { kind: "string" },
    ExecCondition: { kind: "command" },
    ExecStartPre: { kind: "command" },
    /** The command (argv) that runs the service. */
    ExecStart: { kind: "command" },
    ExecStartPost: { kind: "command" },
    ExecReload: { kind: "command" },
    ExecStop: { kind: "command" },
    ExecStopPost: { kind: "command" },
    RestartSec: { kind: "timespan" },
    TimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    TimeoutStartSec: { kind: "timespan", keywords: ["infinity"] },
    TimeoutStopSec: { kind: "timespan", keywords: ["infinity"] },
    TimeoutAbortSec: { kind: "timespan", keywords: ["infinity"] },
    RuntimeMaxSec: { kind: "timespan", keywords: ["infinity"] },
    WatchdogSec: { kind: "timespan" },
    /** When to restart: "no" (default), "on-failure", "always", … */
    Restart: {
      kind: "enum",
      values: ["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"],
    },
    SuccessExitStatus: { kind: "list", specifiers: false },
    RestartPreventExitStatus: { kind: "list", specifiers: false },
    RestartForceExitStatus: { kind: "list", specifiers: false },
    NotifyAccess: { kind: "enum", values: ["none", "main", "exec", "all"] },
    Sockets: { kind: "units" },
    FileDescriptorStoreMax: { kind: "int", min: 0 },
    OOMPolicy: { kind: "enum", values: ["continue", "stop", "kill"] },
    ...execDirectives,
    ...killDirectives,
    ...resourceControlDirectives,
  },
  /** systemd.socket(5) */
  Socket: {
    ListenStream: { kind: "listen" },
    ListenDatagram: { kind: "listen" },
    ListenSequentialPacket: { kind: "listen" },
    ListenFIFO: { kind: "listen" },
    ListenSpecial: { kind: "listen" },
    BindIPv6Only: { kind: "enum", values: ["default", "both", "ipv6-only"] },
    Backlog: { kind: "int", min: 0 },
    BindToDevice: { kind: "string", specifiers: false },
    SocketUser: { kind: "string" },
    SocketGroup: { kind: "string" },
    SocketMode: { kind: "mode" },
    DirectoryMode: { kind: "mode" },
    Accept: { kind: "bool" },
    Writable: { kind: "bool" },
    MaxConnections: { kind: "int", min: 0 },
    MaxConnectionsPerSource: { kind: "int", min: 0 },
    KeepAlive: { kind: "bool" },
    NoDelay: { kind: "bool" },
    ReusePort: { kind: "bool" },
    FreeBind: { kind: "bool" },
    Transparent: { kind: "bool" },
    PassCredentials: { kind: "bool" },
    ReceiveBuffer: { kind: "size" },
    SendBuffer: { kind: "size" },
    RemoveOnStop: { kind: "bool" },
    Symlinks: { kind: "paths", words: true },
    FileDescriptorName: { kind: "string" },
    Service: { kind: "unit" },
    TriggerLimitIntervalSec: { kind: "timespan" },
    TriggerLimitBurst: { kind: "int", min: 0 },
    ExecStartPre: { kind: "command" },
    ExecStartPost: { kind: "command" },
    ExecStopPre: { kind: "command" },
    ExecStopPost: { kind: "command" },
    TimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    ...execDirectives,
    ...killDirectives,
    ...resourceControlDirectives,
  },
  /** systemd.timer(5) */
  Timer: {
    /** Calendar events (systemd.time(7)), e.g. "daily" or "Mon *-*-* 03:00:00". */
    OnCalendar: { kind: "list" },
    OnActiveSec: { kind: "timespans" },
    OnBootSec: { kind: "timespans" },
    OnStartupSec: { kind: "timespans" },
    OnUnitActiveSec: { kind: "timespans" },
    OnUnitInactiveSec: { kind: "timespans" },
    OnClockChange: { kind: "bool" },
    OnTimezoneChange: { kind: "bool" },
    AccuracySec: { kind: "timespan" },
    RandomizedDelaySec: { kind: "timespan" },
    FixedRandomDelay: { kind: "bool" },
    Persistent: { kind: "bool" },
    WakeSystem: { kind: "bool" },
    RemainAfterElapse: { kind: "bool" },
    Unit: { kind: "unit" },
  },
  /** systemd.path(5) */
  Path: {
    PathExists: { kind: "paths" },
    PathExistsGlob: { kind: "paths" },
    PathChanged: { kind: "paths" },
    PathModified: { kind: "paths" },
    DirectoryNotEmpty: { kind: "paths" },
    Unit: { kind: "unit" },
    MakeDirectory: { kind: "bool" },
    DirectoryMode: { kind: "mode" },
    TriggerLimitIntervalSec: { kind: "timespan" },
    TriggerLimitBurst: { kind: "int", min: 0 },
  },
  /** systemd.mount(5) */
  Mount: {
    /** The device, or the source directory of a bind mount. */
    What: { kind: "string" },
    /** The mount point; it must match the unit's name (systemd-escape --path). */
    Where: { kind: "path" },
    Type: { kind: "string" },
    Options: { kind: "string" },
    SloppyOptions: { kind: "bool" },
    LazyUnmount: { kind: "bool" },
    ReadWriteOnly: { kind: "bool" },
    ForceUnmount: { kind: "bool" },
    DirectoryMode: { kind: "mode" },
    TimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    ...execDirectives,
    ...killDirectives,
    ...resourceControlDirectives,
  },
  Install: installDirectives,
} as const satisfies Record<string, Record<string, DirectiveSpec>>;

/** The sections each unit type may contain, [Unit] first and [Install] last. */
export const unitTypes = {
  service: ["Unit", "Service", "Install"],
  socket: ["Unit", "Socket", "Install"],
  timer: ["Unit", "Timer", "Install"],
  path: ["Unit", "Path", "Install"],
  mount: ["Unit", "Mount", "Install"],
  target: ["Unit", "Install"],
} as const satisfies Record<string, readonly (keyof typeof sections)[]>;

/**
 * The `%` specifiers systemd 252 resolves (systemd.unit(5) "SPECIFIERS"); `%%` is a literal `%`.
 * Any other character after `%` makes systemd reject the whole setting.
 */
export const specifierChars = "aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%";
