// GENERATED FILE: do not edit. Regenerate with `npm run gen:directives` (scripts/gen-directives/).
/**
 * Every directive hearth knows, for systemd 252 (Debian 252.39-1~deb12u2) as Debian 12 ships it: section → directive
 * → value spec (dsl/directive-spec.ts), with a one-line description in hearth's own words.
 *
 * Sources: the man pages Debian installs (systemd.unit(5), systemd.service(5), systemd.socket(5),
 * systemd.timer(5), systemd.path(5), systemd.mount(5), systemd.automount(5), systemd.swap(5),
 * systemd.slice(5), systemd.exec(5), systemd.kill(5), systemd.resource-control(5),
 * systemd.network(5), systemd.netdev(5), systemd.link(5), systemd.nspawn(5), resolved.conf(5)),
 * cross-checked against `systemd --dump-configuration-items`, the key tables compiled into
 * systemd-networkd, udevadm, systemd-nspawn and systemd-resolved, and systemd.directives(7).
 * Old spellings and deprecated settings systemd still parses are left out.
 *
 * Directives added after 252 come from the same pages and programs of systemd 262 (Debian 262.1-1, sid),
 * each with `since`: the version that introduced it, as its page says ("Added in version NNN."),
 * or as scripts/gen-directives/merge.ts derives it where a page dates an entry by an older name.
 * A directive without `since` is in systemd 252, the floor hearth targets.
 */
import type { DirectiveSpec } from "./directive-spec.ts";

export type { DirectiveSpec, DirectiveKind } from "./directive-spec.ts";
export { specifierChars } from "./directive-spec.ts";

const signals = ["SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"] as const;
const unitActions = ["none", "reboot", "reboot-force", "reboot-immediate", "poweroff", "poweroff-force", "poweroff-immediate", "exit", "exit-force"] as const;
const jobModes = ["fail", "replace", "replace-irreversibly", "isolate", "flush", "ignore-dependencies", "ignore-requirements"] as const;
const logLevels = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"] as const;
const outputs = ["inherit", "null", "tty", "journal", "kmsg", "journal+console", "kmsg+console", "socket"] as const;
const outputFiles = ["file:", "append:", "truncate:", "fd:"] as const;

/** Directives shared by the unit types that run processes (systemd.exec(5)). */
export const execDirectives = {
  /** Directories searched for commands given without a path (like $PATH). */
  ExecSearchPath: { kind: "list", words: true },
  /** Directory the commands run in; "~" is the user's home, "-" ignores a missing one. */
  WorkingDirectory: { kind: "path", prefixes: "-", keywords: ["~"] },
  /** Directory the processes see as the file system root (chroot). */
  RootDirectory: { kind: "path" },
  /** Disk image mounted and used as the processes' root file system. */
  RootImage: { kind: "path" },
  /** Mount options for the partitions of RootImage=. */
  RootImageOptions: { kind: "list", words: true },
  /** systemd 254+: Run the processes in a throw-away copy of the root directory or image, discarded when the service stops. */
  RootEphemeral: { kind: "bool", since: 254 },
  /** dm-verity root hash (hex, or a file) that verifies RootImage=. */
  RootHash: { kind: "string", specifiers: false },
  /** Signature of the dm-verity root hash of RootImage=. */
  RootHashSignature: { kind: "string" },
  /** File holding the dm-verity data of RootImage=. */
  RootVerity: { kind: "path" },
  /** systemd 254+: Image policy (systemd.image-policy(7)) that RootImage= must satisfy: which partitions, verity, signatures, encryption. */
  RootImagePolicy: { kind: "string", since: 254 },
  /** systemd 254+: Image policy (systemd.image-policy(7)) that the images of MountImages= must satisfy. */
  MountImagePolicy: { kind: "string", since: 254 },
  /** systemd 254+: Image policy (systemd.image-policy(7)) that the images of ExtensionImages= must satisfy. */
  ExtensionImagePolicy: { kind: "string", since: 254 },
  /** systemd 260+: A systemd.mstack(7) directory of layers and bind mounts, overlaid to make the processes' root file system. */
  RootMStack: { kind: "path", since: 260 },
  /** Mount fresh /proc, /sys, /dev and /run inside the unit's root. */
  MountAPIVFS: { kind: "bool" },
  /** systemd 257+: Bind-mount the journal's sockets into the unit's mount namespace, so logging works with a private /run. */
  BindLogSockets: { kind: "bool", since: 257 },
  /** Which processes' /proc entries are visible: all, only ptrace-able ones, or only own. */
  ProtectProc: { kind: "enum", values: ["noaccess", "invisible", "ptraceable", "default"] },
  /** Show only process directories in /proc ("pid"), hiding kernel tunables. */
  ProcSubset: { kind: "enum", values: ["all", "pid"] },
  /** Bind mounts "source[:destination[:options]]" into the unit's namespace. */
  BindPaths: { kind: "bindPaths" },
  /** Read-only bind mounts "source[:destination[:options]]", e.g. a hearth-owned config over /etc. */
  BindReadOnlyPaths: { kind: "bindPaths" },
  /** Disk images mounted at given paths inside the unit's namespace. */
  MountImages: { kind: "list", words: true },
  /** System extension images overlaid on /usr and /opt for the unit. */
  ExtensionImages: { kind: "list", words: true },
  /** System extension directories overlaid on /usr and /opt for the unit. */
  ExtensionDirectories: { kind: "paths", prefixes: "-", words: true },
  /** The user the processes run as. */
  User: { kind: "string" },
  /** The group the processes run as. */
  Group: { kind: "string" },
  /** Allocate a transient user and group for the lifetime of the unit. */
  DynamicUser: { kind: "bool" },
  /** Extra groups the processes belong to. */
  SupplementaryGroups: { kind: "list" },
  /** systemd 255+: Set $HOME, $LOGNAME and $SHELL for the processes (default: only when User=, DynamicUser= or PAMName= is set). */
  SetLoginEnvironment: { kind: "bool", since: 255 },
  /** PAM service name whose session is opened for the processes. */
  PAMName: { kind: "string" },
  /** Capabilities the processes may ever have; "~" lists the ones to drop. */
  CapabilityBoundingSet: { kind: "list", specifiers: false },
  /** Capabilities granted to the processes even when not running as root. */
  AmbientCapabilities: { kind: "list", specifiers: false },
  /** Forbid the processes and their children from gaining privileges (setuid, file capabilities). */
  NoNewPrivileges: { kind: "bool" },
  /** Secure-bits flags of the processes (keep-caps, noroot, …). */
  SecureBits: { kind: "list", specifiers: false },
  /** SELinux security context the processes run in. */
  SELinuxContext: { kind: "string" },
  /** AppArmor profile the processes run under. */
  AppArmorProfile: { kind: "string" },
  /** SMACK label the processes run with. */
  SmackProcessLabel: { kind: "string" },
  /** Limit on CPU time (RLIMIT_CPU). */
  LimitCPU: { kind: "rlimit" },
  /** Limit on the size of files written (RLIMIT_FSIZE). */
  LimitFSIZE: { kind: "rlimit" },
  /** Limit on the data segment size (RLIMIT_DATA). */
  LimitDATA: { kind: "rlimit" },
  /** Limit on the stack size (RLIMIT_STACK). */
  LimitSTACK: { kind: "rlimit" },
  /** Limit on core dump size (RLIMIT_CORE). */
  LimitCORE: { kind: "rlimit" },
  /** Limit on resident memory (RLIMIT_RSS). */
  LimitRSS: { kind: "rlimit" },
  /** Limit on open file descriptors (RLIMIT_NOFILE). */
  LimitNOFILE: { kind: "rlimit" },
  /** Limit on address space size (RLIMIT_AS). */
  LimitAS: { kind: "rlimit" },
  /** Limit on the number of processes of the user (RLIMIT_NPROC). */
  LimitNPROC: { kind: "rlimit" },
  /** Limit on locked memory (RLIMIT_MEMLOCK). */
  LimitMEMLOCK: { kind: "rlimit" },
  /** Limit on file locks (RLIMIT_LOCKS). */
  LimitLOCKS: { kind: "rlimit" },
  /** Limit on queued signals (RLIMIT_SIGPENDING). */
  LimitSIGPENDING: { kind: "rlimit" },
  /** Limit on POSIX message queue bytes (RLIMIT_MSGQUEUE). */
  LimitMSGQUEUE: { kind: "rlimit" },
  /** Limit on raising the nice level (RLIMIT_NICE). */
  LimitNICE: { kind: "rlimit" },
  /** Limit on real-time priority (RLIMIT_RTPRIO). */
  LimitRTPRIO: { kind: "rlimit" },
  /** Limit on real-time CPU time without a blocking call (RLIMIT_RTTIME). */
  LimitRTTIME: { kind: "rlimit" },
  /** File mode creation mask of the processes. */
  UMask: { kind: "mode" },
  /** Which memory mappings a core dump includes. */
  CoredumpFilter: { kind: "list", specifiers: false },
  /** Which kernel session keyring the processes get: inherit, private or shared. */
  KeyringMode: { kind: "enum", values: ["inherit", "private", "shared"] },
  /** Adjusts how likely the kernel OOM killer picks these processes (-1000 to 1000). */
  OOMScoreAdjust: { kind: "int", min: -1000, max: 1000 },
  /** Timer slack: how much timer wake-ups may be delayed to save power. */
  TimerSlackNSec: { kind: "timespan" },
  /** Architecture uname(2) reports to the processes. */
  Personality: { kind: "enum", values: ["x86", "x86-64", "ppc", "ppc-le", "ppc64", "ppc64-le", "s390", "s390x"] },
  /** Ignore SIGPIPE in the processes (yes by default). */
  IgnoreSIGPIPE: { kind: "bool" },
  /** Scheduling priority of the processes (-20 to 19; lower runs first). */
  Nice: { kind: "int", min: -20, max: 19 },
  /** CPU scheduling policy: other, batch, idle, fifo or rr. */
  CPUSchedulingPolicy: { kind: "enum", values: ["other", "batch", "idle", "fifo", "rr"] },
  /** Real-time priority for the fifo and rr policies. */
  CPUSchedulingPriority: { kind: "int", min: 0, max: 99 },
  /** Children do not inherit a real-time scheduling policy. */
  CPUSchedulingResetOnFork: { kind: "bool" },
  /** CPUs the processes may run on. */
  CPUAffinity: { kind: "list", specifiers: false },
  /** NUMA memory policy: default, preferred, bind, interleave or local. */
  NUMAPolicy: { kind: "enum", values: ["default", "preferred", "bind", "interleave", "local"] },
  /** NUMA nodes the NUMA policy applies to. */
  NUMAMask: { kind: "string", specifiers: false },
  /** I/O scheduling class: realtime, best-effort or idle. */
  IOSchedulingClass: { kind: "enum", values: ["realtime", "best-effort", "idle"] },
  /** I/O priority within its class (0 highest to 7 lowest). */
  IOSchedulingPriority: { kind: "int", min: 0, max: 7 },
  /** Mount /usr, /boot (true), also /etc ("full") or the whole tree ("strict") read-only. */
  ProtectSystem: { kind: "enum", values: [true, false, "full", "strict"] },
  /** Hide /home, /root and /run/user (true), or make them read-only or empty tmpfs. */
  ProtectHome: { kind: "enum", values: [true, false, "read-only", "tmpfs"] },
  /** Directories under /run created and owned for the unit, removed when it stops. */
  RuntimeDirectory: { kind: "dirs" },
  /** Directories under /var/lib created and owned for the service. */
  StateDirectory: { kind: "dirs" },
  /** Directories under /var/cache created and owned for the unit. */
  CacheDirectory: { kind: "dirs" },
  /** Directories under /var/log created and owned for the unit. */
  LogsDirectory: { kind: "dirs" },
  /** Directories under /etc created for the unit. */
  ConfigurationDirectory: { kind: "dirs" },
  /** Access mode of the RuntimeDirectory= directories. */
  RuntimeDirectoryMode: { kind: "mode" },
  /** Access mode of the StateDirectory= directories. */
  StateDirectoryMode: { kind: "mode" },
  /** Access mode of the CacheDirectory= directories. */
  CacheDirectoryMode: { kind: "mode" },
  /** Access mode of the LogsDirectory= directories. */
  LogsDirectoryMode: { kind: "mode" },
  /** Access mode of the ConfigurationDirectory= directories. */
  ConfigurationDirectoryMode: { kind: "mode" },
  /** systemd 258+: Disk quota (bytes, or a percentage of blocks and inodes) for the StateDirectory= directories. */
  StateDirectoryQuota: { kind: "size", percent: true, since: 258 },
  /** systemd 258+: Disk quota (bytes, or a percentage of blocks and inodes) for the CacheDirectory= directories. */
  CacheDirectoryQuota: { kind: "size", percent: true, since: 258 },
  /** systemd 258+: Disk quota (bytes, or a percentage of blocks and inodes) for the LogsDirectory= directories. */
  LogsDirectoryQuota: { kind: "size", percent: true, since: 258 },
  /** systemd 258+: Give the StateDirectory= directories a quota project ID so their disk usage is accounted. */
  StateDirectoryAccounting: { kind: "bool", since: 258 },
  /** systemd 258+: Give the CacheDirectory= directories a quota project ID so their disk usage is accounted. */
  CacheDirectoryAccounting: { kind: "bool", since: 258 },
  /** systemd 258+: Give the LogsDirectory= directories a quota project ID so their disk usage is accounted. */
  LogsDirectoryAccounting: { kind: "bool", since: 258 },
  /** Keep RuntimeDirectory= after the unit stops: no, yes, or across restarts only. */
  RuntimeDirectoryPreserve: { kind: "enum", values: [true, false, "restart"] },
  /** Longest `systemctl clean` may take for this unit. */
  TimeoutCleanSec: { kind: "timespan", keywords: ["infinity"] },
  /** Paths kept writable where the unit's view is otherwise read-only. */
  ReadWritePaths: { kind: "paths", prefixes: "-+", words: true },
  /** Paths made read-only for the processes. */
  ReadOnlyPaths: { kind: "paths", prefixes: "-+", words: true },
  /** Paths made inaccessible to the processes. */
  InaccessiblePaths: { kind: "paths", prefixes: "-+", words: true },
  /** Paths where running programs is allowed despite NoExecPaths=. */
  ExecPaths: { kind: "paths", prefixes: "-+", words: true },
  /** Paths from which programs may not be run. */
  NoExecPaths: { kind: "paths", prefixes: "-+", words: true },
  /** Empty tmpfs file systems mounted over these paths ("path[:options]"). */
  TemporaryFileSystem: { kind: "list", words: true },
  /** Give the unit its own empty /tmp and /var/tmp. */
  PrivateTmp: { kind: "bool" },
  /** Give the unit a minimal /dev without physical devices. */
  PrivateDevices: { kind: "bool" },
  /** Run the unit in its own network namespace with only a loopback device. */
  PrivateNetwork: { kind: "bool" },
  /** systemd 259+: Join the user namespace of this file (like /proc/PID/ns/user) instead of creating one. */
  UserNamespacePath: { kind: "path", since: 259 },
  /** Join the network namespace at this path (e.g. /run/netns/NAME). */
  NetworkNamespacePath: { kind: "path" },
  /** Run the unit in its own IPC namespace. */
  PrivateIPC: { kind: "bool" },
  /** Join the IPC namespace at this path. */
  IPCNamespacePath: { kind: "path" },
  /** systemd 254+: Let the kernel merge identical memory pages of the processes (kernel samepage merging). */
  MemoryKSM: { kind: "bool", since: 254 },
  /** systemd 260+: Transparent hugepages for the processes: "inherit", "disable", "madvise" (only on request) or "system". */
  MemoryTHP: { kind: "enum", values: ["inherit", "disable", "madvise", "system"], since: 260 },
  /** systemd 257+: Run the processes in their own PID namespace, the main process as PID 1, with a matching /proc. */
  PrivatePIDs: { kind: "bool", since: 257 },
  /** Run the unit in its own user namespace mapping only root and the unit's user. */
  PrivateUsers: { kind: "bool" },
  /** Forbid changing the hostname. */
  ProtectHostname: { kind: "bool" },
  /** Forbid changing the system and hardware clocks. */
  ProtectClock: { kind: "bool" },
  /** Make /proc/sys, /sys and similar kernel tunables read-only. */
  ProtectKernelTunables: { kind: "bool" },
  /** Forbid loading or unloading kernel modules. */
  ProtectKernelModules: { kind: "bool" },
  /** Forbid access to the kernel log ring buffer. */
  ProtectKernelLogs: { kind: "bool" },
  /** Make the cgroup file system read-only. */
  ProtectControlGroups: { kind: "bool" },
  /** Socket address families the processes may use (e.g. "AF_UNIX AF_INET AF_INET6"). */
  RestrictAddressFamilies: { kind: "list", specifiers: false },
  /** File system types the processes may access (BPF LSM). */
  RestrictFileSystems: { kind: "list", specifiers: false },
  /** Which kinds of namespaces the processes may create (true forbids all). */
  RestrictNamespaces: { kind: "list", specifiers: false, bool: true },
  /** systemd 258+: Namespace types (cgroup, ipc, net, mnt, pid, uts; "~" inverts) owned by the unit's user namespace, or true for all. */
  DelegateNamespaces: { kind: "list", specifiers: false, bool: true, since: 258 },
  /** systemd 258+: Mount a private BPF file system on /sys/fs/bpf, hiding the host's programs and maps. */
  PrivateBPF: { kind: "bool", since: 258 },
  /** systemd 258+: BPF commands the private BPF file system delegates to the unit ("any", or a space-separated list). */
  BPFDelegateCommands: { kind: "string", specifiers: false, since: 258 },
  /** systemd 258+: BPF map types the private BPF file system delegates to the unit ("any", or a space-separated list). */
  BPFDelegateMaps: { kind: "string", specifiers: false, since: 258 },
  /** systemd 258+: BPF program types the private BPF file system delegates to the unit ("any", or a space-separated list). */
  BPFDelegatePrograms: { kind: "string", specifiers: false, since: 258 },
  /** systemd 258+: BPF attach types the private BPF file system delegates to the unit ("any", or a space-separated list). */
  BPFDelegateAttachments: { kind: "string", specifiers: false, since: 258 },
  /** Forbid changing the execution domain (personality(2)). */
  LockPersonality: { kind: "bool" },
  /** Forbid memory mappings that are both writable and executable. */
  MemoryDenyWriteExecute: { kind: "bool" },
  /** Forbid real-time scheduling. */
  RestrictRealtime: { kind: "bool" },
  /** Forbid creating setuid and setgid files. */
  RestrictSUIDSGID: { kind: "bool" },
  /** Remove the user's System V and POSIX IPC objects when the unit stops. */
  RemoveIPC: { kind: "bool" },
  /** Give the unit its own mount namespace, so mounts do not propagate to the host. */
  PrivateMounts: { kind: "bool" },
  /** Mount propagation of the unit's namespace: shared, slave or private. */
  MountFlags: { kind: "enum", values: ["shared", "slave", "private"] },
  /** System calls the processes may use ("@system-service"); "~" lists forbidden ones. */
  SystemCallFilter: { kind: "list", specifiers: false },
  /** errno returned for a filtered system call instead of killing the process. */
  SystemCallErrorNumber: { kind: "string", specifiers: false },
  /** System call ABIs the processes may use (e.g. "native"). */
  SystemCallArchitectures: { kind: "list", specifiers: false },
  /** System calls that are logged when used (for auditing a filter). */
  SystemCallLog: { kind: "list", specifiers: false },
  /** Variables set for executed processes: { NAME: "value" }. */
  Environment: { kind: "environment" },
  /** Files of NAME=value lines read before each command; "-" prefix: ignore if missing. */
  EnvironmentFile: { kind: "paths", prefixes: "-" },
  /** Variables passed through from the service manager's own environment. */
  PassEnvironment: { kind: "list" },
  /** Variables removed from the environment the processes get. */
  UnsetEnvironment: { kind: "list" },
  /** Where standard input comes from: null, a tty, the socket, data, or a file. */
  StandardInput: { kind: "enum", values: ["null", "tty", "tty-force", "tty-fail", "data", "socket"], prefixed: ["file:", "fd:"] },
  /** Where standard output goes: journal, null, a tty, a file, the socket, … */
  StandardOutput: { kind: "enum", values: outputs, prefixed: outputFiles },
  /** Where standard error goes: journal, null, a tty, a file, the socket, … */
  StandardError: { kind: "enum", values: outputs, prefixed: outputFiles },
  /** Text lines fed to standard input (with StandardInput=data). */
  StandardInputText: { kind: "list" },
  /** Base64 data fed to standard input (with StandardInput=data). */
  StandardInputData: { kind: "list", specifiers: false },
  /** Drop log messages less important than this level. */
  LogLevelMax: { kind: "enum", values: logLevels },
  /** Extra journal fields (FIELD=value) added to every message of the unit. */
  LogExtraFields: { kind: "list", words: true },
  /** Window of the journal's per-unit rate limit. */
  LogRateLimitIntervalSec: { kind: "timespan" },
  /** Messages allowed per LogRateLimitIntervalSec= before the journal drops them. */
  LogRateLimitBurst: { kind: "int", min: 0 },
  /** systemd 253+: Regular expressions on the log message: only matching lines are kept; "~" first drops matching lines instead. */
  LogFilterPatterns: { kind: "list", since: 253 },
  /** Journal namespace the unit logs to. */
  LogNamespace: { kind: "string" },
  /** Name that tags the unit's log lines (default: the program's name). */
  SyslogIdentifier: { kind: "string" },
  /** Syslog facility of the log lines. */
  SyslogFacility: { kind: "enum", values: ["kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"] },
  /** Default log level of lines without a <N> prefix. */
  SyslogLevel: { kind: "enum", values: logLevels },
  /** Read <N> level prefixes at the start of log lines. */
  SyslogLevelPrefix: { kind: "bool" },
  /** Terminal used when standard input or output is a tty. */
  TTYPath: { kind: "path" },
  /** Reset the terminal before and after use. */
  TTYReset: { kind: "bool" },
  /** Hang up the terminal before use, disconnecting earlier users. */
  TTYVHangup: { kind: "bool" },
  /** Number of rows set on the terminal. */
  TTYRows: { kind: "int", min: 0 },
  /** Number of columns set on the terminal. */
  TTYColumns: { kind: "int", min: 0 },
  /** Clear and deallocate the virtual console after use. */
  TTYVTDisallocate: { kind: "bool" },
  /** "ID:/path": a credential file the service reads from $CREDENTIALS_DIRECTORY/ID. */
  LoadCredential: { kind: "list" },
  /** Like LoadCredential=, for a credential encrypted with systemd-creds. */
  LoadCredentialEncrypted: { kind: "list" },
  /** systemd 254+: Pass credentials the service manager itself received (a name or glob, optionally ":newname") to the unit. */
  ImportCredential: { kind: "list", since: 254 },
  /** "ID:value": a credential given inline (not for secrets). */
  SetCredential: { kind: "list" },
  /** "ID:data": an encrypted credential given inline. */
  SetCredentialEncrypted: { kind: "list" },
  /** Identifier of the utmp/wtmp records written for the processes. */
  UtmpIdentifier: { kind: "string" },
  /** Kind of utmp records written: init, login or user. */
  UtmpMode: { kind: "enum", values: ["init", "login", "user"] },
} as const satisfies Record<string, DirectiveSpec>;

/** Directives shared by the unit types that run processes (systemd.kill(5)). */
export const killDirectives = {
  /** Which processes are killed on stop: the whole cgroup, the main process first (mixed), only the main process, or none. */
  KillMode: { kind: "enum", values: ["control-group", "mixed", "process", "none"] },
  /** Signal that asks the processes to stop (default SIGTERM). */
  KillSignal: { kind: "enum", values: signals },
  /** Signal used instead of KillSignal= when the unit restarts. */
  RestartKillSignal: { kind: "enum", values: signals },
  /** Also send SIGHUP right after KillSignal=, for shells and similar. */
  SendSIGHUP: { kind: "bool" },
  /** Send FinalKillSignal= to processes still running after the stop timeout. */
  SendSIGKILL: { kind: "bool" },
  /** Signal for processes still running after the stop timeout (default SIGKILL). */
  FinalKillSignal: { kind: "enum", values: signals },
  /** Signal sent when the watchdog times out (default SIGABRT). */
  WatchdogSignal: { kind: "enum", values: signals },
} as const satisfies Record<string, DirectiveSpec>;

/** Directives shared by the unit types that run processes (systemd.resource-control(5)). */
export const resourceControlDirectives = {
  /** Account CPU time used by the unit. */
  CPUAccounting: { kind: "bool" },
  /** CPU share relative to other units (1-10000, default 100); "idle" runs only when nothing else does. */
  CPUWeight: { kind: "int", min: 1, max: 10000, keywords: ["idle"] },
  /** CPUWeight= while the system boots or shuts down. */
  StartupCPUWeight: { kind: "int", min: 1, max: 10000, keywords: ["idle"] },
  /** Most CPU time the unit may use, as a percentage of one CPU (e.g. "150%"). */
  CPUQuota: { kind: "percent" },
  /** Period over which CPUQuota= is measured. */
  CPUQuotaPeriodSec: { kind: "timespan" },
  /** CPUs the unit's processes may run on (cpuset). */
  AllowedCPUs: { kind: "string", specifiers: false },
  /** AllowedCPUs= while the system boots or shuts down. */
  StartupAllowedCPUs: { kind: "string", specifiers: false },
  /** NUMA memory nodes the unit may use (cpuset). */
  AllowedMemoryNodes: { kind: "string", specifiers: false },
  /** AllowedMemoryNodes= while the system boots or shuts down. */
  StartupAllowedMemoryNodes: { kind: "string", specifiers: false },
  /** systemd 261+: cpuset partition type of the unit's cgroup: "member", "root" or "isolated" (needs AllowedCPUs=). */
  CPUSetPartition: { kind: "enum", values: ["member", "root", "isolated"], since: 261 },
  /** Account memory used by the unit. */
  MemoryAccounting: { kind: "bool" },
  /** Memory protected from reclaim under any pressure. */
  MemoryMin: { kind: "size", keywords: ["infinity"], percent: true },
  /** Memory reclaimed only when unprotected memory is exhausted. */
  MemoryLow: { kind: "size", keywords: ["infinity"], percent: true },
  /** systemd 254+: MemoryLow= while the system boots up or shuts down. */
  StartupMemoryLow: { kind: "size", keywords: ["infinity"], percent: true, since: 254 },
  /** Memory use above which the unit is throttled and reclaimed hard. */
  MemoryHigh: { kind: "size", keywords: ["infinity"], percent: true },
  /** systemd 254+: MemoryHigh= while the system boots up or shuts down. */
  StartupMemoryHigh: { kind: "size", keywords: ["infinity"], percent: true, since: 254 },
  /** Hard memory limit; above it the OOM killer acts within the unit. */
  MemoryMax: { kind: "size", keywords: ["infinity"], percent: true },
  /** systemd 254+: MemoryMax= while the system boots up or shuts down. */
  StartupMemoryMax: { kind: "size", keywords: ["infinity"], percent: true, since: 254 },
  /** Most swap the unit may use. */
  MemorySwapMax: { kind: "size", keywords: ["infinity"], percent: true },
  /** systemd 254+: MemorySwapMax= while the system boots up or shuts down. */
  StartupMemorySwapMax: { kind: "size", keywords: ["infinity"], percent: true, since: 254 },
  /** systemd 253+: Most compressed swap cache (zswap) the unit's processes may use, or "infinity". */
  MemoryZSwapMax: { kind: "size", keywords: ["infinity"], since: 253 },
  /** systemd 253+: MemoryZSwapMax= while the system boots up or shuts down. */
  StartupMemoryZSwapMax: { kind: "size", keywords: ["infinity"], since: 253 },
  /** systemd 256+: Allow pages in the compressed swap cache (zswap) to be written out to the swap device. */
  MemoryZSwapWriteback: { kind: "bool", since: 256 },
  /** Count the unit's tasks (processes and threads). */
  TasksAccounting: { kind: "bool" },
  /** Most tasks (processes and threads) the unit may have. */
  TasksMax: { kind: "int", min: 1, keywords: ["infinity"], percent: true },
  /** Account block I/O done by the unit. */
  IOAccounting: { kind: "bool" },
  /** Block I/O share relative to other units (1-10000, default 100). */
  IOWeight: { kind: "int", min: 1, max: 10000 },
  /** IOWeight= while the system boots or shuts down. */
  StartupIOWeight: { kind: "int", min: 1, max: 10000 },
  /** Block I/O weight for one device: "/dev/sda 200". */
  IODeviceWeight: { kind: "list" },
  /** Read bandwidth limit for one device: "/dev/sda 10M". */
  IOReadBandwidthMax: { kind: "list" },
  /** Write bandwidth limit for one device: "/dev/sda 10M". */
  IOWriteBandwidthMax: { kind: "list" },
  /** Read operations per second limit for one device. */
  IOReadIOPSMax: { kind: "list" },
  /** Write operations per second limit for one device. */
  IOWriteIOPSMax: { kind: "list" },
  /** I/O latency target for one device: "/dev/sda 25ms". */
  IODeviceLatencyTargetSec: { kind: "list" },
  /** Account network traffic of the unit. */
  IPAccounting: { kind: "bool" },
  /** Addresses the unit may talk to, overriding IPAddressDeny= ("localhost", CIDRs, …). */
  IPAddressAllow: { kind: "list", specifiers: false },
  /** Addresses the unit may not talk to ("any" for all). */
  IPAddressDeny: { kind: "list", specifiers: false },
  /** Pinned BPF programs filtering the unit's incoming packets. */
  IPIngressFilterPath: { kind: "paths" },
  /** Pinned BPF programs filtering the unit's outgoing packets. */
  IPEgressFilterPath: { kind: "paths" },
  /** Pinned BPF programs attached to the unit's cgroup ("type:path"). */
  BPFProgram: { kind: "list" },
  /** Address families and ports the unit may bind sockets to. */
  SocketBindAllow: { kind: "list", specifiers: false },
  /** Address families and ports the unit may not bind sockets to. */
  SocketBindDeny: { kind: "list", specifiers: false },
  /** Network interfaces the unit may use; "~" lists forbidden ones. */
  RestrictNetworkInterfaces: { kind: "list", specifiers: false },
  /** systemd 260+: Network interface (often a VRF) every socket of the processes is bound to. */
  BindNetworkInterface: { kind: "string", since: 260 },
  /** systemd 255+: NFT sets the unit's cgroup, user or group ID is added to: space-separated "source:family:table:set". */
  NFTSet: { kind: "string", specifiers: false, since: 255 },
  /** Device nodes the unit may access, with r, w, m permissions. */
  DeviceAllow: { kind: "list" },
  /** Device access policy: auto, closed (only standard pseudo devices) or strict. */
  DevicePolicy: { kind: "enum", values: ["auto", "closed", "strict"] },
  /** The slice unit the unit's cgroup is placed in. */
  Slice: { kind: "unit" },
  /** Hand the unit's cgroup subtree (or the listed controllers) to its processes. */
  Delegate: { kind: "list", specifiers: false, bool: true },
  /** systemd 254+: Subgroup of the delegated cgroup the main processes are placed in (needs Delegate=). */
  DelegateSubgroup: { kind: "string", since: 254 },
  /** cgroup controllers turned off for the unit and its children. */
  DisableControllers: { kind: "list", specifiers: false },
  /** Let systemd-oomd kill the unit's cgroup when swap runs out (kill) or not (auto). */
  ManagedOOMSwap: { kind: "enum", values: ["auto", "kill"] },
  /** Let systemd-oomd act on the unit's memory pressure (kill) or not (auto). */
  ManagedOOMMemoryPressure: { kind: "enum", values: ["auto", "kill"] },
  /** Memory pressure above which systemd-oomd acts on the unit. */
  ManagedOOMMemoryPressureLimit: { kind: "percent" },
  /** systemd 257+: How long memory pressure must last before systemd-oomd acts on this unit (overrides oomd.conf). */
  ManagedOOMMemoryPressureDurationSec: { kind: "timespan", since: 257 },
  /** Make systemd-oomd avoid or omit the unit when it picks a cgroup to kill. */
  ManagedOOMPreference: { kind: "enum", values: ["none", "avoid", "omit"] },
  /** systemd 261+: Space-separated names of systemd-oomd rulesets (.oomrule files) evaluated against this unit. */
  OOMRules: { kind: "string", since: 261 },
  /** systemd 254+: Tell the processes where to watch for memory pressure ($MEMORY_PRESSURE_WATCH): true, false, "auto" or "skip". */
  MemoryPressureWatch: { kind: "enum", values: [true, false, "auto", "skip"], since: 254 },
  /** systemd 254+: Memory stall per 2s window above which a memory pressure event is signalled to the processes. */
  MemoryPressureThresholdSec: { kind: "timespan", since: 254 },
  /** systemd 261+: Tell the processes where to watch for CPU pressure ($CPU_PRESSURE_WATCH): true, false, "auto" or "skip". */
  CPUPressureWatch: { kind: "enum", values: [true, false, "auto", "skip"], since: 261 },
  /** systemd 261+: CPU stall per 2s window above which a CPU pressure event is signalled to the processes. */
  CPUPressureThresholdSec: { kind: "timespan", since: 261 },
  /** systemd 261+: Tell the processes where to watch for I/O pressure ($IO_PRESSURE_WATCH): true, false, "auto" or "skip". */
  IOPressureWatch: { kind: "enum", values: [true, false, "auto", "skip"], since: 261 },
  /** systemd 261+: I/O stall per 2s window above which an I/O pressure event is signalled to the processes. */
  IOPressureThresholdSec: { kind: "timespan", since: 261 },
  /** systemd 255+: Forward core dumps of containers in this unit's cgroup into them (needs Delegate=yes). */
  CoredumpReceive: { kind: "bool", since: 255 },
} as const satisfies Record<string, DirectiveSpec>;

/** The sections of unit files, [Unit] first and [Install] last, in the order they are rendered. */
export const sections = {
  /** [Unit] (systemd.unit(5)) */
  Unit: {
    /** Short human-readable title of the unit, shown by systemctl and in logs. */
    Description: { kind: "string" },
    /** URIs (man:, https:, file:, info:) that document the unit. */
    Documentation: { kind: "list", words: true },
    /** Units started along with this one; their failure does not affect it. */
    Wants: { kind: "units" },
    /** Units started along with this one; if they fail to start or stop, this unit is stopped too. */
    Requires: { kind: "units" },
    /** Units that must already be active; this unit fails instead of starting them. */
    Requisite: { kind: "units" },
    /** Like Requires=, and also stops this unit whenever a listed unit stops or vanishes. */
    BindsTo: { kind: "units" },
    /** Stopping or restarting a listed unit stops or restarts this one as well. */
    PartOf: { kind: "units" },
    /** Units restarted whenever they stop while this one is active. */
    Upholds: { kind: "units" },
    /** Units stopped when this one starts, and the other way round. */
    Conflicts: { kind: "units" },
    /** Units that wait for this one to finish starting (ordering only). */
    Before: { kind: "units" },
    /** Units this one starts after (ordering only; combine with Wants= or Requires=). */
    After: { kind: "units" },
    /** Units activated when this unit enters the failed state. */
    OnFailure: { kind: "units" },
    /** Units activated when this unit finishes successfully and becomes inactive. */
    OnSuccess: { kind: "units" },
    /** Units reloaded whenever this one is reloaded. */
    PropagatesReloadTo: { kind: "units" },
    /** Units whose reload also reloads this one. */
    ReloadPropagatedFrom: { kind: "units" },
    /** Units stopped whenever this one is stopped. */
    PropagatesStopTo: { kind: "units" },
    /** Units whose stop also stops this one. */
    StopPropagatedFrom: { kind: "units" },
    /** Units whose network, IPC and /tmp namespaces this unit's processes share. */
    JoinsNamespaceOf: { kind: "units" },
    /** Paths whose mount units this unit requires and starts after. */
    RequiresMountsFor: { kind: "paths", words: true },
    /** systemd 256+: Like RequiresMountsFor=, but with Wants= instead of Requires= on the mounts. */
    WantsMountsFor: { kind: "paths", words: true, since: 256 },
    /** Job mode used to enqueue the OnSuccess= units. */
    OnSuccessJobMode: { kind: "enum", values: jobModes },
    /** Job mode used to enqueue the OnFailure= units. */
    OnFailureJobMode: { kind: "enum", values: jobModes },
    /** Keep this unit running when another unit is isolated. */
    IgnoreOnIsolate: { kind: "bool" },
    /** Stop this unit automatically once no other active unit needs it. */
    StopWhenUnneeded: { kind: "bool" },
    /** Only start this unit as a dependency, never on an explicit request. */
    RefuseManualStart: { kind: "bool" },
    /** Only stop this unit as a dependency, never on an explicit request. */
    RefuseManualStop: { kind: "bool" },
    /** Allow `systemctl isolate` to switch to this unit. */
    AllowIsolate: { kind: "bool" },
    /** Add the implicit ordering and conflict dependencies of this unit type (yes by default). */
    DefaultDependencies: { kind: "bool" },
    /** systemd 255+: Leave this unit's processes out of the final SIGTERM/SIGKILL round at shutdown. */
    SurviveFinalKillSignal: { kind: "bool", since: 255 },
    /** When systemd may unload the unit: once inactive, or also when failed. */
    CollectMode: { kind: "enum", values: ["inactive", "inactive-or-failed"] },
    /** What the system does (reboot, power off, exit…) when the unit fails. */
    FailureAction: { kind: "enum", values: unitActions },
    /** What the system does (reboot, power off, exit…) when the unit finishes successfully. */
    SuccessAction: { kind: "enum", values: unitActions },
    /** Exit status handed to the container or service manager with FailureAction=exit. */
    FailureActionExitStatus: { kind: "int", min: 0, max: 255 },
    /** Exit status handed to the container or service manager with SuccessAction=exit. */
    SuccessActionExitStatus: { kind: "int", min: 0, max: 255 },
    /** Longest a queued job for this unit may take before it is cancelled. */
    JobTimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    /** Longest a job for this unit may run, counted from when it starts executing. */
    JobRunningTimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    /** What the system does when a job for this unit times out. */
    JobTimeoutAction: { kind: "enum", values: unitActions },
    /** Argument for reboot(2) when JobTimeoutAction= reboots. */
    JobTimeoutRebootArgument: { kind: "string" },
    /** Window in which StartLimitBurst= starts are allowed before starting is refused. */
    StartLimitIntervalSec: { kind: "timespan", keywords: ["infinity"] },
    /** How many starts are allowed within StartLimitIntervalSec=. */
    StartLimitBurst: { kind: "int", min: 0 },
    /** What the system does when the start rate limit is hit. */
    StartLimitAction: { kind: "enum", values: unitActions },
    /** Argument for reboot(2) when a failure or success action reboots. */
    RebootArgument: { kind: "string" },
    /** The file this unit was generated from, for generators' error messages. */
    SourcePath: { kind: "path" },
    /** Skip the unit unless the CPU architecture matches (e.g. "x86-64", "arm64"). */
    ConditionArchitecture: { kind: "list", specifiers: false },
    /** Skip the unit unless the firmware matches (e.g. "uefi", "device-tree"). */
    ConditionFirmware: { kind: "list", specifiers: false },
    /** Skip the unit unless running in (or not in) the named kind of virtualization. */
    ConditionVirtualization: { kind: "list", specifiers: false },
    /** Skip the unit unless the hostname or machine ID matches. */
    ConditionHost: { kind: "list" },
    /** systemd 261+: Start only on a stable, machine-ID-derived share of a fleet: "[tag] percentage", "!" negates. */
    ConditionFraction: { kind: "list", since: 261 },
    /** Skip the unit unless the kernel command line has this option (or option=value). */
    ConditionKernelCommandLine: { kind: "list" },
    /** Skip the unit unless the kernel release matches the comparison. */
    ConditionKernelVersion: { kind: "list", specifiers: false },
    /** systemd 258+: Start only if a version ("kernel", "systemd" or "glibc") matches comparisons like ">= 6.1"; "!" negates. */
    ConditionVersion: { kind: "list", since: 258 },
    /** Skip the unit unless the service manager received this credential. */
    ConditionCredential: { kind: "list" },
    /** Skip the unit unless the manager's environment has this variable (or VAR=value). */
    ConditionEnvironment: { kind: "list" },
    /** Skip the unit unless this security technology is enabled (selinux, apparmor, tpm2…). */
    ConditionSecurity: { kind: "list", specifiers: false },
    /** Skip the unit unless the manager's bounding set includes this capability. */
    ConditionCapability: { kind: "list", specifiers: false },
    /** Skip the unit unless the machine is (true) or is not (false) on AC power. */
    ConditionACPower: { kind: "bool" },
    /** Skip the unit unless /etc or /var needs updating after a /usr update. */
    ConditionNeedsUpdate: { kind: "list" },
    /** Skip the unit unless this is (true) or is not (false) the machine's first boot. */
    ConditionFirstBoot: { kind: "bool" },
    /** Skip the unit unless the path exists ("!" inverts, "|" makes it one of several). */
    ConditionPathExists: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless something matches the glob. */
    ConditionPathExistsGlob: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the path is a directory. */
    ConditionPathIsDirectory: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the path is a symbolic link. */
    ConditionPathIsSymbolicLink: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the path is a mount point. */
    ConditionPathIsMountPoint: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the path is on a writable file system. */
    ConditionPathIsReadWrite: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the path is on an encrypted block device. */
    ConditionPathIsEncrypted: { kind: "paths", prefixes: "|!" },
    /** systemd 260+: Start only if the path exists and is a socket; "!" negates, "|" makes it a triggering condition. */
    ConditionPathIsSocket: { kind: "paths", prefixes: "|!", since: 260 },
    /** Skip the unit unless the directory exists and has entries. */
    ConditionDirectoryNotEmpty: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the file exists and is not empty. */
    ConditionFileNotEmpty: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the file exists and is executable. */
    ConditionFileIsExecutable: { kind: "paths", prefixes: "|!" },
    /** Skip the unit unless the manager runs as this user (name, UID, or "@system"). */
    ConditionUser: { kind: "list" },
    /** Skip the unit unless the manager belongs to this group. */
    ConditionGroup: { kind: "list" },
    /** Skip the unit unless these cgroup controllers are available. */
    ConditionControlGroupController: { kind: "list", specifiers: false },
    /** Skip the unit unless physical memory compares as given (e.g. ">=4G"). */
    ConditionMemory: { kind: "list", specifiers: false },
    /** Skip the unit unless the number of usable CPUs compares as given. */
    ConditionCPUs: { kind: "list", specifiers: false },
    /** Skip the unit unless the CPU has this feature flag (e.g. "sse4_2"). */
    ConditionCPUFeature: { kind: "list", specifiers: false },
    /** Skip the unit unless an os-release field compares as given (e.g. "ID=debian"). */
    ConditionOSRelease: { kind: "list" },
    /** systemd 261+: Start only if one of the machine's tags (machine-info(5) TAGS=) matches this glob; "!" negates. */
    ConditionMachineTag: { kind: "list", since: 261 },
    /** Skip the unit if memory pressure (PSI) is above the threshold. */
    ConditionMemoryPressure: { kind: "list", specifiers: false },
    /** Skip the unit if CPU pressure (PSI) is above the threshold. */
    ConditionCPUPressure: { kind: "list", specifiers: false },
    /** Skip the unit if I/O pressure (PSI) is above the threshold. */
    ConditionIOPressure: { kind: "list", specifiers: false },
    /** systemd 258+: Start only if this kernel module is loaded and initialised; "!" negates. */
    ConditionKernelModuleLoaded: { kind: "list", specifiers: false, since: 258 },
    /** Fail the start unless the CPU architecture matches. */
    AssertArchitecture: { kind: "list", specifiers: false },
    /** Fail the start unless the virtualization matches. */
    AssertVirtualization: { kind: "list", specifiers: false },
    /** Fail the start unless the hostname or machine ID matches. */
    AssertHost: { kind: "list" },
    /** systemd 261+: Like ConditionFraction=, but failing it fails the start job. */
    AssertFraction: { kind: "list", since: 261 },
    /** Fail the start unless the kernel command line has this option. */
    AssertKernelCommandLine: { kind: "list" },
    /** Fail the start unless the kernel release matches the comparison. */
    AssertKernelVersion: { kind: "list", specifiers: false },
    /** systemd 258+: Like ConditionVersion=, but failing it fails the start job. */
    AssertVersion: { kind: "list", since: 258 },
    /** Fail the start unless the service manager received this credential. */
    AssertCredential: { kind: "list" },
    /** Fail the start unless the manager's environment has this variable. */
    AssertEnvironment: { kind: "list" },
    /** Fail the start unless this security technology is enabled. */
    AssertSecurity: { kind: "list", specifiers: false },
    /** Fail the start unless the manager's bounding set includes this capability. */
    AssertCapability: { kind: "list", specifiers: false },
    /** Fail the start unless the machine is (or is not) on AC power. */
    AssertACPower: { kind: "bool" },
    /** Fail the start unless /etc or /var needs updating after a /usr update. */
    AssertNeedsUpdate: { kind: "list" },
    /** Fail the start unless this is (or is not) the first boot. */
    AssertFirstBoot: { kind: "bool" },
    /** Fail the start unless the path exists. */
    AssertPathExists: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless something matches the glob. */
    AssertPathExistsGlob: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the path is a directory. */
    AssertPathIsDirectory: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the path is a symbolic link. */
    AssertPathIsSymbolicLink: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the path is a mount point. */
    AssertPathIsMountPoint: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the path is on a writable file system. */
    AssertPathIsReadWrite: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the path is on an encrypted block device. */
    AssertPathIsEncrypted: { kind: "paths", prefixes: "|!" },
    /** systemd 260+: Like ConditionPathIsSocket=, but failing it fails the start job. */
    AssertPathIsSocket: { kind: "paths", prefixes: "|!", since: 260 },
    /** Fail the start unless the directory exists and has entries. */
    AssertDirectoryNotEmpty: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the file exists and is not empty. */
    AssertFileNotEmpty: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the file exists and is executable. */
    AssertFileIsExecutable: { kind: "paths", prefixes: "|!" },
    /** Fail the start unless the manager runs as this user. */
    AssertUser: { kind: "list" },
    /** Fail the start unless the manager belongs to this group. */
    AssertGroup: { kind: "list" },
    /** Fail the start unless these cgroup controllers are available. */
    AssertControlGroupController: { kind: "list", specifiers: false },
    /** Fail the start unless physical memory compares as given. */
    AssertMemory: { kind: "list", specifiers: false },
    /** Fail the start unless the number of usable CPUs compares as given. */
    AssertCPUs: { kind: "list", specifiers: false },
    /** Fail the start unless the CPU has this feature flag. */
    AssertCPUFeature: { kind: "list", specifiers: false },
    /** Fail the start unless an os-release field compares as given. */
    AssertOSRelease: { kind: "list" },
    /** systemd 261+: Like ConditionMachineTag=, but failing it fails the start job. */
    AssertMachineTag: { kind: "list", since: 261 },
    /** Fail the start if memory pressure is above the threshold. */
    AssertMemoryPressure: { kind: "list", specifiers: false },
    /** Fail the start if CPU pressure is above the threshold. */
    AssertCPUPressure: { kind: "list", specifiers: false },
    /** Fail the start if I/O pressure is above the threshold. */
    AssertIOPressure: { kind: "list", specifiers: false },
    /** systemd 258+: Like ConditionKernelModuleLoaded=, but failing it fails the start job. */
    AssertKernelModuleLoaded: { kind: "list", specifiers: false, since: 258 },
  },
  /** [Service] (systemd.service(5), systemd.exec(5), systemd.kill(5), systemd.resource-control(5)) */
  Service: {
    /** How systemd decides the service has started: "simple" (default), "exec", "notify", "oneshot", "forking", "dbus" or "idle". */
    Type: { kind: "enum", values: ["simple", "exec", "forking", "oneshot", "dbus", "notify", "idle"] },
    /** Whether the service ends with its main process ("main") or with its whole cgroup ("cgroup"). */
    ExitType: { kind: "enum", values: ["main", "cgroup"] },
    /** Keep the service active after all its processes exit (typical for oneshot setup jobs). */
    RemainAfterExit: { kind: "bool" },
    /** Let systemd guess the main process of a forking service that has no PIDFile=. */
    GuessMainPID: { kind: "bool" },
    /** File where a forking service writes its main process ID. */
    PIDFile: { kind: "path" },
    /** D-Bus name the service takes; required for Type=dbus. */
    BusName: { kind: "string" },
    /** The command (argv) that runs the service. */
    ExecStart: { kind: "command" },
    /** Commands run before ExecStart=; a failing one (without "-") stops the start. */
    ExecStartPre: { kind: "command" },
    /** Commands run after the service has started. */
    ExecStartPost: { kind: "command" },
    /** Commands run first; an exit status of 1 to 254 skips the start without failing it. */
    ExecCondition: { kind: "command" },
    /** Commands that make the service reload its configuration (systemctl reload). */
    ExecReload: { kind: "command" },
    /** systemd 259+: Commands run after a successful reload, written like ExecReload=. */
    ExecReloadPost: { kind: "command", since: 259 },
    /** Commands that stop the service; processes left afterwards get KillSignal=. */
    ExecStop: { kind: "command" },
    /** Commands run after the service stopped, also after a failure. */
    ExecStopPost: { kind: "command" },
    /** Pause before an automatic restart. */
    RestartSec: { kind: "timespan" },
    /** systemd 254+: Number of steps over which the restart delay grows from RestartSec= to RestartMaxDelaySec= (0: no growth). */
    RestartSteps: { kind: "int", min: 0, since: 254 },
    /** systemd 254+: Longest delay before an automatic restart once RestartSteps= make it grow, or "infinity". */
    RestartMaxDelaySec: { kind: "timespan", keywords: ["infinity"], since: 254 },
    /** systemd 262+: Random extra delay, up to this long, added before each automatic restart. */
    RestartRandomizedDelaySec: { kind: "timespan", since: 262 },
    /** Longest the start may take before the service is considered failed. */
    TimeoutStartSec: { kind: "timespan", keywords: ["infinity"] },
    /** Longest the stop may take before remaining processes are killed. */
    TimeoutStopSec: { kind: "timespan", keywords: ["infinity"] },
    /** Longest the service may take to dump core after a watchdog abort. */
    TimeoutAbortSec: { kind: "timespan", keywords: ["infinity"] },
    /** Sets both TimeoutStartSec= and TimeoutStopSec=. */
    TimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    /** What is sent when the start times out: terminate, abort (core dump) or kill. */
    TimeoutStartFailureMode: { kind: "enum", values: ["terminate", "abort", "kill"] },
    /** What is sent when the stop times out: terminate, abort (core dump) or kill. */
    TimeoutStopFailureMode: { kind: "enum", values: ["terminate", "abort", "kill"] },
    /** Longest the service may stay active before it is stopped and marked failed. */
    RuntimeMaxSec: { kind: "timespan", keywords: ["infinity"] },
    /** Random extra time added to RuntimeMaxSec=, to spread out stops. */
    RuntimeRandomizedExtraSec: { kind: "timespan" },
    /** Interval within which the service must ping sd_notify("WATCHDOG=1"), or it counts as failed. */
    WatchdogSec: { kind: "timespan" },
    /** When to restart: "no" (default), "on-failure", "always", … */
    Restart: { kind: "enum", values: ["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"] },
    /** systemd 254+: How automatic restarts go: "normal" (through failed), "direct" (straight to activating) or "debug" (with debug logging). */
    RestartMode: { kind: "enum", values: ["normal", "direct", "debug"], since: 254 },
    /** Extra exit codes and signals that count as a clean exit. */
    SuccessExitStatus: { kind: "list", specifiers: false },
    /** Exit codes and signals that never trigger an automatic restart. */
    RestartPreventExitStatus: { kind: "list", specifiers: false },
    /** Exit codes and signals that always trigger an automatic restart. */
    RestartForceExitStatus: { kind: "list", specifiers: false },
    /** Apply RootDirectory= and RootImage= to ExecStart= only, not to the other commands. */
    RootDirectoryStartOnly: { kind: "bool" },
    /** Put the file descriptors passed by socket activation into non-blocking mode. */
    NonBlocking: { kind: "bool" },
    /** Which processes may send sd_notify() status updates: none, main, exec or all. */
    NotifyAccess: { kind: "enum", values: ["none", "main", "exec", "all"] },
    /** Socket units whose file descriptors this service receives. */
    Sockets: { kind: "units" },
    /** How many file descriptors the service may park in systemd across restarts. */
    FileDescriptorStoreMax: { kind: "int", min: 0 },
    /** systemd 254+: When the file descriptor store is kept: false (until stop), "restart" (default), "on-success" or true (always). */
    FileDescriptorStorePreserve: { kind: "enum", values: [true, false, "restart", "on-success"], since: 254 },
    /** systemd 262+: Names of Live Update Orchestrator sessions created for the service and passed in its file descriptor store. */
    LUOSession: { kind: "list", words: true, since: 262 },
    /** File with USB FunctionFS descriptors, for USB gadget services. */
    USBFunctionDescriptors: { kind: "path" },
    /** File with USB FunctionFS strings, for USB gadget services. */
    USBFunctionStrings: { kind: "path" },
    /** What to do when the kernel OOM killer kills one of the service's processes: continue, stop or kill. */
    OOMPolicy: { kind: "enum", values: ["continue", "stop", "kill"] },
    /** systemd 253+: Files or AF_UNIX sockets opened for the service and passed as file descriptors: "path[:fd-name:options]". */
    OpenFile: { kind: "list", since: 253 },
    /** systemd 253+: Signal sent to the main process to reload it, for Type=notify-reload (default SIGHUP). */
    ReloadSignal: { kind: "enum", values: signals, since: 253 },
    /** systemd 260+: Resources refreshed on reload: true, false, or "extensions" and/or "credentials" ("~" inverts). */
    RefreshOnReload: { kind: "list", specifiers: false, bool: true, since: 260 },
    ...execDirectives,
    ...killDirectives,
    ...resourceControlDirectives,
  },
  /** [Socket] (systemd.socket(5), systemd.exec(5), systemd.kill(5), systemd.resource-control(5)) */
  Socket: {
    /** Stream (TCP or AF_UNIX stream) addresses to listen on: a port, "addr:port" or a socket path. */
    ListenStream: { kind: "listen" },
    /** Datagram (UDP or AF_UNIX datagram) addresses to listen on. */
    ListenDatagram: { kind: "listen" },
    /** AF_UNIX sequential-packet socket paths to listen on. */
    ListenSequentialPacket: { kind: "listen" },
    /** FIFOs (named pipes) to create and listen on. */
    ListenFIFO: { kind: "listen" },
    /** Special files (character devices, /proc or /sys files) to open and pass on. */
    ListenSpecial: { kind: "listen" },
    /** Netlink family (and optional group) to listen on, e.g. "kobject-uevent 1". */
    ListenNetlink: { kind: "listen" },
    /** POSIX message queue names to create and listen on. */
    ListenMessageQueue: { kind: "listen" },
    /** USB FunctionFS mount point whose endpoints the service receives. */
    ListenUSBFunction: { kind: "listen" },
    /** IP protocol for the sockets instead of TCP/UDP: udplite or sctp. */
    SocketProtocol: { kind: "enum", values: ["udplite", "sctp"] },
    /** Whether IPv6 sockets also accept IPv4: default, both, or ipv6-only. */
    BindIPv6Only: { kind: "enum", values: ["default", "both", "ipv6-only"] },
    /** Length of the queue of not yet accepted connections. */
    Backlog: { kind: "int", min: 0 },
    /** Network interface the sockets are bound to. */
    BindToDevice: { kind: "string", specifiers: false },
    /** Owner of the AF_UNIX socket files and FIFOs created. */
    SocketUser: { kind: "string" },
    /** Group of the AF_UNIX socket files and FIFOs created. */
    SocketGroup: { kind: "string" },
    /** Access mode of the socket files and FIFOs created. */
    SocketMode: { kind: "mode" },
    /** Access mode of parent directories created for socket files. */
    DirectoryMode: { kind: "mode" },
    /** Start one service instance per connection (true) instead of passing the listening socket (false). */
    Accept: { kind: "bool" },
    /** Open ListenSpecial= files for writing too. */
    Writable: { kind: "bool" },
    /** Drop data queued on the socket before the service starts. */
    FlushPending: { kind: "bool" },
    /** Most concurrent connections with Accept=yes; more are refused. */
    MaxConnections: { kind: "int", min: 0 },
    /** Most concurrent connections from one source address with Accept=yes. */
    MaxConnectionsPerSource: { kind: "int", min: 0 },
    /** Enable TCP keep-alive probes on accepted connections. */
    KeepAlive: { kind: "bool" },
    /** Idle time before the first TCP keep-alive probe. */
    KeepAliveTimeSec: { kind: "timespan" },
    /** Time between TCP keep-alive probes. */
    KeepAliveIntervalSec: { kind: "timespan" },
    /** Unanswered keep-alive probes before the connection is dropped. */
    KeepAliveProbes: { kind: "int", min: 0 },
    /** Disable Nagle's algorithm (TCP_NODELAY). */
    NoDelay: { kind: "bool" },
    /** Socket priority (SO_PRIORITY) for packets sent. */
    Priority: { kind: "int" },
    /** Wake the service only once data arrived on a new connection, waiting at most this long. */
    DeferAcceptSec: { kind: "timespan", keywords: ["infinity"] },
    /** Receive buffer size of the sockets. */
    ReceiveBuffer: { kind: "size" },
    /** Send buffer size of the sockets. */
    SendBuffer: { kind: "size" },
    /** IP type-of-service field for packets sent: a number or low-delay, throughput, reliability, low-cost. */
    IPTOS: { kind: "string", specifiers: false },
    /** IP time-to-live (hop limit) for packets sent. */
    IPTTL: { kind: "int", min: 1, max: 255 },
    /** Firewall mark set on packets sent. */
    Mark: { kind: "int", min: 0 },
    /** Let several sockets bind the same port (SO_REUSEPORT). */
    ReusePort: { kind: "bool" },
    /** SMACK label of the socket files. */
    SmackLabel: { kind: "string" },
    /** SMACK label for incoming packets. */
    SmackLabelIPIn: { kind: "string" },
    /** SMACK label for outgoing packets. */
    SmackLabelIPOut: { kind: "string" },
    /** systemd 262+: Extended attribute "user.NAME=VALUE" set on the socket's file system node. */
    XAttrEntryPoint: { kind: "list", since: 262 },
    /** systemd 262+: Extended attribute "user.NAME=VALUE" set on the listening socket. */
    XAttrListen: { kind: "list", since: 262 },
    /** systemd 262+: Extended attribute "user.NAME=VALUE" set on each accepted connection socket. */
    XAttrAccept: { kind: "list", since: 262 },
    /** Run the service in the SELinux context of the peer's network label. */
    SELinuxContextFromNet: { kind: "bool" },
    /** Kernel buffer size of the FIFOs created. */
    PipeSize: { kind: "size" },
    /** Most messages a POSIX message queue holds. */
    MessageQueueMaxMessages: { kind: "int", min: 0 },
    /** Largest message a POSIX message queue accepts. */
    MessageQueueMessageSize: { kind: "int", min: 0 },
    /** Allow binding to addresses not (yet) configured on the machine. */
    FreeBind: { kind: "bool" },
    /** Allow transparent proxying (IP_TRANSPARENT). */
    Transparent: { kind: "bool" },
    /** Allow sending broadcast datagrams. */
    Broadcast: { kind: "bool" },
    /** Have the kernel attach the sender's credentials to AF_UNIX messages. */
    PassCredentials: { kind: "bool" },
    /** systemd 258+: Let AF_UNIX sockets receive the sender's pidfd (SO_PASSPIDFD). */
    PassPIDFD: { kind: "bool", since: 258 },
    /** Have the kernel attach the sender's security context to AF_UNIX messages. */
    PassSecurity: { kind: "bool" },
    /** Have the kernel attach packet information (IP_PKTINFO) to datagrams. */
    PassPacketInfo: { kind: "bool" },
    /** systemd 258+: Let peers send file descriptors over the AF_UNIX socket (SO_PASSRIGHTS); default true. */
    AcceptFileDescriptors: { kind: "bool", since: 258 },
    /** Have the kernel timestamp received packets: off, us or ns precision. */
    Timestamping: { kind: "enum", values: ["off", "us", "usec", "s", "ns", "nsec"] },
    /** TCP congestion control algorithm for the sockets, e.g. "bbr". */
    TCPCongestion: { kind: "string", specifiers: false },
    /** Commands run before the sockets are created. */
    ExecStartPre: { kind: "command" },
    /** Commands run after the sockets are created. */
    ExecStartPost: { kind: "command" },
    /** Commands run before the sockets are closed. */
    ExecStopPre: { kind: "command" },
    /** Commands run after the sockets are closed. */
    ExecStopPost: { kind: "command" },
    /** Longest the Exec*= commands may run before they are killed. */
    TimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    /** The service unit activated by this socket (default: the one with the same name). */
    Service: { kind: "unit" },
    /** Remove the socket files and FIFOs when the socket unit stops. */
    RemoveOnStop: { kind: "bool" },
    /** Symbolic links to create pointing at the AF_UNIX socket or FIFO. */
    Symlinks: { kind: "paths", words: true },
    /** Name given to the passed file descriptors ($LISTEN_FDNAMES). */
    FileDescriptorName: { kind: "string" },
    /** Window for TriggerLimitBurst=: too many activations in it stop the socket. */
    TriggerLimitIntervalSec: { kind: "timespan" },
    /** How many activations are allowed within TriggerLimitIntervalSec=. */
    TriggerLimitBurst: { kind: "int", min: 0 },
    /** systemd 255+: Window of the polling rate limit; past PollLimitBurst= events in it, polling pauses for the rest of it. */
    PollLimitIntervalSec: { kind: "timespan", since: 255 },
    /** systemd 255+: Polling events allowed per PollLimitIntervalSec= window before polling pauses. */
    PollLimitBurst: { kind: "int", min: 0, since: 255 },
    /** systemd 258+: When the service conflicts with running units, wait for them instead of replacing them: true, false or "patient". */
    DeferTrigger: { kind: "enum", values: [true, false, "patient"], since: 258 },
    /** systemd 258+: Longest time DeferTrigger= may wait before the socket fails, or "infinity". */
    DeferTriggerMaxSec: { kind: "timespan", keywords: ["infinity"], since: 258 },
    /** systemd 256+: Pass the socket's file descriptors to its ExecStartPost=, ExecStopPre= and ExecStopPost= commands too. */
    PassFileDescriptorsToExec: { kind: "bool", since: 256 },
    ...execDirectives,
    ...killDirectives,
    ...resourceControlDirectives,
  },
  /** [Timer] (systemd.timer(5)) */
  Timer: {
    /** Elapse this long after the timer itself was activated. */
    OnActiveSec: { kind: "timespans" },
    /** Elapse this long after the machine booted. */
    OnBootSec: { kind: "timespans" },
    /** Elapse this long after the service manager started. */
    OnStartupSec: { kind: "timespans" },
    /** Elapse this long after the activated unit was last started. */
    OnUnitActiveSec: { kind: "timespans" },
    /** Elapse this long after the activated unit was last stopped. */
    OnUnitInactiveSec: { kind: "timespans" },
    /** Calendar events (systemd.time(7)), e.g. "daily" or "Mon *-*-* 03:00:00". */
    OnCalendar: { kind: "list" },
    /** How late the timer may elapse, so that wake-ups can be batched (default 1min). */
    AccuracySec: { kind: "timespan" },
    /** Random extra delay, up to this long, added to each elapse. */
    RandomizedDelaySec: { kind: "timespan" },
    /** Keep the random delay the same for this timer on this machine, across restarts. */
    FixedRandomDelay: { kind: "bool" },
    /** systemd 258+: Stable random offset, up to this long, added to every elapse of the timer (derived like FixedRandomDelay=). */
    RandomizedOffsetSec: { kind: "timespan", since: 258 },
    /** systemd 257+: Schedule the next elapse from when the triggered unit finished, not from when it was started. */
    DeferReactivation: { kind: "bool", since: 257 },
    /** Also elapse when the system clock jumps. */
    OnClockChange: { kind: "bool" },
    /** Also elapse when the time zone changes. */
    OnTimezoneChange: { kind: "bool" },
    /** The unit activated when the timer elapses (default: the service with the same name). */
    Unit: { kind: "unit" },
    /** Catch up on a calendar event missed while the machine was off. */
    Persistent: { kind: "bool" },
    /** Wake the machine from suspend when the timer elapses. */
    WakeSystem: { kind: "bool" },
    /** Stay loaded and active after elapsing, instead of becoming inactive. */
    RemainAfterElapse: { kind: "bool" },
  },
  /** [Path] (systemd.path(5)) */
  Path: {
    /** Activate the unit when this path exists. */
    PathExists: { kind: "paths" },
    /** Activate the unit when something matches this glob. */
    PathExistsGlob: { kind: "paths" },
    /** Activate the unit when this file is closed after writing, or renamed or removed. */
    PathChanged: { kind: "paths" },
    /** Activate the unit on every write to this file, not only on close. */
    PathModified: { kind: "paths" },
    /** Activate the unit when this directory has entries. */
    DirectoryNotEmpty: { kind: "paths" },
    /** The unit activated (default: the service with the same name). */
    Unit: { kind: "unit" },
    /** Create the watched directories if they are missing. */
    MakeDirectory: { kind: "bool" },
    /** Access mode for directories created by MakeDirectory=. */
    DirectoryMode: { kind: "mode" },
    /** Window for TriggerLimitBurst=: too many activations in it stop the path unit. */
    TriggerLimitIntervalSec: { kind: "timespan" },
    /** How many activations are allowed within TriggerLimitIntervalSec=. */
    TriggerLimitBurst: { kind: "int", min: 0 },
  },
  /** [Mount] (systemd.mount(5), systemd.exec(5), systemd.kill(5), systemd.resource-control(5)) */
  Mount: {
    /** What to mount: a device node, a file system label/UUID path, a remote share or a source directory. */
    What: { kind: "string" },
    /** The mount point; it must match the unit's name (systemd-escape --path). */
    Where: { kind: "path" },
    /** File system type, as for mount -t. */
    Type: { kind: "string" },
    /** Mount options, comma-separated, as for mount -o. */
    Options: { kind: "string" },
    /** Ignore mount options the file system does not know (mount -s). */
    SloppyOptions: { kind: "bool" },
    /** Detach the file system now and clean up when it is no longer busy (umount -l). */
    LazyUnmount: { kind: "bool" },
    /** Fail instead of falling back to read-only when a read-write mount fails. */
    ReadWriteOnly: { kind: "bool" },
    /** Force the unmount, e.g. of an unreachable NFS server (umount -f). */
    ForceUnmount: { kind: "bool" },
    /** Access mode for mount point directories created. */
    DirectoryMode: { kind: "mode" },
    /** Longest the mount command may run before it is killed. */
    TimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    ...execDirectives,
    ...killDirectives,
    ...resourceControlDirectives,
  },
  /** [Automount] (systemd.automount(5)) */
  Automount: {
    /** The mount point that is mounted on first access; it must match the unit's name. */
    Where: { kind: "path" },
    /** Extra mount options for the autofs mount point itself. */
    ExtraOptions: { kind: "string" },
    /** Access mode for mount point directories created. */
    DirectoryMode: { kind: "mode" },
    /** Unmount after this long without use (0: never). */
    TimeoutIdleSec: { kind: "timespan" },
  },
  /** [Swap] (systemd.swap(5), systemd.exec(5), systemd.kill(5), systemd.resource-control(5)) */
  Swap: {
    /** The swap device or file. */
    What: { kind: "string" },
    /** Swap priority (-1 to 32767); higher is used first. */
    Priority: { kind: "int", min: -1, max: 32767 },
    /** Swap options, comma-separated, as in /etc/fstab. */
    Options: { kind: "string" },
    /** Longest swapon may run before it is killed. */
    TimeoutSec: { kind: "timespan", keywords: ["infinity"] },
    ...execDirectives,
    ...killDirectives,
    ...resourceControlDirectives,
  },
  /** [Slice] (systemd.slice(5), systemd.resource-control(5)) */
  Slice: {
    /** systemd 258+: Most units in this slice that may be active at once; more fail to start. "infinity" for no limit. */
    ConcurrencyHardMax: { kind: "int", min: 0, keywords: ["infinity"], since: 258 },
    /** systemd 258+: Most units in this slice that may be active at once; more wait in the queue. "infinity" for no limit. */
    ConcurrencySoftMax: { kind: "int", min: 0, keywords: ["infinity"], since: 258 },
    /** systemd 262+: Most units in this slice that may be starting at once; more wait in the queue. */
    ActivatingConcurrencyMax: { kind: "int", min: 0, keywords: ["infinity"], since: 262 },
    ...resourceControlDirectives,
  },
  /** [Install] (systemd.unit(5)) */
  Install: {
    /** Extra names the unit answers to, made as symbolic links when it is enabled. */
    Alias: { kind: "units" },
    /** Units that want this one: hearth links it into their .wants/ directory. */
    WantedBy: { kind: "units" },
    /** Units that require this one: hearth links it into their .requires/ directory. */
    RequiredBy: { kind: "units" },
    /** systemd 254+: Units that get an Upholds= dependency on this one when it is enabled (a link in their .upholds/). */
    UpheldBy: { kind: "units", since: 254 },
    /** Units enabled and disabled together with this one. */
    Also: { kind: "units" },
    /** Instance name used when a template unit is enabled without one. */
    DefaultInstance: { kind: "string" },
  },
} as const satisfies Record<string, Record<string, DirectiveSpec>>;

/** The sections each unit type may contain, [Unit] first and [Install] last. */
export const unitTypes = {
  service: ["Unit", "Service", "Install"],
  socket: ["Unit", "Socket", "Install"],
  timer: ["Unit", "Timer", "Install"],
  path: ["Unit", "Path", "Install"],
  mount: ["Unit", "Mount", "Install"],
  automount: ["Unit", "Automount", "Install"],
  swap: ["Unit", "Swap", "Install"],
  slice: ["Unit", "Slice", "Install"],
  target: ["Unit", "Install"],
} as const satisfies Record<string, readonly (keyof typeof sections)[]>;

/** The sections of a systemd-networkd .network file (systemd.network(5)). */
export const networkSections = {
  Match: {
    /** Match links whose current hardware address is one of these. */
    MACAddress: { kind: "mac", repeat: true },
    /** Match links whose permanent hardware address is one of these. */
    PermanentMACAddress: { kind: "mac", repeat: true },
    /** Match links whose udev ID_PATH matches one of these globs. */
    Path: { kind: "list", words: true },
    /** Match links whose driver matches one of these globs. */
    Driver: { kind: "list", words: true },
    /** Match links whose device type (ether, wlan, loopback, …) matches one of these globs. */
    Type: { kind: "list", words: true },
    /** Match links whose kind (bond, bridge, veth, …) matches one of these globs. */
    Kind: { kind: "list", words: true },
    /** Match links whose udev properties have these NAME=value pairs. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Property: { kind: "string" },
    /** Match links whose name (or an alternative name) matches one of these globs. */
    Name: { kind: "list", words: true },
    /** Match wireless links of these interface types (station, ap, …). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    WLANInterfaceType: { kind: "string" },
    /** Match wireless links connected to an SSID matching one of these globs. */
    SSID: { kind: "list", words: true },
    /** Match wireless links connected to one of these access point addresses. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    BSSID: { kind: "list" },
    /** Match only on a machine with this hostname or machine ID. */
    Host: { kind: "list" },
    /** Match only when running in (or not in) this kind of virtualization. */
    Virtualization: { kind: "list" },
    /** Match only when the kernel command line has this option. */
    KernelCommandLine: { kind: "list" },
    /** Match only when the kernel release compares as given. */
    KernelVersion: { kind: "list" },
    /** systemd 258+: Match if a version ("kernel", "systemd" or "glibc") satisfies the expression, as ConditionVersion=; "!" negates. */
    Version: { kind: "list", since: 258 },
    /** Match only when systemd-networkd received this credential. */
    Credential: { kind: "list" },
    /** Match only on this CPU architecture. */
    Architecture: { kind: "list" },
    /** Match only with this firmware (uefi, device-tree, …). */
    Firmware: { kind: "list" },
    /** systemd 262+: Match if one of the machine's tags matches this glob, as ConditionMachineTag=; "!" negates. */
    MachineTag: { kind: "list", since: 262 },
  },
  Link: {
    /** Hardware address to set on the link. */
    MACAddress: { kind: "mac" },
    /** Maximum transmission unit of the link, in bytes. */
    MTUBytes: { kind: "size" },
    /** Turn ARP on or off for the link. */
    ARP: { kind: "bool" },
    /** Turn the multicast flag of the link on or off. */
    Multicast: { kind: "bool" },
    /** Receive all multicast packets on the link. */
    AllMulticast: { kind: "bool" },
    /** Put the link into promiscuous mode. */
    Promiscuous: { kind: "bool" },
    /** Leave matching links alone: networkd neither brings them up nor configures them. */
    Unmanaged: { kind: "bool" },
    /** Link group number (0-2147483647) the link joins. */
    Group: { kind: "int", min: 0, max: 2147483647 },
    /** Whether (or in which operational state range) the link counts for being online. */
    RequiredForOnline: { kind: "string" },
    /** Which address family must be configured for the link to count as online. */
    RequiredFamilyForOnline: { kind: "enum", values: ["ipv4", "ipv6", "both", "any"] },
    /** When networkd brings the link up or down: up, always-up, manual, always-down, down, bound. */
    ActivationPolicy: { kind: "enum", values: ["up", "always-up", "manual", "always-down", "down", "bound"] },
  },
  "SR-IOV": {
    /** Index of the SR-IOV virtual function this section configures. */
    VirtualFunction: { kind: "int", min: 0, max: 2147483646 },
    /** VLAN ID of the virtual function. */
    VLANId: { kind: "int", min: 1, max: 4095 },
    /** Quality-of-service priority of the virtual function. */
    QualityOfService: { kind: "int", min: 1, max: 4294967294 },
    /** VLAN protocol of the virtual function: 802.1Q or 802.1ad. */
    VLANProtocol: { kind: "enum", values: ["802.1Q", "802.1ad"] },
    /** Check that the virtual function sends only from its own MAC address. */
    MACSpoofCheck: { kind: "bool" },
    /** Let the virtual function query the RSS configuration. */
    QueryReceiveSideScaling: { kind: "bool" },
    /** Trust the virtual function to change settings that affect security or performance. */
    Trust: { kind: "bool" },
    /** Link state of the virtual function: up, down, or following the physical function ("auto"). */
    LinkState: { kind: "enum", values: [true, false, "auto"] },
    /** Hardware address of the virtual function. */
    MACAddress: { kind: "mac" },
  },
  Network: {
    /** Free-form description of the network configuration. */
    Description: { kind: "string" },
    /** Run the DHCP client: for IPv4, IPv6, both (true) or neither. */
    DHCP: { kind: "enum", values: [true, false, "ipv4", "ipv6"] },
    /** systemd 261+: Make this link a DHCP relay interface: "upstream" or "downstream" (configured in [DHCPRelay] and networkd.conf). */
    DHCPRelay: { kind: "enum", values: ["upstream", "downstream"], since: 261 },
    /** Run a DHCPv4 server on the link (configured in [DHCPServer]). */
    DHCPServer: { kind: "bool" },
    /** Configure link-local addresses: for IPv4, IPv6, both (true) or neither. */
    LinkLocalAddressing: { kind: "enum", values: [true, false, "ipv4", "ipv6"] },
    /** How the IPv6 link-local address is derived: eui64, none, stable-privacy or random. */
    IPv6LinkLocalAddressGenerationMode: { kind: "enum", values: ["eui64", "none", "stable-privacy", "random"] },
    /** Secret used to derive stable-privacy IPv6 addresses. */
    IPv6StableSecretAddress: { kind: "address", family: 6 },
    /** First IPv4 link-local address to try. */
    IPv4LLStartAddress: { kind: "address", family: 4 },
    /** Add a route for reaching IPv4 link-local-only hosts. */
    IPv4LLRoute: { kind: "bool" },
    /** Add an IPv4 default route through this link without a gateway. */
    DefaultRouteOnDevice: { kind: "bool" },
    /** Link-Local Multicast Name Resolution on the link: on, off, or resolve only. */
    LLMNR: { kind: "enum", values: [true, false, "resolve"] },
    /** Multicast DNS on the link: on, off, or resolve only. */
    MulticastDNS: { kind: "enum", values: [true, false, "resolve"] },
    /** DNS-over-TLS for the link's DNS servers: on, off or opportunistic. */
    DNSOverTLS: { kind: "enum", values: [true, false, "opportunistic"] },
    /** DNSSEC validation for lookups through the link: on, off or allow-downgrade. */
    DNSSEC: { kind: "enum", values: [true, false, "allow-downgrade"] },
    /** Domains for which DNSSEC validation is turned off on the link. */
    DNSSECNegativeTrustAnchors: { kind: "list", words: true },
    /** Receive LLDP packets on the link (true, false or routers-only). */
    LLDP: { kind: "enum", values: [true, false, "routers-only"] },
    /** Send LLDP packets on the link, and to which kind of neighbour bridge. */
    EmitLLDP: { kind: "enum", values: [true, false, "nearest-bridge", "non-tpmr-bridge", "customer-bridge"] },
    /** Links whose carrier this link follows: it goes down when all of them are down. */
    BindCarrier: { kind: "list", words: true },
    /** Static addresses with prefix length, e.g. "192.168.1.10/24" (one per item). */
    Address: { kind: "address", prefix: "optional", repeat: true },
    /** Gateway addresses; each adds a default route. */
    Gateway: { kind: "address", keywords: ["_dhcp4", "_ipv6ra"], repeat: true },
    /** DNS servers for the link, optionally with ":port", "%interface" and "#server-name". */
    DNS: { kind: "list" },
    /** systemd 256+: Default for UseDomains= of [DHCPv4], [DHCPv6] and [IPv6AcceptRA]: true, false or "route". */
    UseDomains: { kind: "enum", values: [true, false, "route"], since: 256 },
    /** Search domains for the link; "~" marks routing-only domains ("~." for all). */
    Domains: { kind: "list", words: true },
    /** Use the link's DNS servers for names no link's Domains= claims. */
    DNSDefaultRoute: { kind: "bool" },
    /** NTP servers (addresses or names) for systemd-timesyncd. */
    NTP: { kind: "list", words: true },
    /** systemd 256+: Forward IPv4 packets on this interface (net.ipv4.conf.IFACE.forwarding). */
    IPv4Forwarding: { kind: "bool", since: 256 },
    /** systemd 256+: Forward IPv6 packets on this interface (net.ipv6.conf.IFACE.forwarding). */
    IPv6Forwarding: { kind: "bool", since: 256 },
    /** Enable IP forwarding (system-wide) for IPv4, IPv6 or both. */
    IPForward: { kind: "enum", values: [true, false, "ipv4", "ipv6"] },
    /** Masquerade (SNAT) traffic forwarded out of this link: ipv4, ipv6, both or no. */
    IPMasquerade: { kind: "enum", values: ["ipv4", "ipv6", "both", "no"] },
    /** Use temporary IPv6 addresses (RFC 4941), preferring them or the public one. */
    IPv6PrivacyExtensions: { kind: "enum", values: [true, false, "prefer-public", "kernel"] },
    /** Accept IPv6 router advertisements on the link. */
    IPv6AcceptRA: { kind: "bool" },
    /** Number of duplicate address detection probes sent for IPv6. */
    IPv6DuplicateAddressDetection: { kind: "int", min: 0 },
    /** IPv6 hop limit for packets sent on the link. */
    IPv6HopLimit: { kind: "int", min: 0, max: 255 },
    /** systemd 256+: Time between retransmitted IPv6 Neighbor Solicitations on this link. */
    IPv6RetransmissionTimeSec: { kind: "timespan", since: 256 },
    /** systemd 258+: Longest time IPv4 duplicate address detection may take (1ms to 60s; default 200ms). */
    IPv4DuplicateAddressDetectionTimeoutSec: { kind: "timespan", since: 258 },
    /** systemd 255+: IPv4 reverse path filtering: false, "strict" or "loose". */
    IPv4ReversePathFilter: { kind: "enum", values: [false, "strict", "loose"], since: 255 },
    /** systemd 257+: Force an IGMP version on this link: false, "v1", "v2" or "v3". */
    MulticastIGMPVersion: { kind: "enum", values: [false, "v1", "v2", "v3"], since: 257 },
    /** Accept packets with a local source address arriving on the link. */
    IPv4AcceptLocal: { kind: "bool" },
    /** Allow routing of 127.0.0.0/8 addresses on the link. */
    IPv4RouteLocalnet: { kind: "bool" },
    /** systemd 261+: Include the packet's firewall mark in the reverse path lookup for source validation. */
    IPv4SrcValidMark: { kind: "bool", since: 261 },
    /** Answer ARP requests on behalf of other hosts (proxy ARP). */
    IPv4ProxyARP: { kind: "bool" },
    /** systemd 256+: Proxy ARP back onto the same interface (private VLAN, port isolation). */
    IPv4ProxyARPPrivateVLAN: { kind: "bool", since: 256 },
    /** Answer neighbour solicitations on behalf of other hosts (proxy NDP). */
    IPv6ProxyNDP: { kind: "bool" },
    /** systemd 262+: Addresses for which ARP (IPv4) or neighbour solicitations (IPv6) are answered by proxy. */
    ProxyNeighbor: { kind: "address", repeat: true, since: 262 },
    /** IPv6 addresses whose neighbour solicitations are answered by proxy. */
    IPv6ProxyNDPAddress: { kind: "address", family: 6, repeat: true },
    /** Send IPv6 router advertisements on the link (configured in [IPv6SendRA]). */
    IPv6SendRA: { kind: "bool" },
    /** Assign subnets of a prefix delegated over another link to this one. */
    DHCPPrefixDelegation: { kind: "bool" },
    /** IPv6 MTU of the link (at least 1280 bytes). */
    IPv6MTUBytes: { kind: "size" },
    /** systemd 258+: Accept MPLS-routed packets on this interface. */
    MPLSRouting: { kind: "bool", since: 258 },
    /** Keep the link's current master device, ignoring Bond=, Bridge= and the like. */
    KeepMaster: { kind: "bool" },
    /** B.A.T.M.A.N. Advanced interface the link is added to. */
    BatmanAdvanced: { kind: "string" },
    /** Bond interface the link is added to. */
    Bond: { kind: "string" },
    /** Bridge interface the link is added to. */
    Bridge: { kind: "string" },
    /** VRF interface the link is added to. */
    VRF: { kind: "string" },
    /** IPoIB netdevs created on top of this link. */
    IPoIB: { kind: "list" },
    /** IPVLAN netdevs created on top of this link. */
    IPVLAN: { kind: "list" },
    /** IPVTAP netdevs created on top of this link. */
    IPVTAP: { kind: "list" },
    /** MACsec netdevs created on top of this link. */
    MACsec: { kind: "list" },
    /** MACVLAN netdevs created on top of this link. */
    MACVLAN: { kind: "list" },
    /** MACVTAP netdevs created on top of this link. */
    MACVTAP: { kind: "list" },
    /** Tunnel netdevs created on top of this link. */
    Tunnel: { kind: "list" },
    /** VLAN netdevs created on top of this link. */
    VLAN: { kind: "list" },
    /** VXLAN netdevs created on top of this link. */
    VXLAN: { kind: "list" },
    /** Xfrm netdevs created on top of this link. */
    Xfrm: { kind: "list" },
    /** Make this link the active member of its bond. */
    ActiveSlave: { kind: "bool" },
    /** Make this link the preferred member of its bond. */
    PrimarySlave: { kind: "bool" },
    /** Configure the link even while it has no carrier. */
    ConfigureWithoutCarrier: { kind: "bool" },
    /** Keep the configuration when the carrier is lost (always, or for this long). */
    IgnoreCarrierLoss: { kind: "timespan", bool: true },
    /** Keep addresses and routes that networkd did not set when it starts or stops. */
    KeepConfiguration: { kind: "enum", values: [true, false, "static", "dhcp-on-stop", "dhcp"] },
  },
  Address: {
    /** The address with prefix length, e.g. "10.0.0.2/24" (required). */
    Address: { kind: "address", prefix: "optional" },
    /** Address of the other end of a point-to-point link. */
    Peer: { kind: "address", prefix: "optional" },
    /** IPv4 broadcast address, or whether to derive it (true) or set none (false). */
    Broadcast: { kind: "address", family: 4, bool: true },
    /** Label of the IPv4 address (up to 15 characters). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Label: { kind: "string" },
    /** Preferred lifetime: "forever"/"infinity", or "0" to deprecate the address at once. */
    PreferredLifetime: { kind: "enum", values: ["forever", "infinity", "0"] },
    /** Scope of the address: global, link, host, or a number. */
    Scope: { kind: "string" },
    /** Metric of the prefix route added for the address. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295 },
    /** Mark the IPv6 address as a Mobile IPv6 home address. */
    HomeAddress: { kind: "bool" },
    /** Duplicate address detection for this address: ipv4, ipv6, both or none. */
    DuplicateAddressDetection: { kind: "enum", values: ["ipv4", "ipv6", "both", "none"] },
    /** Let the kernel create temporary addresses from this one. */
    ManageTemporaryAddress: { kind: "bool" },
    /** Add the route to the address's subnet. */
    AddPrefixRoute: { kind: "bool" },
    /** Join the multicast group of a multicast address at the IP level. */
    AutoJoin: { kind: "bool" },
    /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    NetLabel: { kind: "string" },
    /** systemd 255+: NFT sets this address is added to: space-separated "source:family:table:set", source "address", "prefix" or "ifindex". */
    NFTSet: { kind: "string", since: 255 },
  },
  Neighbor: {
    /** IP address of the static neighbour entry. */
    Address: { kind: "address" },
    /** Link-layer (MAC or IP) address of the neighbour. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    LinkLayerAddress: { kind: "string" },
  },
  IPv6AddressLabel: {
    /** Label number for the prefix, used in source address selection. */
    Label: { kind: "int", min: 0, max: 4294967294 },
    /** IPv6 prefix with length that gets the label. */
    Prefix: { kind: "address", family: 6, prefix: "required" },
  },
  RoutingPolicyRule: {
    /** Type-of-service value packets must have (0-255). */
    TypeOfService: { kind: "int", min: 0, max: 255 },
    /** Source prefix packets must come from. */
    From: { kind: "address", prefix: "optional" },
    /** Destination prefix packets must go to. */
    To: { kind: "address", prefix: "optional" },
    /** Firewall mark (and "/mask") packets must carry. */
    FirewallMark: { kind: "int", min: 1, max: 4294967295 },
    /** Routing table consulted when the rule matches: a name or number. */
    Table: { kind: "string" },
    /** Priority of the rule; lower numbers are tried first. */
    Priority: { kind: "int", min: 0, max: 4294967295 },
    /** systemd 257+: Priority of the rule a "goto" rule jumps to (implies Type=goto). */
    GoTo: { kind: "int", min: 1, max: 4294967295, since: 257 },
    /** Interface packets must arrive on. */
    IncomingInterface: { kind: "string" },
    /** Interface packets must leave through. */
    OutgoingInterface: { kind: "string" },
    /** systemd 256+: Direct lookups to the routing tables of VRF (L3 master) devices. */
    L3MasterDevice: { kind: "bool", since: 256 },
    /** Source port or port range packets must have. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    SourcePort: { kind: "string" },
    /** Destination port or port range packets must have. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DestinationPort: { kind: "string" },
    /** IP protocol packets must use (name or number). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    IPProtocol: { kind: "string" },
    /** Apply the rule to packets that do not match. */
    InvertRule: { kind: "bool" },
    /** Address family of the rule: ipv4, ipv6 or both. */
    Family: { kind: "enum", values: ["ipv4", "ipv6", "both"] },
    /** User ID or UID range of the sending process. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    User: { kind: "string" },
    /** Ignore routing decisions with a prefix this short or shorter. */
    SuppressPrefixLength: { kind: "int", min: 0, max: 128 },
    /** Ignore routing decisions through interfaces of this group. */
    SuppressInterfaceGroup: { kind: "int", min: 0, max: 2147483647 },
    /** Rule type: blackhole, unreachable or prohibit. */
    Type: { kind: "enum", values: ["blackhole", "unreachable", "prohibit"] },
  },
  NextHop: {
    /** Identifier of the next-hop entry. */
    Id: { kind: "int", min: 1, max: 4294967295 },
    /** Gateway address of the next hop. */
    Gateway: { kind: "address" },
    /** Address family of the next hop when no gateway is given. */
    Family: { kind: "enum", values: ["ipv4", "ipv6"] },
    /** Treat the gateway as directly reachable on the link. */
    OnLink: { kind: "bool" },
    /** Silently drop packets routed through this next hop. */
    Blackhole: { kind: "bool" },
    /** Next-hop IDs (with ":weight") that form a multipath group. */
    Group: { kind: "list", words: true },
  },
  Route: {
    /** Gateway address, or "_dhcp4"/"_ipv6ra" for the one DHCP or router advertisements provide. */
    Gateway: { kind: "address", keywords: ["_dhcp4", "_ipv6ra"] },
    /** Treat the gateway as directly reachable on the link. */
    GatewayOnLink: { kind: "bool" },
    /** Destination prefix of the route (default: the default route). */
    Destination: { kind: "address", prefix: "optional" },
    /** Source prefix of the route. */
    Source: { kind: "address", prefix: "optional" },
    /** Metric of the route; lower is preferred. */
    Metric: { kind: "int", min: 0, max: 4294967295 },
    /** Preference of the IPv6 route: low, medium or high. */
    IPv6Preference: { kind: "enum", values: ["low", "medium", "high"] },
    /** Scope of the IPv4 route: global, site, link, host or nowhere. */
    Scope: { kind: "enum", values: ["global", "site", "link", "host", "nowhere"] },
    /** Source address preferred for packets using the route. */
    PreferredSource: { kind: "address" },
    /** Routing table of the route: a name or number. */
    Table: { kind: "string" },
    /** systemd 255+: Hop limit (TTL) of packets sent along this route, 1 to 255. */
    HopLimit: { kind: "int", min: 1, max: 255, since: 255 },
    /** Protocol identifier of the route: a name or number. */
    Protocol: { kind: "string" },
    /** Route type: unicast, local, blackhole, unreachable, prohibit, … */
    Type: { kind: "enum", values: ["unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"] },
    /** TCP initial congestion window for connections over the route. */
    InitialCongestionWindow: { kind: "int", min: 1, max: 1023 },
    /** TCP initial advertised receive window for connections over the route. */
    InitialAdvertisedReceiveWindow: { kind: "int", min: 1, max: 1023 },
    /** Turn on TCP quick ack mode for the route. */
    QuickAck: { kind: "bool" },
    /** Allow TCP Fast Open without a cookie on the route. */
    FastOpenNoCookie: { kind: "bool" },
    /** Propagate the TTL at the egress of MPLS label switched paths. */
    TTLPropagate: { kind: "bool" },
    /** MTU of the route, in bytes. */
    MTUBytes: { kind: "size" },
    /** TCP maximum segment size advertised for the route. */
    TCPAdvertisedMaximumSegmentSize: { kind: "int", min: 1, max: 4294967294 },
    /** TCP congestion control algorithm for the route, e.g. "bbr". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TCPCongestionControlAlgorithm: { kind: "string" },
    /** systemd 255+: TCP retransmission timeout (RTO) for connections along this route. */
    TCPRetransmissionTimeoutSec: { kind: "timespan", since: 255 },
    /** One path of a multipath route: "gateway[@interface] [weight]". */
    MultiPathRoute: { kind: "list" },
    /** Next-hop entry ([NextHop] Id=) the route goes through. */
    NextHop: { kind: "int", min: 1, max: 4294967295 },
  },
  DHCPv4: {
    /** systemd 255+: IPv4 address to ask the DHCP server for in the first DHCPDISCOVER. */
    RequestAddress: { kind: "address", family: 4, since: 255 },
    /** Send the machine's hostname (or Hostname=) to the DHCP server. */
    SendHostname: { kind: "bool" },
    /** Hostname sent to the DHCP server instead of the machine's. */
    Hostname: { kind: "string" },
    /** Manufacturer Usage Description URL sent to the DHCP server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MUDURL: { kind: "string" },
    /** DHCP client identifier: the MAC address, or a DUID-based one. */
    ClientIdentifier: { kind: "enum", values: ["mac", "duid", "duid-only"] },
    /** Vendor class identifier sent to the DHCP server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    VendorClassIdentifier: { kind: "string" },
    /** User class strings sent to the DHCP server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    UserClass: { kind: "string" },
    /** DUID type for this link, overriding networkd.conf. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DUIDType: { kind: "string" },
    /** Raw DUID data for this link, overriding networkd.conf. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DUIDRawData: { kind: "string" },
    /** Identity association identifier of the link. */
    IAID: { kind: "int", min: 0, max: 4294967295 },
    /** systemd 255+: Use the two-message rapid commit exchange (RFC 4039) when the server supports it. */
    RapidCommit: { kind: "bool", since: 255 },
    /** Send as little identifying information as possible (RFC 7844). */
    Anonymize: { kind: "bool" },
    /** Extra DHCP option numbers requested from the server. */
    RequestOptions: { kind: "int", min: 1, max: 254 },
    /** Raw DHCP option sent to the server: "code:type:value". */
    SendOption: { kind: "list" },
    /** Raw vendor-specific option sent to the server: "code:type:value". */
    SendVendorOption: { kind: "list" },
    /** IP type-of-service of DHCP packets: none, CS6 or CS4. */
    IPServiceType: { kind: "enum", values: ["none", "CS6", "CS4"] },
    /** systemd 253+: SO_PRIORITY of the raw socket that sends the first DHCPv4 messages (maps to a VLAN priority). */
    SocketPriority: { kind: "int", min: 0, since: 253 },
    /** systemd 258+: Talk to BOOTP servers instead of DHCP servers. */
    BOOTP: { kind: "bool", since: 258 },
    /** Label of the IPv4 address received. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Label: { kind: "string" },
    /** Use the DNS servers the DHCP server provides. */
    UseDNS: { kind: "bool" },
    /** Add routes to the provided DNS servers. */
    RoutesToDNS: { kind: "bool" },
    /** Use the NTP servers the DHCP server provides. */
    UseNTP: { kind: "bool" },
    /** Add routes to the provided NTP servers. */
    RoutesToNTP: { kind: "bool" },
    /** Use the SIP servers the DHCP server provides. */
    UseSIP: { kind: "bool" },
    /** systemd 254+: Record the captive portal the DHCP server advertises, for networkctl and client programs. */
    UseCaptivePortal: { kind: "bool", since: 254 },
    /** systemd 257+: Use the encrypted DNS resolvers the DHCP server designates (RFC 9463); default: as UseDNS=. */
    UseDNR: { kind: "bool", since: 257 },
    /** Use the MTU the DHCP server provides. */
    UseMTU: { kind: "bool" },
    /** Set the transient hostname from the DHCP server. */
    UseHostname: { kind: "bool" },
    /** Use the provided domain name as search domain (true) or routing-only domain ("route"). */
    UseDomains: { kind: "bool" },
    /** Install the static routes the DHCP server provides. */
    UseRoutes: { kind: "bool" },
    /** Metric of the routes learned from DHCP. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295 },
    /** Routing table for the routes learned from DHCP. */
    RouteTable: { kind: "int", min: 1, max: 4294967295 },
    /** MTU of the routes learned from DHCP. */
    RouteMTUBytes: { kind: "size" },
    /** systemd 253+: Enable TCP quick ACK on the routes from the DHCPv4 lease. */
    QuickAck: { kind: "bool", since: 253 },
    /** systemd 255+: TCP initial congestion window of the routes from the DHCPv4 lease. */
    InitialCongestionWindow: { kind: "int", min: 1, max: 1023, since: 255 },
    /** systemd 255+: TCP initial advertised receive window of the routes from the DHCPv4 lease. */
    InitialAdvertisedReceiveWindow: { kind: "int", min: 1, max: 1023, since: 255 },
    /** Install the gateway the DHCP server provides as default route. */
    UseGateway: { kind: "bool" },
    /** Set the system time zone from the DHCP server. */
    UseTimezone: { kind: "bool" },
    /** Configure IPv6 rapid deployment from the 6RD option. */
    Use6RD: { kind: "bool" },
    /** systemd 257+: Reject route for the unassigned part of the 6RD prefix: "none", "unreachable", "prohibit", "blackhole" or "throw". */
    UnassignedSubnetPolicy: { kind: "enum", values: ["none", "unreachable", "prohibit", "blackhole", "throw"], since: 257 },
    /** systemd 255+: Skip IPv4 configuration when the server says IPv6-only is preferred and IPv6 connectivity comes up (RFC 8925). */
    IPv6OnlyMode: { kind: "bool", since: 255 },
    /** Lease lifetime to assume when the server gives none ("forever"/"infinity"). */
    FallbackLeaseLifetimeSec: { kind: "enum", values: ["forever", "infinity"] },
    /** Ask the server to broadcast its replies. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    RequestBroadcast: { kind: "string" },
    /** How many times to try DHCP before giving up ("infinity": forever). */
    MaxAttempts: { kind: "int", min: 1, keywords: ["infinity"] },
    /** UDP port the DHCP client sends from. */
    ListenPort: { kind: "int", min: 1, max: 65535 },
    /** systemd 256+: Port the DHCP server listens on. */
    ServerPort: { kind: "int", min: 1, max: 65535, since: 256 },
    /** Server addresses (or prefixes) whose offers are ignored. */
    DenyList: { kind: "address", family: 4, prefix: "optional", repeat: true },
    /** Server addresses (or prefixes) whose offers alone are accepted. */
    AllowList: { kind: "address", family: 4, prefix: "optional", repeat: true },
    /** Release the lease when the client stops. */
    SendRelease: { kind: "bool" },
    /** Probe the offered address and decline it when it is in use. */
    SendDecline: { kind: "bool" },
    /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    NetLabel: { kind: "string" },
    /** systemd 255+: NFT sets the addresses and prefixes from the DHCPv4 lease are added to, as NFTSet= of [Address]. */
    NFTSet: { kind: "string", since: 255 },
  },
  DHCPv6: {
    /** Manufacturer Usage Description URL sent to the DHCPv6 server. */
    MUDURL: { kind: "string" },
    /** Identity association identifier of the link. */
    IAID: { kind: "int", min: 0, max: 4294967295 },
    /** DUID type for this link, overriding networkd.conf. */
    DUIDType: { kind: "string" },
    /** Raw DUID data for this link, overriding networkd.conf. */
    DUIDRawData: { kind: "string" },
    /** Extra DHCPv6 option numbers requested from the server. */
    RequestOptions: { kind: "int", min: 1, max: 254 },
    /** Raw DHCPv6 option sent to the server: "code:type:value". */
    SendOption: { kind: "list" },
    /** Raw vendor-specific option: "enterprise:code:type:value". */
    SendVendorOption: { kind: "list" },
    /** User class strings sent to the DHCPv6 server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    UserClass: { kind: "list" },
    /** Vendor class strings sent to the DHCPv6 server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    VendorClass: { kind: "string" },
    /** Prefix (with length) suggested to the server for delegation. */
    PrefixDelegationHint: { kind: "int", min: 1, max: 128 },
    /** systemd 257+: Reject route for the unassigned part of the delegated prefix: "none", "unreachable", "prohibit", "blackhole" or "throw". */
    UnassignedSubnetPolicy: { kind: "enum", values: ["none", "unreachable", "prohibit", "blackhole", "throw"], since: 257 },
    /** systemd 261+: Routing table for the routes the DHCPv6 client installs: "default", "main", "local", a networkd.conf name or a number. */
    RouteTable: { kind: "string", since: 261 },
    /** Use the two-message rapid commit exchange when the server allows it. */
    RapidCommit: { kind: "bool" },
    /** systemd 255+: Send the machine's hostname (or Hostname=) to the DHCPv6 server. */
    SendHostname: { kind: "bool", since: 255 },
    /** systemd 255+: Hostname to send to the DHCPv6 server instead of the machine's. */
    Hostname: { kind: "string", since: 255 },
    /** Assign the addresses the DHCPv6 server provides. */
    UseAddress: { kind: "bool" },
    /** systemd 254+: Record the captive portal the DHCPv6 server advertises, for networkctl and client programs. */
    UseCaptivePortal: { kind: "bool", since: 254 },
    /** Request prefix delegation and hand out subnets of the delegated prefix. */
    UseDelegatedPrefix: { kind: "bool" },
    /** Use the DNS servers the DHCPv6 server provides. */
    UseDNS: { kind: "bool" },
    /** systemd 257+: Use the encrypted DNS resolvers the DHCPv6 server designates (RFC 9463); default: as UseDNS=. */
    UseDNR: { kind: "bool", since: 257 },
    /** Use the NTP servers the DHCPv6 server provides. */
    UseNTP: { kind: "bool" },
    /** systemd 258+: Use the SIP servers the DHCPv6 server provides. */
    UseSIP: { kind: "bool", since: 258 },
    /** Set the transient hostname from the DHCPv6 server. */
    UseHostname: { kind: "bool" },
    /** Use the provided domains as search domains (true) or routing-only domains ("route"). */
    UseDomains: { kind: "bool" },
    /** NetLabel security label given to the addresses this section configures. */
    NetLabel: { kind: "string" },
    /** systemd 253+: Send a RELEASE to the DHCPv6 server when the client stops. */
    SendRelease: { kind: "bool", since: 253 },
    /** systemd 255+: NFT sets the addresses and prefixes from DHCPv6 are added to, as NFTSet= of [Address]. */
    NFTSet: { kind: "string", since: 255 },
    /** Start the DHCPv6 client without a router advertisement: no, solicit or information-request. */
    WithoutRA: { kind: "enum", values: [false, "solicit", "information-request"] },
  },
  DHCPPrefixDelegation: {
    /** Link the delegated prefix comes from: a name, index, ":self" or ":auto". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    UplinkInterface: { kind: "string" },
    /** Subnet ID used on this link within the delegated prefix ("auto" or a number). */
    SubnetId: { kind: "string" },
    /** Announce the delegated subnet in router advertisements. */
    Announce: { kind: "bool" },
    /** Assign an address from the delegated subnet to the link. */
    Assign: { kind: "bool" },
    /** How the interface identifier of that address is generated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Token: { kind: "string" },
    /** Let the kernel create temporary addresses from the assigned one. */
    ManageTemporaryAddress: { kind: "bool" },
    /** Metric of the route to the delegated subnet. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295 },
    /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    NetLabel: { kind: "string" },
    /** systemd 255+: NFT sets the delegated prefixes are added to, as NFTSet= of [Address]. */
    NFTSet: { kind: "string", since: 255 },
  },
  IPv6AcceptRA: {
    /** systemd 256+: Accept ICMPv6 Redirect messages from the first-hop router and add routes for them. */
    UseRedirect: { kind: "bool", since: 256 },
    /** How interface identifiers of autoconfigured addresses are generated (eui64, static:…, prefixstable…). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Token: { kind: "list" },
    /** Use the DNS servers the router advertisement provides. */
    UseDNS: { kind: "bool" },
    /** systemd 257+: Use the encrypted DNS resolvers the router advertisement designates; default: as UseDNS=. */
    UseDNR: { kind: "bool", since: 257 },
    /** Use the advertised domains as search domains (true) or routing-only domains ("route"). */
    UseDomains: { kind: "enum", values: [true, false, "route"] },
    /** Routing table for routes learned from router advertisements. */
    RouteTable: { kind: "int", min: 1, max: 4294967295 },
    /** Metric of routes learned from router advertisements. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295 },
    /** systemd 253+: Enable TCP quick ACK on the routes from router advertisements. */
    QuickAck: { kind: "bool", since: 253 },
    /** Use the MTU the router advertisement provides. */
    UseMTU: { kind: "bool" },
    /** systemd 255+: Apply the advertised hop limit to the routes from router advertisements. */
    UseHopLimit: { kind: "bool", since: 255 },
    /** systemd 256+: Apply the advertised reachable time to the interface. */
    UseReachableTime: { kind: "bool", since: 256 },
    /** systemd 256+: Apply the advertised retransmission time to the interface. */
    UseRetransmissionTime: { kind: "bool", since: 256 },
    /** Use the advertising router as default gateway. */
    UseGateway: { kind: "bool" },
    /** Install the route prefixes the router advertises. */
    UseRoutePrefix: { kind: "bool" },
    /** systemd 254+: Record the captive portal the router advertises, for networkctl and client programs. */
    UseCaptivePortal: { kind: "bool", since: 254 },
    /** systemd 255+: Record the NAT64 prefixes (PREF64) the router advertises, for networkctl and client programs. */
    UsePREF64: { kind: "bool", since: 255 },
    /** Autoconfigure addresses from advertised autonomous prefixes. */
    UseAutonomousPrefix: { kind: "bool" },
    /** Treat advertised on-link prefixes as directly reachable. */
    UseOnLinkPrefix: { kind: "bool" },
    /** Routers whose advertisements are ignored. */
    RouterDenyList: { kind: "address", family: 6, prefix: "optional", repeat: true },
    /** Routers whose advertisements alone are accepted. */
    RouterAllowList: { kind: "address", family: 6, prefix: "optional", repeat: true },
    /** Advertised prefixes that are ignored. */
    PrefixDenyList: { kind: "address", family: 6, prefix: "optional", repeat: true },
    /** Advertised prefixes that alone are accepted. */
    PrefixAllowList: { kind: "address", family: 6, prefix: "optional", repeat: true },
    /** Advertised route prefixes that are ignored. */
    RouteDenyList: { kind: "address", family: 6, prefix: "optional", repeat: true },
    /** Advertised route prefixes that alone are accepted. */
    RouteAllowList: { kind: "address", family: 6, prefix: "optional", repeat: true },
    /** Start the DHCPv6 client as the advertisement says (true), never (false) or always. */
    DHCPv6Client: { kind: "enum", values: [true, false, "always"] },
    /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    NetLabel: { kind: "string" },
    /** systemd 255+: NFT sets the addresses and prefixes from router advertisements are added to, as NFTSet= of [Address]. */
    NFTSet: { kind: "string", since: 255 },
  },
  DHCPRelay: {
    /** systemd 261+: IPv4 source address of the messages the relay forwards upstream. */
    AgentAddress: { kind: "address", family: 4, since: 261 },
    /** systemd 261+: IPv4 address written to the "giaddr" field of forwarded messages (downstream links). */
    GatewayAddress: { kind: "address", family: 4, since: 261 },
    /** systemd 261+: Circuit ID sub-option of forwarded messages, "type:value" (uint8, uint16, uint32, ipv4address, ipv6address, string). */
    CircuitId: { kind: "string", since: 261 },
    /** systemd 261+: Virtual Subnet Selection sub-option of forwarded messages, "type:value" as CircuitId=. */
    VirtualSubnetSelection: { kind: "string", since: 261 },
    /** systemd 261+: Extra relay agent sub-option of forwarded messages, "code:type:value". */
    ExtraOption: { kind: "list", since: 261 },
    /** systemd 261+: Priority of this upstream link; the highest carries forwarded messages. */
    InterfacePriority: { kind: "int", since: 261 },
  },
  DHCPServer: {
    /** Address (with prefix length) the DHCP server uses on the link. */
    ServerAddress: { kind: "address", family: 4, prefix: "required" },
    /** Offset of the first address handed out, within the subnet. */
    PoolOffset: { kind: "int", min: 0 },
    /** Number of addresses handed out. */
    PoolSize: { kind: "int", min: 0 },
    /** Lease time given to clients that do not ask for one. */
    DefaultLeaseTimeSec: { kind: "timespan" },
    /** Longest lease time given to clients. */
    MaxLeaseTimeSec: { kind: "timespan" },
    /** Link whose DNS, NTP and other servers are passed on: a name, ":none" or ":auto". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    UplinkInterface: { kind: "string" },
    /** Tell clients about DNS servers. */
    EmitDNS: { kind: "bool" },
    /** DNS servers told to clients ("_server_address" is the server's own). */
    DNS: { kind: "address", family: 4, keywords: ["_server_address"], repeat: true },
    /** Tell clients about NTP servers. */
    EmitNTP: { kind: "bool" },
    /** NTP servers told to clients. */
    NTP: { kind: "address", family: 4, keywords: ["_server_address"], repeat: true },
    /** Tell clients about SIP servers. */
    EmitSIP: { kind: "bool" },
    /** SIP servers told to clients. */
    SIP: { kind: "address", family: 4, keywords: ["_server_address"], repeat: true },
    /** Tell clients about POP3 servers. */
    EmitPOP3: { kind: "bool" },
    /** POP3 servers told to clients. */
    POP3: { kind: "address", family: 4, keywords: ["_server_address"], repeat: true },
    /** Tell clients about SMTP servers. */
    EmitSMTP: { kind: "bool" },
    /** SMTP servers told to clients. */
    SMTP: { kind: "address", family: 4, keywords: ["_server_address"], repeat: true },
    /** Tell clients about LPR (printing) servers. */
    EmitLPR: { kind: "bool" },
    /** LPR servers told to clients. */
    LPR: { kind: "address", family: 4, keywords: ["_server_address"], repeat: true },
    /** Tell clients about a router (default gateway). */
    EmitRouter: { kind: "bool" },
    /** Router address told to clients (default: the server's own). */
    Router: { kind: "address", family: 4, keywords: ["_server_address"] },
    /** Tell clients the time zone. */
    EmitTimezone: { kind: "bool" },
    /** Time zone told to clients, e.g. "Europe/Berlin". */
    Timezone: { kind: "string" },
    /** systemd 259+: Hand out a domain name (DHCP option 15) with the leases. */
    EmitDomain: { kind: "bool", since: 259 },
    /** systemd 259+: Domain name handed out with EmitDomain= (default: the domain of the machine's hostname). */
    Domain: { kind: "string", since: 259 },
    /** Boot (TFTP) server address for network booting. */
    BootServerAddress: { kind: "address", family: 4 },
    /** Boot (TFTP) server name for network booting. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    BootServerName: { kind: "string" },
    /** Boot file path or URL for network booting. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    BootFilename: { kind: "string" },
    /** systemd 255+: Offer the IPv6-only preferred option (RFC 8925) with this wait time (at least 300s). */
    IPv6OnlyPreferredSec: { kind: "timespan", since: 255 },
    /** Raw DHCP option sent to clients: "code:type:value". */
    SendOption: { kind: "list" },
    /** Raw vendor-specific option sent to clients: "code:type:value". */
    SendVendorOption: { kind: "list" },
    /** systemd 255+: Answer clients asking for rapid commit (RFC 4039) with an immediate DHCPACK. */
    RapidCommit: { kind: "bool", since: 255 },
    /** systemd 256+: Keep leases across restarts: true (persistent storage), "runtime" (until reboot) or false. */
    PersistLeases: { kind: "enum", values: [true, false, "runtime"], since: 256 },
    /** systemd 259+: Domain under which systemd-resolved resolves the hostnames of clients with leases. */
    LocalLeaseDomain: { kind: "string", since: 259 },
    /** Bind the server's socket to the link. */
    BindToInterface: { kind: "bool" },
    /** Relay DHCP requests to this upstream server instead of answering them. */
    RelayTarget: { kind: "address", family: 4 },
    /** Agent circuit ID added when relaying ("string:value"). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    RelayAgentCircuitId: { kind: "string" },
    /** Agent remote ID added when relaying ("string:value"). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    RelayAgentRemoteId: { kind: "string" },
  },
  DHCPServerStaticLease: {
    /** Hardware address of the client that gets the fixed address. */
    MACAddress: { kind: "mac" },
    /** IPv4 address always handed to that client. */
    Address: { kind: "address", family: 4 },
    /** systemd 259+: Hostname sent to the client of this static lease in DHCP replies. */
    Hostname: { kind: "string", since: 259 },
  },
  IPv6SendRA: {
    /** Tell hosts to get addresses from DHCPv6 (the M flag). */
    Managed: { kind: "bool" },
    /** Tell hosts to get other configuration from DHCPv6 (the O flag). */
    OtherInformation: { kind: "bool" },
    /** How long hosts may use this router as default gateway (0: not a default router). */
    RouterLifetimeSec: { kind: "timespan" },
    /** systemd 256+: Reachable time advertised to hosts for neighbour unreachability detection (0: unspecified). */
    ReachableTimeSec: { kind: "timespan", since: 256 },
    /** systemd 255+: Retransmission time advertised to hosts for address resolution (0: unspecified). */
    RetransmitSec: { kind: "timespan", since: 255 },
    /** Preference of this router: high, medium or low. */
    RouterPreference: { kind: "enum", values: ["high", "medium", "low", "normal", "default"] },
    /** systemd 255+: Hop limit advertised to hosts, 0 to 255. */
    HopLimit: { kind: "int", min: 0, max: 255, since: 255 },
    /** Link whose DNS servers and domains are passed on: a name, ":none" or ":auto". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    UplinkInterface: { kind: "string" },
    /** Advertise DNS servers. */
    EmitDNS: { kind: "bool" },
    /** DNS servers advertised ("_link_local" is the router's own link-local address). */
    DNS: { kind: "address", family: 6, keywords: ["_link_local"], repeat: true },
    /** Advertise search domains. */
    EmitDomains: { kind: "bool" },
    /** Search domains advertised. */
    Domains: { kind: "list", words: true },
    /** How long advertised DNS servers and domains stay valid. */
    DNSLifetimeSec: { kind: "timespan" },
    /** systemd 255+: Advertise this router as a Mobile IPv6 home agent. */
    HomeAgent: { kind: "bool", since: 255 },
    /** systemd 255+: Lifetime of the home agent advertisement (default: RouterLifetimeSec=). */
    HomeAgentLifetimeSec: { kind: "timespan", since: 255 },
    /** systemd 255+: Preference of this home agent, 0 to 65535. */
    HomeAgentPreference: { kind: "int", min: 0, max: 65535, since: 255 },
  },
  IPv6Prefix: {
    /** Let hosts autoconfigure addresses from the prefix. */
    AddressAutoconfiguration: { kind: "bool" },
    /** Tell hosts the prefix is reachable on the link. */
    OnLink: { kind: "bool" },
    /** IPv6 prefix (with length) advertised to hosts. */
    Prefix: { kind: "address", family: 6, prefix: "required" },
    /** Preferred lifetime of the advertised prefix. */
    PreferredLifetimeSec: { kind: "timespan" },
    /** Valid lifetime of the advertised prefix. */
    ValidLifetimeSec: { kind: "timespan" },
    /** Also assign an address from the prefix to this link. */
    Assign: { kind: "bool" },
    /** How the interface identifier of that address is generated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Token: { kind: "string" },
    /** Metric of the route to the prefix. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295 },
  },
  IPv6RoutePrefix: {
    /** IPv6 route prefix (with length) advertised to hosts. */
    Route: { kind: "address", family: 6, prefix: "required" },
    /** Lifetime of the advertised route. */
    LifetimeSec: { kind: "timespan" },
    /** systemd 258+: Preference of this route option: "high", "medium" or "low". */
    Preference: { kind: "enum", values: ["high", "medium", "low"], since: 258 },
  },
  IPv6PREF64Prefix: {
    /** systemd 255+: NAT64 prefix (address/length; 96, 64, 56, 48, 40 or 32) advertised to hosts. */
    Prefix: { kind: "address", family: 6, prefix: "required", since: 255 },
    /** systemd 255+: Lifetime of the advertised NAT64 prefix (default 1800s). */
    LifetimeSec: { kind: "timespan", since: 255 },
  },
  Bridge: {
    /** Flood unicast traffic with unknown destination out of this port. */
    UnicastFlood: { kind: "bool" },
    /** Flood multicast traffic with no forwarding entry out of this port. */
    MulticastFlood: { kind: "bool" },
    /** Deliver multicast to this port as unicast copies. */
    MulticastToUnicast: { kind: "bool" },
    /** Suppress ARP and neighbour discovery on this port. */
    NeighborSuppression: { kind: "bool" },
    /** Learn MAC addresses seen on this port. */
    Learning: { kind: "bool" },
    /** Allow sending traffic back out of the port it came in on. */
    HairPin: { kind: "bool" },
    /** Isolate the port: it talks only to non-isolated ports. */
    Isolated: { kind: "bool" },
    /** Process spanning tree BPDUs received on this port. */
    UseBPDU: { kind: "bool" },
    /** Stop multicast to the port at once when an IGMP leave arrives. */
    FastLeave: { kind: "bool" },
    /** Allow this port to become the spanning tree root port. */
    AllowPortToBeRoot: { kind: "bool" },
    /** Answer ARP requests on this port by proxy. */
    ProxyARP: { kind: "bool" },
    /** Proxy ARP on this port as IEEE 802.11 requires. */
    ProxyARPWiFi: { kind: "bool" },
    /** Whether this port has multicast routers: no, query (learn), permanent or temporary. */
    MulticastRouter: { kind: "enum", values: [false, "query", "permanent", "temporary"] },
    /** Spanning tree path cost of this port. */
    Cost: { kind: "int", min: 1, max: 65535 },
    /** Spanning tree priority of this port (0-63). */
    Priority: { kind: "int", min: 0, max: 63 },
    /** systemd 258+: Lock the bridge port: no forwarding until the host is authenticated (802.1X). */
    Locked: { kind: "bool", since: 258 },
    /** systemd 258+: Let a locked port authenticate hosts by their MAC address. */
    MACAuthenticationBypass: { kind: "bool", since: 258 },
    /** systemd 258+: Enable VLAN tunnel mode on the bridge port. */
    VLANTunnel: { kind: "bool", since: 258 },
  },
  BridgeFDB: {
    /** Hardware address of the forwarding database entry. */
    MACAddress: { kind: "mac" },
    /** Remote VXLAN tunnel endpoint for the entry. */
    Destination: { kind: "address" },
    /** VLAN ID of the entry. */
    VLANId: { kind: "int", min: 0, max: 4094 },
    /** VXLAN network identifier used to reach the remote endpoint. */
    VNI: { kind: "int", min: 1, max: 16777215 },
    /** Where the entry lives: use, self, master or router. */
    AssociatedWith: { kind: "enum", values: ["use", "self", "master", "router"] },
    /** Interface used to reach the remote VXLAN endpoint. */
    OutgoingInterface: { kind: "string" },
  },
  BridgeMDB: {
    /** Multicast group address of the membership entry. */
    MulticastGroupAddress: { kind: "address" },
    /** VLAN ID of the membership entry (0: none). */
    VLANId: { kind: "int", min: 0, max: 4094 },
  },
  LLDP: {
    /** Manufacturer Usage Description URL sent in LLDP packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MUDURL: { kind: "string" },
  },
  CAN: {
    /** Bit rate of the CAN bus, in bits per second. */
    BitRate: { kind: "int", min: 1, max: 4294967295 },
    /** Sample point within a bit, in percent or permille. */
    SamplePoint: { kind: "string" },
    /** Length of a time quantum, in nanoseconds (instead of BitRate=). */
    TimeQuantaNSec: { kind: "timespan" },
    /** Propagation segment length, in time quanta. */
    PropagationSegment: { kind: "timespan" },
    /** Phase buffer segment 1 length, in time quanta. */
    PhaseBufferSegment1: { kind: "timespan" },
    /** Phase buffer segment 2 length, in time quanta. */
    PhaseBufferSegment2: { kind: "timespan" },
    /** Synchronisation jump width, in time quanta. */
    SyncJumpWidth: { kind: "timespan" },
    /** Bit rate of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DataBitRate: { kind: "string" },
    /** Sample point of the CAN FD data phase. */
    DataSamplePoint: { kind: "string" },
    /** Time quantum length of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DataTimeQuantaNSec: { kind: "string" },
    /** Propagation segment of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DataPropagationSegment: { kind: "string" },
    /** Phase buffer segment 1 of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DataPhaseBufferSegment1: { kind: "string" },
    /** Phase buffer segment 2 of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DataPhaseBufferSegment2: { kind: "string" },
    /** Synchronisation jump width of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DataSyncJumpWidth: { kind: "string" },
    /** Enable CAN FD mode. */
    FDMode: { kind: "bool" },
    /** Use the non-ISO CAN FD variant. */
    FDNonISO: { kind: "bool" },
    /** Delay before the controller restarts automatically after bus-off. */
    RestartSec: { kind: "timespan" },
    /** Bus termination: on, off, or a resistor value in ohm. */
    Termination: { kind: "int", min: 0, max: 65535 },
    /** Sample each bit three times. */
    TripleSampling: { kind: "bool" },
    /** Report CAN bus errors. */
    BusErrorReporting: { kind: "bool" },
    /** Only listen on the bus, never send. */
    ListenOnly: { kind: "bool" },
    /** Loop sent frames back to the controller. */
    Loopback: { kind: "bool" },
    /** Send each frame once, without retransmission. */
    OneShot: { kind: "bool" },
    /** Ignore missing acknowledgements. */
    PresumeACK: { kind: "bool" },
    /** Handle the 4-bit data length code of classic CAN frames. */
    ClassicDataLengthCode: { kind: "bool" },
  },
  IPoIB: {
    /** IP-over-InfiniBand mode: datagram or connected. */
    Mode: { kind: "enum", values: ["datagram", "connected"] },
    /** Make the kernel ignore multicast groups that user space handles. */
    IgnoreUserspaceMulticastGroups: { kind: "bool" },
  },
  QDisc: {
    /** Where the queueing discipline attaches: clsact or ingress. */
    Parent: { kind: "enum", values: ["clsact", "ingress"] },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
  },
  NetworkEmulator: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Fixed delay added to outgoing packets. */
    DelaySec: { kind: "timespan" },
    /** Random jitter added to the delay. */
    DelayJitterSec: { kind: "timespan" },
    /** Most packets the queue holds; more are dropped. */
    PacketLimit: { kind: "int", min: 0, max: 4294967294 },
    /** Share of outgoing packets dropped at random. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    LossRate: { kind: "string" },
    /** Share of outgoing packets duplicated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DuplicateRate: { kind: "string" },
  },
  TokenBucketFilter: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Longest a packet may wait for tokens. */
    LatencySec: { kind: "timespan" },
    /** Bytes that may queue waiting for tokens. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    LimitBytes: { kind: "string" },
    /** Size of the token bucket, in bytes. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    BurstBytes: { kind: "string" },
    /** Rate at which tokens arrive (bits per second, with K, M, G suffixes). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Rate: { kind: "string" },
    /** Minimum packet size counted against the tokens. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MPUBytes: { kind: "string" },
    /** Highest rate at which the bucket may be emptied. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PeakRate: { kind: "string" },
    /** Size of the peak-rate bucket. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MTUBytes: { kind: "string" },
  },
  PIE: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. */
    PacketLimit: { kind: "int", min: 1, max: 4294967294 },
  },
  FlowQueuePIE: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PacketLimit: { kind: "string" },
  },
  StochasticFairBlue: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. */
    PacketLimit: { kind: "int", min: 0, max: 4294967294 },
  },
  StochasticFairnessQueueing: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Interval at which the flow hashing is perturbed. */
    PerturbPeriodSec: { kind: "timespan" },
  },
  BFIFO: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most bytes the FIFO holds. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    LimitBytes: { kind: "string" },
  },
  PFIFO: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. */
    PacketLimit: { kind: "int", min: 0, max: 4294967294 },
  },
  PFIFOHeadDrop: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. */
    PacketLimit: { kind: "int", min: 0, max: 4294967294 },
  },
  PFIFOFast: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
  },
  CAKE: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Shaper bandwidth (bits per second, with K, M, G suffixes). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Bandwidth: { kind: "string" },
    /** Estimate the link capacity from incoming traffic. */
    AutoRateIngress: { kind: "bool" },
    /** Bytes added to (or removed from) each packet's size for shaping. */
    OverheadBytes: { kind: "int", min: -64, max: 256 },
    /** Minimum packet size used for shaping. */
    MPUBytes: { kind: "int", min: 1, max: 256 },
    /** Link-layer overhead compensation: none, atm or ptm. */
    CompensationMode: { kind: "enum", values: ["none", "atm", "ptm"] },
    /** Use the packet size the kernel reports, ignoring offloads. */
    UseRawPacketSize: { kind: "bool" },
    /** How flows are told apart: by host, flow, source or destination, … Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    FlowIsolationMode: { kind: "string" },
    /** Look up NAT translations before isolating flows. */
    NAT: { kind: "bool" },
    /** DiffServ preset that sorts traffic into tins. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PriorityQueueingPreset: { kind: "string" },
    /** Firewall mark bits that override the tin choice. */
    FirewallMark: { kind: "int", min: 1, max: 4294967295 },
    /** Clear DSCP markings (except ECN) after using them. */
    Wash: { kind: "bool" },
    /** Split segmentation-offload super packets into their segments. */
    SplitGSO: { kind: "bool" },
    /** systemd 253+: Round-trip time CAKE assumes for the link (e.g. "100ms" on the internet). */
    RTTSec: { kind: "timespan", since: 253 },
    /** systemd 253+: Drop redundant TCP ACKs queued in each flow: true, false or "aggressive". */
    AckFilter: { kind: "enum", values: [true, false, "aggressive"], since: 253 },
  },
  ControlledDelay: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. */
    PacketLimit: { kind: "int", min: 0, max: 4294967294 },
    /** Acceptable standing queue delay. */
    TargetSec: { kind: "timespan" },
    /** Interval over which the minimum delay is measured. */
    IntervalSec: { kind: "timespan" },
    /** Mark packets with ECN instead of dropping them. */
    ECN: { kind: "bool" },
    /** Delay above which packets are marked congestion experienced. */
    CEThresholdSec: { kind: "timespan" },
  },
  DeficitRoundRobinScheduler: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
  },
  DeficitRoundRobinSchedulerClass: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** This class's identifier, "major:minor" in hexadecimal. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    ClassId: { kind: "string" },
    /** Bytes a flow may send per round. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    QuantumBytes: { kind: "string" },
  },
  EnhancedTransmissionSelection: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Number of bands (1-16). */
    Bands: { kind: "int", min: 1, max: 16 },
    /** Number of bands served in strict priority order. */
    StrictBands: { kind: "int", min: 1, max: 16 },
    /** Bytes per round for each bandwidth-sharing band. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    QuantumBytes: { kind: "list" },
    /** Band for each of the 16 packet priorities. */
    PriorityMap: { kind: "int", min: 0, max: 255, repeat: true },
  },
  GenericRandomEarlyDetection: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Number of virtual queues (1-16). */
    VirtualQueues: { kind: "int", min: 1, max: 16 },
    /** Virtual queue for packets without a matching priority. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DefaultVirtualQueue: { kind: "string" },
    /** Use the RIO-like buffering scheme. */
    GenericRIO: { kind: "bool" },
  },
  FairQueueingControlledDelay: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PacketLimit: { kind: "string" },
    /** Most bytes all queues hold together. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MemoryLimitBytes: { kind: "string" },
    /** Number of flow buckets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Flows: { kind: "string" },
    /** Acceptable standing queue delay. */
    TargetSec: { kind: "timespan" },
    /** Interval over which the minimum delay is measured. */
    IntervalSec: { kind: "timespan" },
    /** Bytes a flow may send per round. */
    QuantumBytes: { kind: "timespan" },
    /** Mark packets with ECN instead of dropping them. */
    ECN: { kind: "bool" },
    /** Delay above which packets are marked congestion experienced. */
    CEThresholdSec: { kind: "timespan" },
  },
  FairQueueing: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PacketLimit: { kind: "string" },
    /** Most packets queued per flow. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    FlowLimit: { kind: "string" },
    /** Bytes a flow may send per round. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    QuantumBytes: { kind: "string" },
    /** Bytes a new flow may send in its first round. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    InitialQuantumBytes: { kind: "string" },
    /** Highest sending rate of one flow. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MaximumRate: { kind: "string" },
    /** Size of the flow hash table. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Buckets: { kind: "string" },
    /** Mask for hashing packets not owned by a socket. */
    OrphanMask: { kind: "int", min: 0 },
    /** Pace flows at their sending rate. */
    Pacing: { kind: "bool" },
    /** Delay above which packets are marked congestion experienced. */
    CEThresholdSec: { kind: "timespan" },
  },
  TrivialLinkEqualizer: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Number N of the teqlN device the link joins. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Id: { kind: "string" },
  },
  HierarchyTokenBucket: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Minor id (hex) of the class that gets unclassified traffic. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DefaultClass: { kind: "string" },
    /** Divisor turning a class's rate into its round-robin quantum. */
    RateToQuantum: { kind: "int", min: 0 },
  },
  HierarchyTokenBucketClass: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** This class's identifier, "major:minor" in hexadecimal. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    ClassId: { kind: "string" },
    /** Priority of the class; lower is served first. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Priority: { kind: "string" },
    /** Bytes served from this leaf at once. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    QuantumBytes: { kind: "string" },
    /** Largest packet size the class creates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MTUBytes: { kind: "string" },
    /** Per-packet overhead counted in rate calculations. */
    OverheadBytes: { kind: "int", min: 0 },
    /** Rate guaranteed to the class and its children. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Rate: { kind: "string" },
    /** Highest rate the class may borrow up to. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    CeilRate: { kind: "string" },
    /** Burst that may accumulate at Rate=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    BufferBytes: { kind: "string" },
    /** Burst that may accumulate at CeilRate=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    CeilBufferBytes: { kind: "string" },
  },
  ClassfulMultiQueueing: {
    /** systemd 262+: Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". */
    Parent: { kind: "string", since: 262 },
    /** systemd 262+: Major number of this queueing discipline's handle (hexadecimal). */
    Handle: { kind: "string", since: 262 },
  },
  BandMultiQueueing: {
    /** systemd 262+: Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". */
    Parent: { kind: "string", since: 262 },
    /** systemd 262+: Major number of this queueing discipline's handle (hexadecimal). */
    Handle: { kind: "string", since: 262 },
  },
  HeavyHitterFilter: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
    /** Most packets the queue holds; more are dropped. */
    PacketLimit: { kind: "int", min: 0, max: 4294967294 },
  },
  QuickFairQueueing: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Handle: { kind: "string" },
  },
  QuickFairQueueingClass: {
    /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Parent: { kind: "string" },
    /** This class's identifier, "major:minor" in hexadecimal. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    ClassId: { kind: "string" },
    /** Weight of the class (1-1023). */
    Weight: { kind: "int", min: 1, max: 1023 },
    /** Largest packet the class sends. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MaxPacketBytes: { kind: "string" },
  },
  BridgeVLAN: {
    /** VLAN ID (or range M-N) allowed on the bridge port. */
    VLAN: { kind: "string" },
    /** VLAN ID (or range) whose frames leave the port untagged. */
    EgressUntagged: { kind: "string" },
    /** VLAN ID given to untagged frames arriving on the port. */
    PVID: { kind: "int", min: 1, max: 4094 },
  },
  MobileNetwork: {
    /** systemd 260+: Access point name of the mobile network gateway; nothing connects without it. */
    APN: { kind: "string", since: 260 },
    /** systemd 260+: Space-separated authentication methods: none, pap, chap, mschap, mschapv2, eap. */
    AllowedAuthenticationMechanisms: { kind: "string", since: 260 },
    /** systemd 260+: User name the mobile network requires, if any. */
    User: { kind: "string", since: 260 },
    /** systemd 260+: Password the mobile network requires, if any. */
    Password: { kind: "string", since: 260 },
    /** systemd 260+: Addresses to request: "ipv4", "ipv6", "both" or "any". */
    IPFamily: { kind: "enum", values: ["ipv4", "ipv6", "both", "any"], since: 260 },
    /** systemd 260+: Allow connecting while roaming. */
    AllowRoaming: { kind: "bool", since: 260 },
    /** systemd 260+: PIN that unlocks the SIM. */
    PIN: { kind: "string", since: 260 },
    /** systemd 260+: MCC-MNC of the network to register with. */
    OperatorId: { kind: "string", since: 260 },
    /** systemd 260+: Metric of the routes the mobile network provides. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295, since: 260 },
    /** systemd 260+: Use the mobile network's router as the default gateway. */
    UseGateway: { kind: "bool", since: 260 },
  },
} as const satisfies Record<string, Record<string, DirectiveSpec>>;

/** The sections of a systemd-networkd .netdev file (systemd.netdev(5)). */
export const netdevSections = {
  Match: {
    /** Create the netdev only on a machine with this hostname or machine ID. */
    Host: { kind: "list" },
    /** Create the netdev only in (or not in) this kind of virtualization. */
    Virtualization: { kind: "list" },
    /** Create the netdev only when the kernel command line has this option. */
    KernelCommandLine: { kind: "list" },
    /** Create the netdev only when the kernel release compares as given. */
    KernelVersion: { kind: "list" },
    /** systemd 258+: Match if a version ("kernel", "systemd" or "glibc") satisfies the expression, as ConditionVersion=; "!" negates. */
    Version: { kind: "list", since: 258 },
    /** Create the netdev only when systemd-networkd received this credential. */
    Credential: { kind: "list" },
    /** Create the netdev only on this CPU architecture. */
    Architecture: { kind: "list" },
    /** Create the netdev only with this firmware. */
    Firmware: { kind: "list" },
    /** systemd 262+: Match if one of the machine's tags matches this glob, as ConditionMachineTag=; "!" negates. */
    MachineTag: { kind: "list", since: 262 },
  },
  NetDev: {
    /** Free-form description of the netdev. */
    Description: { kind: "string" },
    /** Interface name of the netdev to create (required). */
    Name: { kind: "string" },
    /** Kind of netdev to create: bridge, bond, vlan, wireguard, veth, … (required). */
    Kind: { kind: "enum", values: ["bond", "bridge", "dummy", "gre", "gretap", "erspan", "ip6gre", "ip6tnl", "ip6gretap", "ipip", "ipvlan", "ipvtap", "macvlan", "macvtap", "sit", "tap", "tun", "veth", "vlan", "vti", "vti6", "vxlan", "geneve", "l2tp", "macsec", "vrf", "vcan", "vxcan", "wireguard", "nlmon", "fou", "xfrm", "ifb", "bareudp", "batadv", "ipoib", "wlan"] },
    /** MTU of the netdev, in bytes. */
    MTUBytes: { kind: "size" },
    /** Hardware address of the netdev ("none": leave it to the kernel). */
    MACAddress: { kind: "mac", keywords: ["none"] },
  },
  Bridge: {
    /** Interval between spanning tree hello packets. */
    HelloTimeSec: { kind: "timespan" },
    /** How long a spanning tree hello stays valid. */
    MaxAgeSec: { kind: "timespan" },
    /** Time spent in the listening and learning states before forwarding. */
    ForwardDelaySec: { kind: "timespan" },
    /** How long a learned MAC address stays in the forwarding database. */
    AgeingTimeSec: { kind: "timespan" },
    /** Spanning tree priority of the bridge (lower wins the root election). */
    Priority: { kind: "int", min: 0, max: 65535 },
    /** Bit mask of link-local group addresses the bridge forwards. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    GroupForwardMask: { kind: "string" },
    /** VLAN ID given to untagged frames on new ports ("none" for none). */
    DefaultPVID: { kind: "int", min: 1, max: 4094 },
    /** Let the bridge send IGMP/MLD queries itself. */
    MulticastQuerier: { kind: "bool" },
    /** Snoop IGMP/MLD to forward multicast only where it is wanted. */
    MulticastSnooping: { kind: "bool" },
    /** Filter frames by VLAN on the bridge's ports. */
    VLANFiltering: { kind: "bool" },
    /** VLAN protocol of the bridge: 802.1q or 802.1ad. */
    VLANProtocol: { kind: "enum", values: ["802.1q", "802.1ad"] },
    /** Run the spanning tree protocol. */
    STP: { kind: "bool" },
    /** IGMP version the bridge speaks (2 or 3). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MulticastIGMPVersion: { kind: "string" },
    /** systemd 257+: Most hardware addresses the bridge learns (0: no limit). */
    FDBMaxLearned: { kind: "int", min: 0, since: 257 },
    /** systemd 258+: Learn source addresses from link-local frames. */
    LinkLocalLearning: { kind: "bool", since: 258 },
  },
  VLAN: {
    /** VLAN ID (0-4094, required). */
    Id: { kind: "int", min: 0, max: 4094 },
    /** VLAN protocol: 802.1q or 802.1ad. */
    Protocol: { kind: "enum", values: ["802.1q", "802.1ad"] },
    /** Register the VLAN with GVRP. */
    GVRP: { kind: "bool" },
    /** Register the VLAN with MVRP. */
    MVRP: { kind: "bool" },
    /** Do not follow the operational state of the underlying device. */
    LooseBinding: { kind: "bool" },
    /** Reorder the VLAN header so the device looks like plain Ethernet. */
    ReorderHeader: { kind: "bool" },
    /** Maps from packet priority to VLAN priority for sent frames ("from-to"). */
    EgressQOSMaps: { kind: "int", min: 1, max: 4294967294 },
    /** Maps from VLAN priority to packet priority for received frames ("from-to"). */
    IngressQOSMaps: { kind: "int", min: 1, max: 4294967294 },
  },
  MACVLAN: {
    /** MACVLAN mode: private, vepa, bridge, passthru or source. */
    Mode: { kind: "enum", values: ["private", "vepa", "bridge", "passthru", "source"] },
    /** Source MAC addresses accepted in "source" mode. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    SourceMACAddress: { kind: "list" },
    /** Length of the broadcast and multicast receive queue. */
    BroadcastMulticastQueueLength: { kind: "int", min: 0, max: 4294967294 },
    /** systemd 256+: Queue multicast as broadcast once more devices than this use the macvlan, or "no" to never. */
    BroadcastQueueThreshold: { kind: "int", min: 0, max: 2147483647, keywords: ["no"], since: 256 },
  },
  MACVTAP: {
    /** MACVTAP mode: private, vepa, bridge, passthru or source. */
    Mode: { kind: "enum", values: ["private", "vepa", "bridge", "passthru", "source"] },
    /** Source MAC addresses accepted in "source" mode. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    SourceMACAddress: { kind: "list" },
    /** Length of the broadcast and multicast receive queue. */
    BroadcastMulticastQueueLength: { kind: "int", min: 0, max: 4294967294 },
    /** systemd 256+: Queue multicast as broadcast once more devices than this use the macvtap, or "no" to never. */
    BroadcastQueueThreshold: { kind: "int", min: 0, max: 2147483647, keywords: ["no"], since: 256 },
  },
  IPVLAN: {
    /** IPVLAN mode: L2, L3 or L3S. */
    Mode: { kind: "enum", values: ["L2", "L3", "L3S"] },
    /** IPVLAN flags: bridge, private or vepa. */
    Flags: { kind: "enum", values: ["bridge", "private", "vepa"] },
  },
  IPVTAP: {
    /** IPVTAP mode: L2, L3 or L3S. */
    Mode: { kind: "enum", values: ["L2", "L3", "L3S"] },
    /** IPVTAP flags: bridge, private or vepa. */
    Flags: { kind: "enum", values: ["bridge", "private", "vepa"] },
  },
  VXLAN: {
    /** VXLAN network identifier. */
    VNI: { kind: "int", min: 1, max: 16777215 },
    /** Unicast address of the remote VXLAN endpoint. */
    Remote: { kind: "address" },
    /** Local source address of VXLAN packets, or a keyword choosing a dynamic one. */
    Local: { kind: "address", keywords: ["ipv4_link_local", "ipv6_link_local", "dhcp4", "dhcp6", "slaac"] },
    /** Multicast group the VXLAN device joins. */
    Group: { kind: "address" },
    /** Type-of-service value of VXLAN packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TOS: { kind: "string" },
    /** Time to live of VXLAN packets ("inherit" or 0-255). */
    TTL: { kind: "int", min: 0, max: 255, keywords: ["inherit"] },
    /** Learn remote MAC addresses from received packets. */
    MacLearning: { kind: "bool" },
    /** How long learned forwarding entries stay. */
    FDBAgeingSec: { kind: "timespan" },
    /** Most forwarding database entries. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MaximumFDBEntries: { kind: "string" },
    /** Answer ARP requests from the forwarding database (ARP proxy). */
    ReduceARPProxy: { kind: "bool" },
    /** Notify user space about link-layer lookup misses. */
    L2MissNotification: { kind: "bool" },
    /** Notify user space about IP lookup misses. */
    L3MissNotification: { kind: "bool" },
    /** Enable route short-circuiting. */
    RouteShortCircuit: { kind: "bool" },
    /** Compute UDP checksums of IPv4 VXLAN packets. */
    UDPChecksum: { kind: "bool" },
    /** Send IPv6 VXLAN packets with a zero UDP checksum. */
    UDP6ZeroChecksumTx: { kind: "bool" },
    /** Accept IPv6 VXLAN packets with a zero UDP checksum. */
    UDP6ZeroChecksumRx: { kind: "bool" },
    /** Offload checksums to the remote end when sending. */
    RemoteChecksumTx: { kind: "bool" },
    /** Accept remote checksum offload when receiving. */
    RemoteChecksumRx: { kind: "bool" },
    /** Enable the group policy extension (VXLAN-GBP). */
    GroupPolicyExtension: { kind: "bool" },
    /** Enable the generic protocol extension (VXLAN-GPE). */
    GenericProtocolExtension: { kind: "bool" },
    /** UDP destination port of VXLAN packets. */
    DestinationPort: { kind: "int", min: 1, max: 65535 },
    /** Range of UDP source ports used ("low-high"). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PortRange: { kind: "string" },
    /** IPv6 flow label of VXLAN packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    FlowLabel: { kind: "string" },
    /** Set the don't-fragment bit, clear it, or inherit it from the inner packet. */
    IPDoNotFragment: { kind: "enum", values: [true, false, "inherit"] },
    /** Create the device without an underlying interface. */
    Independent: { kind: "bool" },
    /** systemd 258+: Let an external control plane (such as EVPN) drive the VXLAN device. */
    External: { kind: "bool", since: 258 },
    /** systemd 258+: Filter on the VXLAN network identifier (needs External=). */
    VNIFilter: { kind: "bool", since: 258 },
  },
  GENEVE: {
    /** Virtual network identifier (VNI) of the GENEVE device. */
    Id: { kind: "int", min: 0, max: 16777215 },
    /** Address of the remote GENEVE endpoint. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Remote: { kind: "string" },
    /** Type-of-service value of GENEVE packets. */
    TOS: { kind: "int", min: 1, max: 255 },
    /** Time to live of GENEVE packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TTL: { kind: "string" },
    /** Compute UDP checksums of IPv4 GENEVE packets. */
    UDPChecksum: { kind: "bool" },
    /** Send IPv6 GENEVE packets with a zero UDP checksum. */
    UDP6ZeroChecksumTx: { kind: "bool" },
    /** Accept IPv6 GENEVE packets with a zero UDP checksum. */
    UDP6ZeroChecksumRx: { kind: "bool" },
    /** UDP destination port of GENEVE packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    DestinationPort: { kind: "string" },
    /** IPv6 flow label of GENEVE packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    FlowLabel: { kind: "string" },
    /** Set the don't-fragment bit, clear it, or inherit it. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    IPDoNotFragment: { kind: "string" },
    /** systemd 254+: Put the inner layer 3 protocol in the GENEVE header instead of Ethernet. */
    InheritInnerProtocol: { kind: "bool", since: 254 },
  },
  HSR: {
    /** systemd 258+: The two interfaces the HSR or PRP device sends every frame on. */
    Ports: { kind: "list", words: true, since: 258 },
    /** systemd 258+: Redundancy protocol: "hsr" or "prp". */
    Protocol: { kind: "enum", values: ["hsr", "prp"], since: 258 },
    /** systemd 258+: Last byte of the destination address of supervision frames, 0 to 255. */
    Supervision: { kind: "int", min: 0, max: 255, since: 258 },
  },
  BareUDP: {
    /** UDP destination port of the tunnel. */
    DestinationPort: { kind: "int", min: 1, max: 65535 },
    /** Protocol carried: ipv4, ipv6, mpls-uc or mpls-mc. */
    EtherType: { kind: "enum", values: ["ipv4", "ipv6", "mpls-uc", "mpls-mc"] },
    /** systemd 257+: Lowest UDP source port of the tunnel. */
    MinSourcePort: { kind: "int", min: 1, max: 65535, since: 257 },
  },
  L2TP: {
    /** Local tunnel ID. */
    TunnelId: { kind: "int", min: 1, max: 4294967295 },
    /** Tunnel ID of the peer. */
    PeerTunnelId: { kind: "int", min: 1, max: 4294967295 },
    /** Address of the peer. */
    Remote: { kind: "address" },
    /** Local address of the tunnel, or a keyword choosing a dynamic one. */
    Local: { kind: "address" },
    /** Encapsulation: udp or ip. */
    EncapsulationType: { kind: "enum", values: ["udp", "ip"] },
    /** Local UDP port (udp encapsulation). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    UDPSourcePort: { kind: "string" },
    /** Peer's UDP port (udp encapsulation). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    UDPDestinationPort: { kind: "string" },
    /** systemd 262+: Compute UDP checksums of packets sent over IPv4 (the newer spelling of UDPCheckSum=). */
    UDPChecksum: { kind: "bool", since: 262 },
    /** systemd 262+: Skip UDP checksums on packets sent over IPv6. */
    UDP6ChecksumTx: { kind: "bool", since: 262 },
    /** systemd 262+: Accept packets received over IPv6 with a zero UDP checksum. */
    UDP6ChecksumRx: { kind: "bool", since: 262 },
    /** Compute UDP checksums of IPv4 L2TP packets. */
    UDPCheckSum: { kind: "bool" },
  },
  L2TPSession: {
    /** Interface name of the session. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Name: { kind: "string" },
    /** Local session ID. */
    SessionId: { kind: "int", min: 1, max: 4294967295 },
    /** Session ID of the peer. */
    PeerSessionId: { kind: "int", min: 1, max: 4294967295 },
    /** Layer-2 specific header type: none or default. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Layer2SpecificHeader: { kind: "string" },
  },
  MACsec: {
    /** Port number of the secure channel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Port: { kind: "string" },
    /** Encrypt the frames sent (otherwise only authenticate them). */
    Encrypt: { kind: "bool" },
  },
  MACsecReceiveChannel: {
    /** Port number of the peer's secure channel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Port: { kind: "string" },
    /** Hardware address of the peer. */
    MACAddress: { kind: "mac" },
  },
  MACsecTransmitAssociation: {
    /** Initial packet number. */
    PacketNumber: { kind: "int", min: 1, max: 4 },
    /** Identifier of the key. */
    KeyId: { kind: "int", min: 0, max: 255 },
    /** The key (128-bit hex); prefer KeyFile=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Key: { kind: "string" },
    /** File holding the key. */
    KeyFile: { kind: "path" },
    /** Make this association active. */
    Activate: { kind: "bool" },
    /** Use this association to encrypt outgoing frames. */
    UseForEncoding: { kind: "bool" },
  },
  MACsecReceiveAssociation: {
    /** Port number of the peer's secure channel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Port: { kind: "string" },
    /** Hardware address of the peer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MACAddress: { kind: "string" },
    /** Initial packet number. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PacketNumber: { kind: "string" },
    /** Identifier of the key. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    KeyId: { kind: "string" },
    /** The key (128-bit hex); prefer KeyFile=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Key: { kind: "string" },
    /** File holding the key. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    KeyFile: { kind: "string" },
    /** Make this association active. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Activate: { kind: "string" },
  },
  Tunnel: {
    /** Run the tunnel in collect-metadata (external control) mode. */
    External: { kind: "bool" },
    /** Local endpoint address, or a keyword choosing a dynamic one. */
    Local: { kind: "address", keywords: ["any", "ipv4_link_local", "ipv6_link_local", "dhcp4", "dhcp6", "slaac"] },
    /** Remote endpoint address ("any" for none). */
    Remote: { kind: "address", keywords: ["any"] },
    /** Type-of-service value of tunnel packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TOS: { kind: "string" },
    /** Time to live of tunnel packets (0: inherit). */
    TTL: { kind: "int", min: 1, max: 255 },
    /** Discover the path MTU of the tunnel. */
    DiscoverPathMTU: { kind: "bool" },
    /** systemd 254+: Ignore the IPv4 Don't Fragment bit on the tunnel (GRE, GRETAP, ERSPAN). */
    IgnoreDontFragment: { kind: "bool", since: 254 },
    /** IPv6 flow label of tunnel packets ("inherit" or a number). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    IPv6FlowLabel: { kind: "string" },
    /** Copy the DSCP field from the inner to the outer header. */
    CopyDSCP: { kind: "bool" },
    /** Tunnel encapsulation limit option ("none" or 0-255). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    EncapsulationLimit: { kind: "string" },
    /** Key for GRE or VTI tunnels (both directions). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Key: { kind: "string" },
    /** Key for received packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    InputKey: { kind: "string" },
    /** Key for sent packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    OutputKey: { kind: "string" },
    /** ip6tnl mode: ip6ip6, ipip6 or any. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Mode: { kind: "string" },
    /** Create the tunnel without an underlying interface. */
    Independent: { kind: "bool" },
    /** Put the tunnel on the loopback device. */
    AssignToLoopback: { kind: "bool" },
    /** Allow a local address as remote endpoint. */
    AllowLocalRemote: { kind: "bool" },
    /** Wrap the tunnel in FOU (foo-over-UDP) encapsulation. */
    FooOverUDP: { kind: "bool" },
    /** UDP destination port of the FOU encapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    FOUDestinationPort: { kind: "string" },
    /** UDP source port of the FOU encapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    FOUSourcePort: { kind: "string" },
    /** FOU encapsulation type: FooOverUDP or GenericUDPEncapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Encapsulation: { kind: "string" },
    /** 6RD prefix of a sit tunnel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    IPv6RapidDeploymentPrefix: { kind: "string" },
    /** Make a sit tunnel an ISATAP tunnel. */
    ISATAP: { kind: "bool" },
    /** Serialize tunnelled packets (GRE sequence numbers). */
    SerializeTunneledPackets: { kind: "bool" },
    /** ERSPAN version (0, 1 or 2). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    ERSPANVersion: { kind: "string" },
    /** ERSPAN v1 index of the mirrored traffic's source port. */
    ERSPANIndex: { kind: "int", min: 0, max: 1048575 },
    /** ERSPAN v2 direction of the mirrored traffic: ingress or egress. */
    ERSPANDirection: { kind: "enum", values: ["ingress", "egress"] },
    /** ERSPAN v2 hardware identifier. */
    ERSPANHardwareId: { kind: "int", min: 0, max: 63 },
  },
  FooOverUDP: {
    /** Encapsulation: FooOverUDP or GenericUDPEncapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Encapsulation: { kind: "string" },
    /** UDP port listened on. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Port: { kind: "string" },
    /** UDP port of the peer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PeerPort: { kind: "string" },
    /** IP protocol carried inside (number or name, e.g. "gre"). */
    Protocol: { kind: "int", min: 1, max: 255 },
    /** Address of the peer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Peer: { kind: "string" },
    /** Local address. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Local: { kind: "string" },
  },
  Peer: {
    /** Interface name of the other end of the veth pair. */
    Name: { kind: "string" },
    /** Hardware address of the other end. */
    MACAddress: { kind: "mac" },
  },
  VXCAN: {
    /** Interface name of the other end of the vxcan pair. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Peer: { kind: "string" },
  },
  Tun: {
    /** Use several queues. */
    MultiQueue: { kind: "bool" },
    /** Prepend packet information to each packet. */
    PacketInfo: { kind: "bool" },
    /** Use the virtio net header (for offloads). */
    VNetHeader: { kind: "bool" },
    /** User allowed to open the device. */
    User: { kind: "string" },
    /** Group allowed to open the device. */
    Group: { kind: "string" },
    /** Keep the carrier up while no program has the device open. */
    KeepCarrier: { kind: "bool" },
  },
  Tap: {
    /** Use several queues. */
    MultiQueue: { kind: "bool" },
    /** Prepend packet information to each packet. */
    PacketInfo: { kind: "bool" },
    /** Use the virtio net header (for offloads). */
    VNetHeader: { kind: "bool" },
    /** User allowed to open the device. */
    User: { kind: "string" },
    /** Group allowed to open the device. */
    Group: { kind: "string" },
    /** Keep the carrier up while no program has the device open. */
    KeepCarrier: { kind: "bool" },
  },
  WireGuard: {
    /** Private key of the interface, base64 (prefer PrivateKeyFile=). */
    PrivateKey: { kind: "string" },
    /** File holding the interface's private key. */
    PrivateKeyFile: { kind: "path" },
    /** UDP port to listen on ("auto" picks one). */
    ListenPort: { kind: "int", min: 1, max: 65535, keywords: ["auto"] },
    /** Firewall mark set on packets the interface sends. */
    FirewallMark: { kind: "int", min: 1, max: 4294967295 },
    /** Routing table for routes to the peers' AllowedIPs= ("off" for none). */
    RouteTable: { kind: "string" },
    /** Metric of the routes to the peers' AllowedIPs=. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295 },
  },
  WireGuardPeer: {
    /** Public key of the peer, base64 (required). */
    PublicKey: { kind: "string" },
    /** systemd 257+: File (or AF_UNIX socket) the peer's public key is read from, instead of PublicKey=. */
    PublicKeyFile: { kind: "path", since: 257 },
    /** Optional pre-shared key, base64 (prefer PresharedKeyFile=). */
    PresharedKey: { kind: "string" },
    /** File holding the pre-shared key. */
    PresharedKeyFile: { kind: "path" },
    /** Prefixes the peer may send from and that are routed to it. */
    AllowedIPs: { kind: "list" },
    /** The peer's address and port, "host:port". */
    Endpoint: { kind: "string" },
    /** Seconds between keep-alive packets ("off" for none). */
    PersistentKeepalive: { kind: "int", min: 0, max: 65535, keywords: ["off"] },
    /** Routing table for this peer's AllowedIPs= routes. */
    RouteTable: { kind: "string" },
    /** Metric of this peer's AllowedIPs= routes. */
    RouteMetric: { kind: "int", min: 0, max: 4294967295 },
  },
  Bond: {
    /** Bonding mode: balance-rr, active-backup, balance-xor, broadcast, 802.3ad, balance-tlb or balance-alb. */
    Mode: { kind: "enum", values: ["balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad", "balance-tlb", "balance-alb"] },
    /** How outgoing traffic is spread over the members. */
    TransmitHashPolicy: { kind: "enum", values: ["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4"] },
    /** LACP packet rate: slow or fast. */
    LACPTransmitRate: { kind: "enum", values: ["slow", "fast"] },
    /** Interval between link state checks of the members. */
    MIIMonitorSec: { kind: "timespan" },
    /** systemd 256+: Delay between peer notifications after a failover, 0 to 300s. */
    PeerNotifyDelaySec: { kind: "timespan", since: 256 },
    /** Wait this long before using a member whose link came up. */
    UpDelaySec: { kind: "timespan" },
    /** Wait this long before dropping a member whose link went down. */
    DownDelaySec: { kind: "timespan" },
    /** Interval between learning packets (balance-alb, balance-tlb). */
    LearnPacketIntervalSec: { kind: "timespan" },
    /** 802.3ad aggregator selection: stable, bandwidth or count. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    AdSelect: { kind: "string" },
    /** 802.3ad system priority. */
    AdActorSystemPriority: { kind: "int", min: 1, max: 65535 },
    /** 802.3ad user port key. */
    AdUserPortKey: { kind: "int", min: 0, max: 1023 },
    /** 802.3ad system MAC address. */
    AdActorSystem: { kind: "mac" },
    /** How member MAC addresses are set on failover: none, active or follow. */
    FailOverMACPolicy: { kind: "mac" },
    /** Whether ARP probes and replies are validated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    ARPValidate: { kind: "string" },
    /** Interval between ARP monitoring probes. */
    ARPIntervalSec: { kind: "timespan" },
    /** Addresses probed by ARP monitoring. */
    ARPIPTargets: { kind: "address", prefix: "optional", repeat: true },
    /** Whether any or all ARP targets must answer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    ARPAllTargets: { kind: "string" },
    /** When the primary member becomes active again. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PrimaryReselectPolicy: { kind: "string" },
    /** IGMP membership reports sent after a failover. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    ResendIGMP: { kind: "string" },
    /** Packets sent through a member before moving to the next (balance-rr). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PacketsPerSlave: { kind: "string" },
    /** Gratuitous ARP packets sent after a failover. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    GratuitousARP: { kind: "string" },
    /** Deliver duplicate frames received on inactive members. */
    AllSlavesActive: { kind: "bool" },
    /** Balance transmit load dynamically (balance-tlb). */
    DynamicTransmitLoadBalancing: { kind: "bool" },
    /** Members that must be up for the bond to have a carrier. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MinLinks: { kind: "string" },
    /** systemd 256+: Missed ARP monitor replies after which a link counts as down. */
    ARPMissedMax: { kind: "int", min: 0, since: 256 },
  },
  Xfrm: {
    /** Interface ID that ties IPsec policies to this device. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    InterfaceId: { kind: "string" },
    /** Create the device without an underlying interface. */
    Independent: { kind: "bool" },
  },
  VRF: {
    /** Routing table of the VRF. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Table: { kind: "string" },
  },
  BatmanAdvanced: {
    /** Gateway role in the mesh: off, server or client. */
    GatewayMode: { kind: "enum", values: [false, "server", "client"] },
    /** Aggregate originator messages. */
    Aggregation: { kind: "bool" },
    /** Avoid loops through bridged mesh nodes. */
    BridgeLoopAvoidance: { kind: "bool" },
    /** Keep a distributed ARP table in the mesh. */
    DistributedArpTable: { kind: "bool" },
    /** Fragment packets larger than the MTU. */
    Fragmentation: { kind: "bool" },
    /** Penalty added to each hop (0-255). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    HopPenalty: { kind: "string" },
    /** Interval between originator messages. */
    OriginatorIntervalSec: { kind: "timespan" },
    /** Download bandwidth announced as gateway. */
    GatewayBandwidthDown: { kind: "size" },
    /** Upload bandwidth announced as gateway. */
    GatewayBandwidthUp: { kind: "size" },
    /** Routing algorithm: batman-v or batman-iv. */
    RoutingAlgorithm: { kind: "enum", values: ["batman-v", "batman-iv"] },
  },
  IPoIB: {
    /** InfiniBand partition key. */
    PartitionKey: { kind: "int" },
    /** IP-over-InfiniBand mode: datagram or connected. */
    Mode: { kind: "enum", values: ["datagram", "connected"] },
    /** Make the kernel ignore multicast groups that user space handles. */
    IgnoreUserspaceMulticastGroups: { kind: "bool" },
  },
  WLAN: {
    /** Wireless physical device (phy index or name) the interface is created on. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    PhysicalDevice: { kind: "string" },
    /** Wireless interface type: station, ap, mesh-point, monitor, … Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Type: { kind: "string" },
    /** Enable 4-address (WDS) mode. */
    WDS: { kind: "bool" },
  },
} as const satisfies Record<string, Record<string, DirectiveSpec>>;

/** The sections of a udev .link file (systemd.link(5)). */
export const linkSections = {
  Match: {
    /** Match devices whose current hardware address is one of these. */
    MACAddress: { kind: "mac", repeat: true },
    /** Match devices whose permanent hardware address is one of these. */
    PermanentMACAddress: { kind: "mac", repeat: true },
    /** Match devices whose udev ID_PATH matches one of these globs. */
    Path: { kind: "list", words: true },
    /** Match devices whose driver matches one of these globs. */
    Driver: { kind: "list", words: true },
    /** Match devices whose type (ether, wlan, …) matches one of these globs. */
    Type: { kind: "list", words: true },
    /** Match devices whose kind (bond, bridge, …) matches one of these globs. */
    Kind: { kind: "list", words: true },
    /** Match devices whose udev properties have these NAME=value pairs. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Property: { kind: "string" },
    /** Match devices whose kernel-given name matches one of these globs. */
    OriginalName: { kind: "list", words: true },
    /** Match only on a machine with this hostname or machine ID. */
    Host: { kind: "list" },
    /** Match only in (or not in) this kind of virtualization. */
    Virtualization: { kind: "list" },
    /** Match only when the kernel command line has this option. */
    KernelCommandLine: { kind: "list" },
    /** Match only when the kernel release compares as given. */
    KernelVersion: { kind: "list" },
    /** systemd 258+: Match if a version ("kernel", "systemd" or "glibc") satisfies the expression, as ConditionVersion=; "!" negates. */
    Version: { kind: "list", since: 258 },
    /** Match only when udev received this credential. */
    Credential: { kind: "list" },
    /** Match only on this CPU architecture. */
    Architecture: { kind: "list" },
    /** Match only with this firmware. */
    Firmware: { kind: "list" },
    /** systemd 262+: Match if one of the machine's tags matches this glob, as ConditionMachineTag=; "!" negates. */
    MachineTag: { kind: "list", since: 262 },
  },
  Link: {
    /** Free-form description of the device. */
    Description: { kind: "string" },
    /** systemd 256+: udev properties to set, space-separated "KEY=value" pairs. */
    Property: { kind: "list", words: true, since: 256 },
    /** systemd 256+: udev properties to import from the saved database, space-separated names. */
    ImportProperty: { kind: "list", words: true, since: 256 },
    /** systemd 256+: udev properties to unset, space-separated names. */
    UnsetProperty: { kind: "list", words: true, since: 256 },
    /** The interface alias (ifalias) to set. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Alias: { kind: "string" },
    /** Where the hardware address comes from: persistent, random or none. */
    MACAddressPolicy: { kind: "enum", values: ["persistent", "random", "none"] },
    /** Fixed hardware address to set. */
    MACAddress: { kind: "mac" },
    /** Naming policies tried in order (kernel, database, onboard, slot, path, mac, keep). */
    NamePolicy: { kind: "list", words: true },
    /** Interface name used when no NamePolicy= gives one. */
    Name: { kind: "string" },
    /** Naming policies whose names are added as alternative names. */
    AlternativeNamesPolicy: { kind: "list", words: true },
    /** Extra alternative names for the interface. */
    AlternativeName: { kind: "list", words: true },
    /** Number of transmit queues. */
    TransmitQueues: { kind: "int", min: 1, max: 4096 },
    /** Number of receive queues. */
    ReceiveQueues: { kind: "int", min: 1, max: 4096 },
    /** Length of the transmit queue, in packets. */
    TransmitQueueLength: { kind: "int", min: 0, max: 4294967294 },
    /** MTU of the device, in bytes. */
    MTUBytes: { kind: "size" },
    /** Link speed to set (bits per second, 1000-based suffixes). */
    BitsPerSecond: { kind: "size", base1000: true },
    /** Duplex mode: half or full. */
    Duplex: { kind: "enum", values: ["half", "full"] },
    /** Negotiate speed and duplex automatically. */
    AutoNegotiation: { kind: "bool" },
    /** Wake-on-LAN triggers: phy, unicast, multicast, broadcast, arp, magic, secureon, or off. */
    WakeOnLan: { kind: "list", words: true },
    /** SecureOn password for Wake-on-LAN magic packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    WakeOnLanPassword: { kind: "string" },
    /** Physical port type: tp, aui, bnc, mii or fibre. */
    Port: { kind: "enum", values: ["tp", "aui", "bnc", "mii", "fibre"] },
    /** Link modes advertised during auto-negotiation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    Advertise: { kind: "list" },
    /** Offload checksums of received packets to the hardware. */
    ReceiveChecksumOffload: { kind: "bool" },
    /** Offload checksums of sent packets to the hardware. */
    TransmitChecksumOffload: { kind: "bool" },
    /** systemd 260+: Scatter-gather transmit offload (ethtool tx-scatter-gather). */
    ScatterGather: { kind: "bool", since: 260 },
    /** systemd 260+: Scatter-gather offload of fragment lists (ethtool tx-scatter-gather-fraglist). */
    ScatterGatherFragmentList: { kind: "bool", since: 260 },
    /** Let the hardware segment TCP (TSO). */
    TCPSegmentationOffload: { kind: "bool" },
    /** systemd 260+: TCP segmentation offload with ECN flags set (ethtool tx-tcp-ecn-segmentation). */
    TCPECNSegmentationOffload: { kind: "bool", since: 260 },
    /** systemd 260+: TCP segmentation offload that may not increment IPv4 IDs (ethtool tx-tcp-mangleid-segmentation). */
    TCPMangleIdSegmentationOffload: { kind: "bool", since: 260 },
    /** Let the hardware segment TCP over IPv6. */
    TCP6SegmentationOffload: { kind: "bool" },
    /** Segment large packets late (GSO). */
    GenericSegmentationOffload: { kind: "bool" },
    /** systemd 258+: Partial generic segmentation offload (GSO_Partial). */
    PartialGenericSegmentationOffload: { kind: "bool", since: 258 },
    /** Merge received packets (GRO). */
    GenericReceiveOffload: { kind: "bool" },
    /** Merge received packets in hardware. */
    GenericReceiveOffloadHardware: { kind: "bool" },
    /** systemd 260+: Generic receive offload lists for UDP (ethtool rx-gro-list). */
    GenericReceiveOffloadList: { kind: "bool", since: 260 },
    /** systemd 260+: Generic receive offload for forwarded UDP (ethtool rx-udp-gro-forwarding). */
    GenericReceiveOffloadUDPForwarding: { kind: "bool", since: 260 },
    /** Merge received TCP packets in hardware (LRO). */
    LargeReceiveOffload: { kind: "bool" },
    /** systemd 256+: CPUs receive packet steering may use: indices or ranges, or "all". */
    ReceivePacketSteeringCPUMask: { kind: "list", since: 256 },
    /** systemd 260+: How the device's interrupts are spread over CPUs: "spread" or "single". */
    IRQAffinityPolicy: { kind: "enum", values: ["spread", "single"], since: 260 },
    /** systemd 260+: CPUs (indices or ranges) the device's interrupts may be placed on. */
    IRQAffinity: { kind: "string", since: 260 },
    /** systemd 260+: NUMA node whose CPUs take the device's interrupts: a number, or "local". */
    IRQAffinityNUMA: { kind: "int", min: 0, keywords: ["local"], since: 260 },
    /** Strip VLAN tags of received frames in hardware. */
    ReceiveVLANCTAGHardwareAcceleration: { kind: "bool" },
    /** Insert VLAN tags of sent frames in hardware. */
    TransmitVLANCTAGHardwareAcceleration: { kind: "bool" },
    /** Filter received frames by VLAN in hardware. */
    ReceiveVLANCTAGFilter: { kind: "bool" },
    /** Insert 802.1ad service VLAN tags in hardware. */
    TransmitVLANSTAGHardwareAcceleration: { kind: "bool" },
    /** Enable hardware n-tuple receive filters. */
    NTupleFilter: { kind: "bool" },
    /** systemd 258+: Keep the frame check sequence on received frames. */
    ReceiveFCS: { kind: "bool", since: 258 },
    /** systemd 258+: Also receive damaged Ethernet frames. */
    ReceiveAll: { kind: "bool", since: 258 },
    /** Number of receive channels. */
    RxChannels: { kind: "int", min: 1, max: 4294967295 },
    /** Number of transmit channels. */
    TxChannels: { kind: "int", min: 1, max: 4294967295 },
    /** Number of other (link interrupt) channels. */
    OtherChannels: { kind: "int", min: 1, max: 4294967295 },
    /** Number of combined receive and transmit channels. */
    CombinedChannels: { kind: "int", min: 1, max: 4294967295 },
    /** Entries in the receive ring buffer ("max" for the largest). */
    RxBufferSize: { kind: "int", min: 1, max: 4294967295 },
    /** Entries in the mini receive ring buffer. */
    RxMiniBufferSize: { kind: "int", min: 1, max: 4294967295 },
    /** Entries in the jumbo receive ring buffer. */
    RxJumboBufferSize: { kind: "int", min: 1, max: 4294967295 },
    /** Entries in the transmit ring buffer. */
    TxBufferSize: { kind: "int", min: 1, max: 4294967295 },
    /** Honour received pause frames. */
    RxFlowControl: { kind: "bool" },
    /** Send pause frames. */
    TxFlowControl: { kind: "bool" },
    /** Negotiate flow control automatically. */
    AutoNegotiationFlowControl: { kind: "bool" },
    /** Largest packet the device may be given for segmentation. */
    GenericSegmentOffloadMaxBytes: { kind: "int", min: 1, max: 65536 },
    /** Most segments the device may be given at once. */
    GenericSegmentOffloadMaxSegments: { kind: "int", min: 1, max: 65535 },
    /** Adapt receive interrupt coalescing to the traffic. */
    UseAdaptiveRxCoalesce: { kind: "bool" },
    /** Adapt transmit interrupt coalescing to the traffic. */
    UseAdaptiveTxCoalesce: { kind: "bool" },
    /** Delay before a receive interrupt. */
    RxCoalesceSec: { kind: "timespan" },
    /** Delay before a receive interrupt while one is being handled. */
    RxCoalesceIrqSec: { kind: "timespan" },
    /** Receive interrupt delay at low packet rates. */
    RxCoalesceLowSec: { kind: "timespan" },
    /** Receive interrupt delay at high packet rates. */
    RxCoalesceHighSec: { kind: "timespan" },
    /** Delay before a transmit interrupt. */
    TxCoalesceSec: { kind: "timespan" },
    /** Delay before a transmit interrupt while one is being handled. */
    TxCoalesceIrqSec: { kind: "timespan" },
    /** Transmit interrupt delay at low packet rates. */
    TxCoalesceLowSec: { kind: "timespan" },
    /** Transmit interrupt delay at high packet rates. */
    TxCoalesceHighSec: { kind: "timespan" },
    /** Received frames that trigger an interrupt. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    RxMaxCoalescedFrames: { kind: "string" },
    /** Received frames that trigger an interrupt while one is being handled. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    RxMaxCoalescedIrqFrames: { kind: "string" },
    /** Received frames per interrupt at low packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    RxMaxCoalescedLowFrames: { kind: "string" },
    /** Received frames per interrupt at high packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    RxMaxCoalescedHighFrames: { kind: "string" },
    /** Sent frames that trigger an interrupt. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TxMaxCoalescedFrames: { kind: "string" },
    /** Sent frames that trigger an interrupt while one is being handled. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TxMaxCoalescedIrqFrames: { kind: "string" },
    /** Sent frames per interrupt at low packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TxMaxCoalescedLowFrames: { kind: "string" },
    /** Sent frames per interrupt at high packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    TxMaxCoalescedHighFrames: { kind: "string" },
    /** Packet rate below which the low coalescing settings apply. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    CoalescePacketRateLow: { kind: "string" },
    /** Packet rate above which the high coalescing settings apply. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    CoalescePacketRateHigh: { kind: "string" },
    /** How often the packet rate is sampled for adaptive coalescing. */
    CoalescePacketRateSampleIntervalSec: { kind: "timespan" },
    /** How often the device updates its statistics block. */
    StatisticsBlockCoalesceSec: { kind: "timespan" },
    /** Twisted-pair crossover: straight, crossover or auto. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    MDI: { kind: "string" },
  },
  "SR-IOV": {
    /** Index of the SR-IOV virtual function this section configures. */
    VirtualFunction: { kind: "int", min: 0, max: 2147483646 },
    /** VLAN ID of the virtual function. */
    VLANId: { kind: "int", min: 1, max: 4095 },
    /** Quality-of-service priority of the virtual function. */
    QualityOfService: { kind: "int", min: 1, max: 4294967294 },
    /** VLAN protocol of the virtual function: 802.1Q or 802.1ad. */
    VLANProtocol: { kind: "enum", values: ["802.1Q", "802.1ad"] },
    /** Check that the virtual function sends only from its own MAC address. */
    MACSpoofCheck: { kind: "bool" },
    /** Let the virtual function query the RSS configuration. */
    QueryReceiveSideScaling: { kind: "bool" },
    /** Trust the virtual function to change settings that affect security or performance. */
    Trust: { kind: "bool" },
    /** Link state of the virtual function: up, down, or following the physical function ("auto"). */
    LinkState: { kind: "enum", values: [true, false, "auto"] },
    /** Hardware address of the virtual function. */
    MACAddress: { kind: "mac" },
  },
  EnergyEfficientEthernet: {
    /** systemd 258+: Turn Energy Efficient Ethernet on or off. */
    Enable: { kind: "bool", since: 258 },
    /** systemd 258+: Let the transmitter enter Low Power Idle. */
    TxLowPowerIdle: { kind: "bool", since: 258 },
    /** systemd 258+: How long after transmitting the transmitter stays out of Low Power Idle. */
    TxLowPowerIdleSec: { kind: "timespan", since: 258 },
    /** systemd 258+: Link modes advertised as Energy Efficient Ethernet capable (names as for Advertise=). */
    LinkMode: { kind: "list", since: 258 },
  },
} as const satisfies Record<string, Record<string, DirectiveSpec>>;

/** The sections of a systemd-nspawn .nspawn file (systemd.nspawn(5)). */
export const nspawnSections = {
  Exec: {
    /** Boot the container's init system instead of running a single command. */
    Boot: { kind: "bool" },
    /** Run on a throw-away snapshot that is removed when the container exits. */
    Ephemeral: { kind: "bool" },
    /** Run the command as PID 2 under a minimal init stub. */
    ProcessTwo: { kind: "bool" },
    /** Arguments for the container's command (or for init when booting). */
    Parameters: { kind: "list", words: true },
    /** Variables set in the container: { NAME: "value" }. */
    Environment: { kind: "environment" },
    /** User the container's command runs as. */
    User: { kind: "string" },
    /** Directory the container's command starts in. */
    WorkingDirectory: { kind: "path" },
    /** Directory of the image that becomes the container's root ("new[:old]"). */
    PivotRoot: { kind: "string" },
    /** Extra capabilities granted to the container. */
    Capability: { kind: "list", words: true },
    /** Capabilities taken away from the container. */
    DropCapability: { kind: "list", words: true },
    /** Capabilities put into the command's ambient set. */
    AmbientCapability: { kind: "list", words: true },
    /** Forbid the container's processes from gaining privileges. */
    NoNewPrivileges: { kind: "bool" },
    /** Signal that asks the container to shut down. */
    KillSignal: { kind: "enum", values: signals },
    /** Architecture uname(2) reports inside the container: x86 or x86-64. */
    Personality: { kind: "enum", values: ["x86", "x86-64"] },
    /** Machine ID given to the container. */
    MachineID: { kind: "string" },
    /** User namespacing: yes, no, pick, or a UID range "base[:count]". */
    PrivateUsers: { kind: "string" },
    /** systemd 260+: Number of extra 64K UID/GID ranges delegated to the container for nested containers. */
    PrivateUsersDelegate: { kind: "int", min: 0, since: 260 },
    /** Wait for the container to report readiness with sd_notify(). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    NotifyReady: { kind: "string" },
    /** System calls allowed in the container ("~" lists forbidden ones). */
    SystemCallFilter: { kind: "list", words: true },
    /** systemd 261+: Socket address families the container may use, as --restrict-address-families=. */
    RestrictAddressFamilies: { kind: "string", since: 261 },
    /** Limit on CPU time in the container (RLIMIT_CPU). */
    LimitCPU: { kind: "rlimit" },
    /** Limit on the size of files written (RLIMIT_FSIZE). */
    LimitFSIZE: { kind: "rlimit" },
    /** Limit on the data segment size (RLIMIT_DATA). */
    LimitDATA: { kind: "rlimit" },
    /** Limit on the stack size (RLIMIT_STACK). */
    LimitSTACK: { kind: "rlimit" },
    /** Limit on core dump size (RLIMIT_CORE). */
    LimitCORE: { kind: "rlimit" },
    /** Limit on resident memory (RLIMIT_RSS). */
    LimitRSS: { kind: "rlimit" },
    /** Limit on open file descriptors (RLIMIT_NOFILE). */
    LimitNOFILE: { kind: "rlimit" },
    /** Limit on address space size (RLIMIT_AS). */
    LimitAS: { kind: "rlimit" },
    /** Limit on the number of processes (RLIMIT_NPROC). */
    LimitNPROC: { kind: "rlimit" },
    /** Limit on locked memory (RLIMIT_MEMLOCK). */
    LimitMEMLOCK: { kind: "rlimit" },
    /** Limit on file locks (RLIMIT_LOCKS). */
    LimitLOCKS: { kind: "rlimit" },
    /** Limit on queued signals (RLIMIT_SIGPENDING). */
    LimitSIGPENDING: { kind: "rlimit" },
    /** Limit on POSIX message queue bytes (RLIMIT_MSGQUEUE). */
    LimitMSGQUEUE: { kind: "rlimit" },
    /** Limit on raising the nice level (RLIMIT_NICE). */
    LimitNICE: { kind: "rlimit" },
    /** Limit on real-time priority (RLIMIT_RTPRIO). */
    LimitRTPRIO: { kind: "rlimit" },
    /** Limit on real-time CPU time (RLIMIT_RTTIME). */
    LimitRTTIME: { kind: "rlimit" },
    /** OOM killer score adjustment of the container (-1000 to 1000). */
    OOMScoreAdjust: { kind: "int", min: -1000, max: 1000 },
    /** CPUs the container may run on. */
    CPUAffinity: { kind: "list", words: true },
    /** Hostname set inside the container. */
    Hostname: { kind: "string" },
    /** How /etc/resolv.conf is provided inside the container. */
    ResolvConf: { kind: "string" },
    /** How /etc/localtime is provided inside the container. */
    Timezone: { kind: "string" },
    /** Whether the container's journal is linked into the host's. */
    LinkJournal: { kind: "enum", values: ["no", "host", "try-host", "guest", "try-guest", "auto"] },
    /** Turn sync(), fsync() and similar into no-ops in the container. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
    SuppressSync: { kind: "string" },
  },
  Files: {
    /** Mount the container's root file system read-only. */
    ReadOnly: { kind: "bool" },
    /** Boot with a volatile root (yes), volatile /var only (state), or persistent (no). */
    Volatile: { kind: "enum", values: [true, false, "state"] },
    /** Bind mounts from the host, "source[:destination[:options]]". */
    Bind: { kind: "list" },
    /** Read-only bind mounts from the host. */
    BindReadOnly: { kind: "list" },
    /** Host users made available inside the container. */
    BindUser: { kind: "list" },
    /** systemd 258+: Shell written into the records of users bound with BindUser=, as --bind-user-shell=. */
    BindUserShell: { kind: "string", since: 258 },
    /** tmpfs mounts inside the container, "path[:options]". */
    TemporaryFileSystem: { kind: "list" },
    /** Paths made inaccessible inside the container. */
    Inaccessible: { kind: "list" },
    /** Overlay mounts, "lower:…:upper:destination". */
    Overlay: { kind: "list" },
    /** Read-only overlay mounts, "lower:…:destination". */
    OverlayReadOnly: { kind: "list" },
    /** How file ownership is adapted to user namespacing: off, chown, map or auto. */
    PrivateUsersOwnership: { kind: "enum", values: ["off", "chown", "map", "auto"] },
  },
  Network: {
    /** Give the container its own network namespace. */
    Private: { kind: "bool" },
    /** systemd 259+: Network namespace file (e.g. /run/netns/NAME) the container runs in. */
    NamespacePath: { kind: "path", since: 259 },
    /** Connect the container to the host through a veth pair. */
    VirtualEthernet: { kind: "bool" },
    /** Extra veth pairs, "host-name[:container-name]". */
    VirtualEthernetExtra: { kind: "list" },
    /** Host network interfaces moved into the container. */
    Interface: { kind: "list", words: true },
    /** Host interfaces on which a MACVLAN device is created for the container. */
    MACVLAN: { kind: "list", words: true },
    /** Host interfaces on which an IPVLAN device is created for the container. */
    IPVLAN: { kind: "list", words: true },
    /** Host bridge the container's veth is added to. */
    Bridge: { kind: "string" },
    /** Network zone (a shared bridge) the container's veth joins. */
    Zone: { kind: "string" },
    /** Ports forwarded from the host, "[protocol:]host-port[:container-port]". */
    Port: { kind: "list" },
  },
} as const satisfies Record<string, Record<string, DirectiveSpec>>;

/** The sections of a systemd-resolved drop-in, resolved.conf.d/*.conf (resolved.conf(5)). */
export const resolvedSections = {
  Resolve: {
    /** DNS servers used system-wide, optionally with ":port", "%interface" and "#server-name". */
    DNS: { kind: "list", words: true },
    /** DNS servers used when no other is known. */
    FallbackDNS: { kind: "list", words: true },
    /** Search domains used system-wide; "~" marks routing-only domains. */
    Domains: { kind: "list", words: true },
    /** Link-Local Multicast Name Resolution: on, off, or resolve only. */
    LLMNR: { kind: "enum", values: [true, false, "resolve"] },
    /** Multicast DNS: on, off, or resolve only. */
    MulticastDNS: { kind: "enum", values: [true, false, "resolve"] },
    /** DNSSEC validation: on, off or allow-downgrade. */
    DNSSEC: { kind: "enum", values: [true, false, "allow-downgrade"] },
    /** DNS-over-TLS: on, off or opportunistic. */
    DNSOverTLS: { kind: "enum", values: [true, false, "opportunistic"] },
    /** Cache answers: yes, no, or all but negative ones. */
    Cache: { kind: "enum", values: [true, false, "no-negative"] },
    /** Also cache answers from DNS servers on the local host. */
    CacheFromLocalhost: { kind: "bool" },
    /** systemd 261+: Most records in the unicast DNS cache of each scope (0 to 16777216; default 4096). */
    DNSCacheSize: { kind: "int", min: 0, max: 16777216, since: 261 },
    /** systemd 261+: Most records in the Multicast DNS cache of each scope (0 to 16777216; default 4096). */
    MulticastDNSCacheSize: { kind: "int", min: 0, max: 16777216, since: 261 },
    /** systemd 261+: Most records in the LLMNR cache of each scope (0 to 16777216; default 4096). */
    LLMNRCacheSize: { kind: "int", min: 0, max: 16777216, since: 261 },
    /** Run the stub resolver on 127.0.0.53: on, off, or UDP or TCP only. */
    DNSStubListener: { kind: "enum", values: [true, false, "udp", "tcp"] },
    /** systemd 258+: DNS record types whose queries are refused, space-separated. */
    RefuseRecordTypes: { kind: "list", words: true, since: 258 },
    /** Extra addresses the stub resolver listens on. */
    DNSStubListenerExtra: { kind: "list" },
    /** Answer from /etc/hosts. */
    ReadEtcHosts: { kind: "bool" },
    /** systemd 261+: Serve the static resource records of /etc/systemd/resolve/static.d/*.rr and similar directories. */
    ReadStaticRecords: { kind: "bool", since: 261 },
    /** Send single-label names to unicast DNS servers. */
    ResolveUnicastSingleLabel: { kind: "bool" },
    /** systemd 254+: How long records may be served stale after their TTL ran out (0: never). */
    StaleRetentionSec: { kind: "timespan", since: 254 },
  },
} as const satisfies Record<string, Record<string, DirectiveSpec>>;

/**
 * Configuration files other than units: their sections, and the sections that may appear
 * several times in one file (one [Address] or [Route] block per address or route).
 */
export const configFileTypes = {
  network: { sections: networkSections, repeatable: ["SR-IOV", "Address", "Neighbor", "IPv6AddressLabel", "RoutingPolicyRule", "NextHop", "Route", "DHCPServerStaticLease", "IPv6Prefix", "IPv6RoutePrefix", "BridgeFDB", "BridgeMDB", "BridgeVLAN", "QDisc", "NetworkEmulator", "TokenBucketFilter", "PIE", "FlowQueuePIE", "StochasticFairBlue", "StochasticFairnessQueueing", "BFIFO", "PFIFO", "PFIFOHeadDrop", "PFIFOFast", "CAKE", "ControlledDelay", "DeficitRoundRobinScheduler", "DeficitRoundRobinSchedulerClass", "EnhancedTransmissionSelection", "GenericRandomEarlyDetection", "FairQueueingControlledDelay", "FairQueueing", "TrivialLinkEqualizer", "HierarchyTokenBucket", "HierarchyTokenBucketClass", "HeavyHitterFilter", "QuickFairQueueing", "QuickFairQueueingClass", "IPv6PREF64Prefix", "ClassfulMultiQueueing", "BandMultiQueueing"] },
  netdev: { sections: netdevSections, repeatable: ["L2TPSession", "MACsecReceiveChannel", "MACsecTransmitAssociation", "MACsecReceiveAssociation", "WireGuardPeer"] },
  link: { sections: linkSections, repeatable: ["SR-IOV"] },
  nspawn: { sections: nspawnSections, repeatable: [] },
  resolved: { sections: resolvedSections, repeatable: [] },
} as const;
