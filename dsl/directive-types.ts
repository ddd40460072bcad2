// GENERATED FILE: do not edit. Regenerate with `npm run gen:directives` (scripts/gen-directives/).
/**
 * One interface per section, one property per directive, each with its description: what an
 * editor shows on hover in site.ts. Type-only; dsl/directives.ts builds the section types on it.
 */
import type { execDirectives, killDirectives, resourceControlDirectives, sections, networkSections, netdevSections, linkSections, nspawnSections, resolvedSections } from "./directives-table.ts";
import type { ValueOf } from "./directives.ts";

/** Directives of systemd.exec(5). */
export interface ExecDirectives {
  /** Directories searched for commands given without a path (like $PATH). */
  readonly ExecSearchPath?: ValueOf<(typeof execDirectives)["ExecSearchPath"]>;
  /** Directory the commands run in; "~" is the user's home, "-" ignores a missing one. */
  readonly WorkingDirectory?: ValueOf<(typeof execDirectives)["WorkingDirectory"]>;
  /** Directory the processes see as the file system root (chroot). */
  readonly RootDirectory?: ValueOf<(typeof execDirectives)["RootDirectory"]>;
  /** Disk image mounted and used as the processes' root file system. */
  readonly RootImage?: ValueOf<(typeof execDirectives)["RootImage"]>;
  /** Mount options for the partitions of RootImage=. */
  readonly RootImageOptions?: ValueOf<(typeof execDirectives)["RootImageOptions"]>;
  /** systemd 254+: Run the processes in a throw-away copy of the root directory or image, discarded when the service stops. */
  readonly RootEphemeral?: ValueOf<(typeof execDirectives)["RootEphemeral"]>;
  /** dm-verity root hash (hex, or a file) that verifies RootImage=. */
  readonly RootHash?: ValueOf<(typeof execDirectives)["RootHash"]>;
  /** Signature of the dm-verity root hash of RootImage=. */
  readonly RootHashSignature?: ValueOf<(typeof execDirectives)["RootHashSignature"]>;
  /** File holding the dm-verity data of RootImage=. */
  readonly RootVerity?: ValueOf<(typeof execDirectives)["RootVerity"]>;
  /** systemd 254+: Image policy (systemd.image-policy(7)) that RootImage= must satisfy: which partitions, verity, signatures, encryption. */
  readonly RootImagePolicy?: ValueOf<(typeof execDirectives)["RootImagePolicy"]>;
  /** systemd 254+: Image policy (systemd.image-policy(7)) that the images of MountImages= must satisfy. */
  readonly MountImagePolicy?: ValueOf<(typeof execDirectives)["MountImagePolicy"]>;
  /** systemd 254+: Image policy (systemd.image-policy(7)) that the images of ExtensionImages= must satisfy. */
  readonly ExtensionImagePolicy?: ValueOf<(typeof execDirectives)["ExtensionImagePolicy"]>;
  /** systemd 260+: A systemd.mstack(7) directory of layers and bind mounts, overlaid to make the processes' root file system. */
  readonly RootMStack?: ValueOf<(typeof execDirectives)["RootMStack"]>;
  /** Mount fresh /proc, /sys, /dev and /run inside the unit's root. */
  readonly MountAPIVFS?: ValueOf<(typeof execDirectives)["MountAPIVFS"]>;
  /** systemd 257+: Bind-mount the journal's sockets into the unit's mount namespace, so logging works with a private /run. */
  readonly BindLogSockets?: ValueOf<(typeof execDirectives)["BindLogSockets"]>;
  /** Which processes' /proc entries are visible: all, only ptrace-able ones, or only own. */
  readonly ProtectProc?: ValueOf<(typeof execDirectives)["ProtectProc"]>;
  /** Show only process directories in /proc ("pid"), hiding kernel tunables. */
  readonly ProcSubset?: ValueOf<(typeof execDirectives)["ProcSubset"]>;
  /** Bind mounts "source[:destination[:options]]" into the unit's namespace. */
  readonly BindPaths?: ValueOf<(typeof execDirectives)["BindPaths"]>;
  /** Read-only bind mounts "source[:destination[:options]]", e.g. a hearth-owned config over /etc. */
  readonly BindReadOnlyPaths?: ValueOf<(typeof execDirectives)["BindReadOnlyPaths"]>;
  /** Disk images mounted at given paths inside the unit's namespace. */
  readonly MountImages?: ValueOf<(typeof execDirectives)["MountImages"]>;
  /** System extension images overlaid on /usr and /opt for the unit. */
  readonly ExtensionImages?: ValueOf<(typeof execDirectives)["ExtensionImages"]>;
  /** System extension directories overlaid on /usr and /opt for the unit. */
  readonly ExtensionDirectories?: ValueOf<(typeof execDirectives)["ExtensionDirectories"]>;
  /** The user the processes run as. */
  readonly User?: ValueOf<(typeof execDirectives)["User"]>;
  /** The group the processes run as. */
  readonly Group?: ValueOf<(typeof execDirectives)["Group"]>;
  /** Allocate a transient user and group for the lifetime of the unit. */
  readonly DynamicUser?: ValueOf<(typeof execDirectives)["DynamicUser"]>;
  /** Extra groups the processes belong to. */
  readonly SupplementaryGroups?: ValueOf<(typeof execDirectives)["SupplementaryGroups"]>;
  /** systemd 255+: Set $HOME, $LOGNAME and $SHELL for the processes (default: only when User=, DynamicUser= or PAMName= is set). */
  readonly SetLoginEnvironment?: ValueOf<(typeof execDirectives)["SetLoginEnvironment"]>;
  /** PAM service name whose session is opened for the processes. */
  readonly PAMName?: ValueOf<(typeof execDirectives)["PAMName"]>;
  /** Capabilities the processes may ever have; "~" lists the ones to drop. */
  readonly CapabilityBoundingSet?: ValueOf<(typeof execDirectives)["CapabilityBoundingSet"]>;
  /** Capabilities granted to the processes even when not running as root. */
  readonly AmbientCapabilities?: ValueOf<(typeof execDirectives)["AmbientCapabilities"]>;
  /** Forbid the processes and their children from gaining privileges (setuid, file capabilities). */
  readonly NoNewPrivileges?: ValueOf<(typeof execDirectives)["NoNewPrivileges"]>;
  /** Secure-bits flags of the processes (keep-caps, noroot, …). */
  readonly SecureBits?: ValueOf<(typeof execDirectives)["SecureBits"]>;
  /** SELinux security context the processes run in. */
  readonly SELinuxContext?: ValueOf<(typeof execDirectives)["SELinuxContext"]>;
  /** AppArmor profile the processes run under. */
  readonly AppArmorProfile?: ValueOf<(typeof execDirectives)["AppArmorProfile"]>;
  /** SMACK label the processes run with. */
  readonly SmackProcessLabel?: ValueOf<(typeof execDirectives)["SmackProcessLabel"]>;
  /** Limit on CPU time (RLIMIT_CPU). */
  readonly LimitCPU?: ValueOf<(typeof execDirectives)["LimitCPU"]>;
  /** Limit on the size of files written (RLIMIT_FSIZE). */
  readonly LimitFSIZE?: ValueOf<(typeof execDirectives)["LimitFSIZE"]>;
  /** Limit on the data segment size (RLIMIT_DATA). */
  readonly LimitDATA?: ValueOf<(typeof execDirectives)["LimitDATA"]>;
  /** Limit on the stack size (RLIMIT_STACK). */
  readonly LimitSTACK?: ValueOf<(typeof execDirectives)["LimitSTACK"]>;
  /** Limit on core dump size (RLIMIT_CORE). */
  readonly LimitCORE?: ValueOf<(typeof execDirectives)["LimitCORE"]>;
  /** Limit on resident memory (RLIMIT_RSS). */
  readonly LimitRSS?: ValueOf<(typeof execDirectives)["LimitRSS"]>;
  /** Limit on open file descriptors (RLIMIT_NOFILE). */
  readonly LimitNOFILE?: ValueOf<(typeof execDirectives)["LimitNOFILE"]>;
  /** Limit on address space size (RLIMIT_AS). */
  readonly LimitAS?: ValueOf<(typeof execDirectives)["LimitAS"]>;
  /** Limit on the number of processes of the user (RLIMIT_NPROC). */
  readonly LimitNPROC?: ValueOf<(typeof execDirectives)["LimitNPROC"]>;
  /** Limit on locked memory (RLIMIT_MEMLOCK). */
  readonly LimitMEMLOCK?: ValueOf<(typeof execDirectives)["LimitMEMLOCK"]>;
  /** Limit on file locks (RLIMIT_LOCKS). */
  readonly LimitLOCKS?: ValueOf<(typeof execDirectives)["LimitLOCKS"]>;
  /** Limit on queued signals (RLIMIT_SIGPENDING). */
  readonly LimitSIGPENDING?: ValueOf<(typeof execDirectives)["LimitSIGPENDING"]>;
  /** Limit on POSIX message queue bytes (RLIMIT_MSGQUEUE). */
  readonly LimitMSGQUEUE?: ValueOf<(typeof execDirectives)["LimitMSGQUEUE"]>;
  /** Limit on raising the nice level (RLIMIT_NICE). */
  readonly LimitNICE?: ValueOf<(typeof execDirectives)["LimitNICE"]>;
  /** Limit on real-time priority (RLIMIT_RTPRIO). */
  readonly LimitRTPRIO?: ValueOf<(typeof execDirectives)["LimitRTPRIO"]>;
  /** Limit on real-time CPU time without a blocking call (RLIMIT_RTTIME). */
  readonly LimitRTTIME?: ValueOf<(typeof execDirectives)["LimitRTTIME"]>;
  /** File mode creation mask of the processes. */
  readonly UMask?: ValueOf<(typeof execDirectives)["UMask"]>;
  /** Which memory mappings a core dump includes. */
  readonly CoredumpFilter?: ValueOf<(typeof execDirectives)["CoredumpFilter"]>;
  /** Which kernel session keyring the processes get: inherit, private or shared. */
  readonly KeyringMode?: ValueOf<(typeof execDirectives)["KeyringMode"]>;
  /** Adjusts how likely the kernel OOM killer picks these processes (-1000 to 1000). */
  readonly OOMScoreAdjust?: ValueOf<(typeof execDirectives)["OOMScoreAdjust"]>;
  /** Timer slack: how much timer wake-ups may be delayed to save power. */
  readonly TimerSlackNSec?: ValueOf<(typeof execDirectives)["TimerSlackNSec"]>;
  /** Architecture uname(2) reports to the processes. */
  readonly Personality?: ValueOf<(typeof execDirectives)["Personality"]>;
  /** Ignore SIGPIPE in the processes (yes by default). */
  readonly IgnoreSIGPIPE?: ValueOf<(typeof execDirectives)["IgnoreSIGPIPE"]>;
  /** Scheduling priority of the processes (-20 to 19; lower runs first). */
  readonly Nice?: ValueOf<(typeof execDirectives)["Nice"]>;
  /** CPU scheduling policy: other, batch, idle, fifo or rr. */
  readonly CPUSchedulingPolicy?: ValueOf<(typeof execDirectives)["CPUSchedulingPolicy"]>;
  /** Real-time priority for the fifo and rr policies. */
  readonly CPUSchedulingPriority?: ValueOf<(typeof execDirectives)["CPUSchedulingPriority"]>;
  /** Children do not inherit a real-time scheduling policy. */
  readonly CPUSchedulingResetOnFork?: ValueOf<(typeof execDirectives)["CPUSchedulingResetOnFork"]>;
  /** CPUs the processes may run on. */
  readonly CPUAffinity?: ValueOf<(typeof execDirectives)["CPUAffinity"]>;
  /** NUMA memory policy: default, preferred, bind, interleave or local. */
  readonly NUMAPolicy?: ValueOf<(typeof execDirectives)["NUMAPolicy"]>;
  /** NUMA nodes the NUMA policy applies to. */
  readonly NUMAMask?: ValueOf<(typeof execDirectives)["NUMAMask"]>;
  /** I/O scheduling class: realtime, best-effort or idle. */
  readonly IOSchedulingClass?: ValueOf<(typeof execDirectives)["IOSchedulingClass"]>;
  /** I/O priority within its class (0 highest to 7 lowest). */
  readonly IOSchedulingPriority?: ValueOf<(typeof execDirectives)["IOSchedulingPriority"]>;
  /** Mount /usr, /boot (true), also /etc ("full") or the whole tree ("strict") read-only. */
  readonly ProtectSystem?: ValueOf<(typeof execDirectives)["ProtectSystem"]>;
  /** Hide /home, /root and /run/user (true), or make them read-only or empty tmpfs. */
  readonly ProtectHome?: ValueOf<(typeof execDirectives)["ProtectHome"]>;
  /** Directories under /run created and owned for the unit, removed when it stops. */
  readonly RuntimeDirectory?: ValueOf<(typeof execDirectives)["RuntimeDirectory"]>;
  /** Directories under /var/lib created and owned for the service. */
  readonly StateDirectory?: ValueOf<(typeof execDirectives)["StateDirectory"]>;
  /** Directories under /var/cache created and owned for the unit. */
  readonly CacheDirectory?: ValueOf<(typeof execDirectives)["CacheDirectory"]>;
  /** Directories under /var/log created and owned for the unit. */
  readonly LogsDirectory?: ValueOf<(typeof execDirectives)["LogsDirectory"]>;
  /** Directories under /etc created for the unit. */
  readonly ConfigurationDirectory?: ValueOf<(typeof execDirectives)["ConfigurationDirectory"]>;
  /** Access mode of the RuntimeDirectory= directories. */
  readonly RuntimeDirectoryMode?: ValueOf<(typeof execDirectives)["RuntimeDirectoryMode"]>;
  /** Access mode of the StateDirectory= directories. */
  readonly StateDirectoryMode?: ValueOf<(typeof execDirectives)["StateDirectoryMode"]>;
  /** Access mode of the CacheDirectory= directories. */
  readonly CacheDirectoryMode?: ValueOf<(typeof execDirectives)["CacheDirectoryMode"]>;
  /** Access mode of the LogsDirectory= directories. */
  readonly LogsDirectoryMode?: ValueOf<(typeof execDirectives)["LogsDirectoryMode"]>;
  /** Access mode of the ConfigurationDirectory= directories. */
  readonly ConfigurationDirectoryMode?: ValueOf<(typeof execDirectives)["ConfigurationDirectoryMode"]>;
  /** systemd 258+: Disk quota (bytes, or a percentage of blocks and inodes) for the StateDirectory= directories. */
  readonly StateDirectoryQuota?: ValueOf<(typeof execDirectives)["StateDirectoryQuota"]>;
  /** systemd 258+: Disk quota (bytes, or a percentage of blocks and inodes) for the CacheDirectory= directories. */
  readonly CacheDirectoryQuota?: ValueOf<(typeof execDirectives)["CacheDirectoryQuota"]>;
  /** systemd 258+: Disk quota (bytes, or a percentage of blocks and inodes) for the LogsDirectory= directories. */
  readonly LogsDirectoryQuota?: ValueOf<(typeof execDirectives)["LogsDirectoryQuota"]>;
  /** systemd 258+: Give the StateDirectory= directories a quota project ID so their disk usage is accounted. */
  readonly StateDirectoryAccounting?: ValueOf<(typeof execDirectives)["StateDirectoryAccounting"]>;
  /** systemd 258+: Give the CacheDirectory= directories a quota project ID so their disk usage is accounted. */
  readonly CacheDirectoryAccounting?: ValueOf<(typeof execDirectives)["CacheDirectoryAccounting"]>;
  /** systemd 258+: Give the LogsDirectory= directories a quota project ID so their disk usage is accounted. */
  readonly LogsDirectoryAccounting?: ValueOf<(typeof execDirectives)["LogsDirectoryAccounting"]>;
  /** Keep RuntimeDirectory= after the unit stops: no, yes, or across restarts only. */
  readonly RuntimeDirectoryPreserve?: ValueOf<(typeof execDirectives)["RuntimeDirectoryPreserve"]>;
  /** Longest `systemctl clean` may take for this unit. */
  readonly TimeoutCleanSec?: ValueOf<(typeof execDirectives)["TimeoutCleanSec"]>;
  /** Paths kept writable where the unit's view is otherwise read-only. */
  readonly ReadWritePaths?: ValueOf<(typeof execDirectives)["ReadWritePaths"]>;
  /** Paths made read-only for the processes. */
  readonly ReadOnlyPaths?: ValueOf<(typeof execDirectives)["ReadOnlyPaths"]>;
  /** Paths made inaccessible to the processes. */
  readonly InaccessiblePaths?: ValueOf<(typeof execDirectives)["InaccessiblePaths"]>;
  /** Paths where running programs is allowed despite NoExecPaths=. */
  readonly ExecPaths?: ValueOf<(typeof execDirectives)["ExecPaths"]>;
  /** Paths from which programs may not be run. */
  readonly NoExecPaths?: ValueOf<(typeof execDirectives)["NoExecPaths"]>;
  /** Empty tmpfs file systems mounted over these paths ("path[:options]"). */
  readonly TemporaryFileSystem?: ValueOf<(typeof execDirectives)["TemporaryFileSystem"]>;
  /** Give the unit its own empty /tmp and /var/tmp. */
  readonly PrivateTmp?: ValueOf<(typeof execDirectives)["PrivateTmp"]>;
  /** Give the unit a minimal /dev without physical devices. */
  readonly PrivateDevices?: ValueOf<(typeof execDirectives)["PrivateDevices"]>;
  /** Run the unit in its own network namespace with only a loopback device. */
  readonly PrivateNetwork?: ValueOf<(typeof execDirectives)["PrivateNetwork"]>;
  /** systemd 259+: Join the user namespace of this file (like /proc/PID/ns/user) instead of creating one. */
  readonly UserNamespacePath?: ValueOf<(typeof execDirectives)["UserNamespacePath"]>;
  /** Join the network namespace at this path (e.g. /run/netns/NAME). */
  readonly NetworkNamespacePath?: ValueOf<(typeof execDirectives)["NetworkNamespacePath"]>;
  /** Run the unit in its own IPC namespace. */
  readonly PrivateIPC?: ValueOf<(typeof execDirectives)["PrivateIPC"]>;
  /** Join the IPC namespace at this path. */
  readonly IPCNamespacePath?: ValueOf<(typeof execDirectives)["IPCNamespacePath"]>;
  /** systemd 254+: Let the kernel merge identical memory pages of the processes (kernel samepage merging). */
  readonly MemoryKSM?: ValueOf<(typeof execDirectives)["MemoryKSM"]>;
  /** systemd 260+: Transparent hugepages for the processes: "inherit", "disable", "madvise" (only on request) or "system". */
  readonly MemoryTHP?: ValueOf<(typeof execDirectives)["MemoryTHP"]>;
  /** systemd 257+: Run the processes in their own PID namespace, the main process as PID 1, with a matching /proc. */
  readonly PrivatePIDs?: ValueOf<(typeof execDirectives)["PrivatePIDs"]>;
  /** Run the unit in its own user namespace mapping only root and the unit's user. */
  readonly PrivateUsers?: ValueOf<(typeof execDirectives)["PrivateUsers"]>;
  /** Forbid changing the hostname. */
  readonly ProtectHostname?: ValueOf<(typeof execDirectives)["ProtectHostname"]>;
  /** Forbid changing the system and hardware clocks. */
  readonly ProtectClock?: ValueOf<(typeof execDirectives)["ProtectClock"]>;
  /** Make /proc/sys, /sys and similar kernel tunables read-only. */
  readonly ProtectKernelTunables?: ValueOf<(typeof execDirectives)["ProtectKernelTunables"]>;
  /** Forbid loading or unloading kernel modules. */
  readonly ProtectKernelModules?: ValueOf<(typeof execDirectives)["ProtectKernelModules"]>;
  /** Forbid access to the kernel log ring buffer. */
  readonly ProtectKernelLogs?: ValueOf<(typeof execDirectives)["ProtectKernelLogs"]>;
  /** Make the cgroup file system read-only. */
  readonly ProtectControlGroups?: ValueOf<(typeof execDirectives)["ProtectControlGroups"]>;
  /** Socket address families the processes may use (e.g. "AF_UNIX AF_INET AF_INET6"). */
  readonly RestrictAddressFamilies?: ValueOf<(typeof execDirectives)["RestrictAddressFamilies"]>;
  /** File system types the processes may access (BPF LSM). */
  readonly RestrictFileSystems?: ValueOf<(typeof execDirectives)["RestrictFileSystems"]>;
  /** Which kinds of namespaces the processes may create (true forbids all). */
  readonly RestrictNamespaces?: ValueOf<(typeof execDirectives)["RestrictNamespaces"]>;
  /** systemd 258+: Namespace types (cgroup, ipc, net, mnt, pid, uts; "~" inverts) owned by the unit's user namespace, or true for all. */
  readonly DelegateNamespaces?: ValueOf<(typeof execDirectives)["DelegateNamespaces"]>;
  /** systemd 258+: Mount a private BPF file system on /sys/fs/bpf, hiding the host's programs and maps. */
  readonly PrivateBPF?: ValueOf<(typeof execDirectives)["PrivateBPF"]>;
  /** systemd 258+: BPF commands the private BPF file system delegates to the unit ("any", or a space-separated list). */
  readonly BPFDelegateCommands?: ValueOf<(typeof execDirectives)["BPFDelegateCommands"]>;
  /** systemd 258+: BPF map types the private BPF file system delegates to the unit ("any", or a space-separated list). */
  readonly BPFDelegateMaps?: ValueOf<(typeof execDirectives)["BPFDelegateMaps"]>;
  /** systemd 258+: BPF program types the private BPF file system delegates to the unit ("any", or a space-separated list). */
  readonly BPFDelegatePrograms?: ValueOf<(typeof execDirectives)["BPFDelegatePrograms"]>;
  /** systemd 258+: BPF attach types the private BPF file system delegates to the unit ("any", or a space-separated list). */
  readonly BPFDelegateAttachments?: ValueOf<(typeof execDirectives)["BPFDelegateAttachments"]>;
  /** Forbid changing the execution domain (personality(2)). */
  readonly LockPersonality?: ValueOf<(typeof execDirectives)["LockPersonality"]>;
  /** Forbid memory mappings that are both writable and executable. */
  readonly MemoryDenyWriteExecute?: ValueOf<(typeof execDirectives)["MemoryDenyWriteExecute"]>;
  /** Forbid real-time scheduling. */
  readonly RestrictRealtime?: ValueOf<(typeof execDirectives)["RestrictRealtime"]>;
  /** Forbid creating setuid and setgid files. */
  readonly RestrictSUIDSGID?: ValueOf<(typeof execDirectives)["RestrictSUIDSGID"]>;
  /** Remove the user's System V and POSIX IPC objects when the unit stops. */
  readonly RemoveIPC?: ValueOf<(typeof execDirectives)["RemoveIPC"]>;
  /** Give the unit its own mount namespace, so mounts do not propagate to the host. */
  readonly PrivateMounts?: ValueOf<(typeof execDirectives)["PrivateMounts"]>;
  /** Mount propagation of the unit's namespace: shared, slave or private. */
  readonly MountFlags?: ValueOf<(typeof execDirectives)["MountFlags"]>;
  /** System calls the processes may use ("@system-service"); "~" lists forbidden ones. */
  readonly SystemCallFilter?: ValueOf<(typeof execDirectives)["SystemCallFilter"]>;
  /** errno returned for a filtered system call instead of killing the process. */
  readonly SystemCallErrorNumber?: ValueOf<(typeof execDirectives)["SystemCallErrorNumber"]>;
  /** System call ABIs the processes may use (e.g. "native"). */
  readonly SystemCallArchitectures?: ValueOf<(typeof execDirectives)["SystemCallArchitectures"]>;
  /** System calls that are logged when used (for auditing a filter). */
  readonly SystemCallLog?: ValueOf<(typeof execDirectives)["SystemCallLog"]>;
  /** Variables set for executed processes: { NAME: "value" }. */
  readonly Environment?: ValueOf<(typeof execDirectives)["Environment"]>;
  /** Files of NAME=value lines read before each command; "-" prefix: ignore if missing. */
  readonly EnvironmentFile?: ValueOf<(typeof execDirectives)["EnvironmentFile"]>;
  /** Variables passed through from the service manager's own environment. */
  readonly PassEnvironment?: ValueOf<(typeof execDirectives)["PassEnvironment"]>;
  /** Variables removed from the environment the processes get. */
  readonly UnsetEnvironment?: ValueOf<(typeof execDirectives)["UnsetEnvironment"]>;
  /** Where standard input comes from: null, a tty, the socket, data, or a file. */
  readonly StandardInput?: ValueOf<(typeof execDirectives)["StandardInput"]>;
  /** Where standard output goes: journal, null, a tty, a file, the socket, … */
  readonly StandardOutput?: ValueOf<(typeof execDirectives)["StandardOutput"]>;
  /** Where standard error goes: journal, null, a tty, a file, the socket, … */
  readonly StandardError?: ValueOf<(typeof execDirectives)["StandardError"]>;
  /** Text lines fed to standard input (with StandardInput=data). */
  readonly StandardInputText?: ValueOf<(typeof execDirectives)["StandardInputText"]>;
  /** Base64 data fed to standard input (with StandardInput=data). */
  readonly StandardInputData?: ValueOf<(typeof execDirectives)["StandardInputData"]>;
  /** Drop log messages less important than this level. */
  readonly LogLevelMax?: ValueOf<(typeof execDirectives)["LogLevelMax"]>;
  /** Extra journal fields (FIELD=value) added to every message of the unit. */
  readonly LogExtraFields?: ValueOf<(typeof execDirectives)["LogExtraFields"]>;
  /** Window of the journal's per-unit rate limit. */
  readonly LogRateLimitIntervalSec?: ValueOf<(typeof execDirectives)["LogRateLimitIntervalSec"]>;
  /** Messages allowed per LogRateLimitIntervalSec= before the journal drops them. */
  readonly LogRateLimitBurst?: ValueOf<(typeof execDirectives)["LogRateLimitBurst"]>;
  /** systemd 253+: Regular expressions on the log message: only matching lines are kept; "~" first drops matching lines instead. */
  readonly LogFilterPatterns?: ValueOf<(typeof execDirectives)["LogFilterPatterns"]>;
  /** Journal namespace the unit logs to. */
  readonly LogNamespace?: ValueOf<(typeof execDirectives)["LogNamespace"]>;
  /** Name that tags the unit's log lines (default: the program's name). */
  readonly SyslogIdentifier?: ValueOf<(typeof execDirectives)["SyslogIdentifier"]>;
  /** Syslog facility of the log lines. */
  readonly SyslogFacility?: ValueOf<(typeof execDirectives)["SyslogFacility"]>;
  /** Default log level of lines without a <N> prefix. */
  readonly SyslogLevel?: ValueOf<(typeof execDirectives)["SyslogLevel"]>;
  /** Read <N> level prefixes at the start of log lines. */
  readonly SyslogLevelPrefix?: ValueOf<(typeof execDirectives)["SyslogLevelPrefix"]>;
  /** Terminal used when standard input or output is a tty. */
  readonly TTYPath?: ValueOf<(typeof execDirectives)["TTYPath"]>;
  /** Reset the terminal before and after use. */
  readonly TTYReset?: ValueOf<(typeof execDirectives)["TTYReset"]>;
  /** Hang up the terminal before use, disconnecting earlier users. */
  readonly TTYVHangup?: ValueOf<(typeof execDirectives)["TTYVHangup"]>;
  /** Number of rows set on the terminal. */
  readonly TTYRows?: ValueOf<(typeof execDirectives)["TTYRows"]>;
  /** Number of columns set on the terminal. */
  readonly TTYColumns?: ValueOf<(typeof execDirectives)["TTYColumns"]>;
  /** Clear and deallocate the virtual console after use. */
  readonly TTYVTDisallocate?: ValueOf<(typeof execDirectives)["TTYVTDisallocate"]>;
  /** "ID:/path": a credential file the service reads from $CREDENTIALS_DIRECTORY/ID. */
  readonly LoadCredential?: ValueOf<(typeof execDirectives)["LoadCredential"]>;
  /** Like LoadCredential=, for a credential encrypted with systemd-creds. */
  readonly LoadCredentialEncrypted?: ValueOf<(typeof execDirectives)["LoadCredentialEncrypted"]>;
  /** systemd 254+: Pass credentials the service manager itself received (a name or glob, optionally ":newname") to the unit. */
  readonly ImportCredential?: ValueOf<(typeof execDirectives)["ImportCredential"]>;
  /** "ID:value": a credential given inline (not for secrets). */
  readonly SetCredential?: ValueOf<(typeof execDirectives)["SetCredential"]>;
  /** "ID:data": an encrypted credential given inline. */
  readonly SetCredentialEncrypted?: ValueOf<(typeof execDirectives)["SetCredentialEncrypted"]>;
  /** Identifier of the utmp/wtmp records written for the processes. */
  readonly UtmpIdentifier?: ValueOf<(typeof execDirectives)["UtmpIdentifier"]>;
  /** Kind of utmp records written: init, login or user. */
  readonly UtmpMode?: ValueOf<(typeof execDirectives)["UtmpMode"]>;
}

/** Directives of systemd.kill(5). */
export interface KillDirectives {
  /** Which processes are killed on stop: the whole cgroup, the main process first (mixed), only the main process, or none. */
  readonly KillMode?: ValueOf<(typeof killDirectives)["KillMode"]>;
  /** Signal that asks the processes to stop (default SIGTERM). */
  readonly KillSignal?: ValueOf<(typeof killDirectives)["KillSignal"]>;
  /** Signal used instead of KillSignal= when the unit restarts. */
  readonly RestartKillSignal?: ValueOf<(typeof killDirectives)["RestartKillSignal"]>;
  /** Also send SIGHUP right after KillSignal=, for shells and similar. */
  readonly SendSIGHUP?: ValueOf<(typeof killDirectives)["SendSIGHUP"]>;
  /** Send FinalKillSignal= to processes still running after the stop timeout. */
  readonly SendSIGKILL?: ValueOf<(typeof killDirectives)["SendSIGKILL"]>;
  /** Signal for processes still running after the stop timeout (default SIGKILL). */
  readonly FinalKillSignal?: ValueOf<(typeof killDirectives)["FinalKillSignal"]>;
  /** Signal sent when the watchdog times out (default SIGABRT). */
  readonly WatchdogSignal?: ValueOf<(typeof killDirectives)["WatchdogSignal"]>;
}

/** Directives of systemd.resource-control(5). */
export interface ResourceControlDirectives {
  /** Account CPU time used by the unit. */
  readonly CPUAccounting?: ValueOf<(typeof resourceControlDirectives)["CPUAccounting"]>;
  /** CPU share relative to other units (1-10000, default 100); "idle" runs only when nothing else does. */
  readonly CPUWeight?: ValueOf<(typeof resourceControlDirectives)["CPUWeight"]>;
  /** CPUWeight= while the system boots or shuts down. */
  readonly StartupCPUWeight?: ValueOf<(typeof resourceControlDirectives)["StartupCPUWeight"]>;
  /** Most CPU time the unit may use, as a percentage of one CPU (e.g. "150%"). */
  readonly CPUQuota?: ValueOf<(typeof resourceControlDirectives)["CPUQuota"]>;
  /** Period over which CPUQuota= is measured. */
  readonly CPUQuotaPeriodSec?: ValueOf<(typeof resourceControlDirectives)["CPUQuotaPeriodSec"]>;
  /** CPUs the unit's processes may run on (cpuset). */
  readonly AllowedCPUs?: ValueOf<(typeof resourceControlDirectives)["AllowedCPUs"]>;
  /** AllowedCPUs= while the system boots or shuts down. */
  readonly StartupAllowedCPUs?: ValueOf<(typeof resourceControlDirectives)["StartupAllowedCPUs"]>;
  /** NUMA memory nodes the unit may use (cpuset). */
  readonly AllowedMemoryNodes?: ValueOf<(typeof resourceControlDirectives)["AllowedMemoryNodes"]>;
  /** AllowedMemoryNodes= while the system boots or shuts down. */
  readonly StartupAllowedMemoryNodes?: ValueOf<(typeof resourceControlDirectives)["StartupAllowedMemoryNodes"]>;
  /** systemd 261+: cpuset partition type of the unit's cgroup: "member", "root" or "isolated" (needs AllowedCPUs=). */
  readonly CPUSetPartition?: ValueOf<(typeof resourceControlDirectives)["CPUSetPartition"]>;
  /** Account memory used by the unit. */
  readonly MemoryAccounting?: ValueOf<(typeof resourceControlDirectives)["MemoryAccounting"]>;
  /** Memory protected from reclaim under any pressure. */
  readonly MemoryMin?: ValueOf<(typeof resourceControlDirectives)["MemoryMin"]>;
  /** Memory reclaimed only when unprotected memory is exhausted. */
  readonly MemoryLow?: ValueOf<(typeof resourceControlDirectives)["MemoryLow"]>;
  /** systemd 254+: MemoryLow= while the system boots up or shuts down. */
  readonly StartupMemoryLow?: ValueOf<(typeof resourceControlDirectives)["StartupMemoryLow"]>;
  /** Memory use above which the unit is throttled and reclaimed hard. */
  readonly MemoryHigh?: ValueOf<(typeof resourceControlDirectives)["MemoryHigh"]>;
  /** systemd 254+: MemoryHigh= while the system boots up or shuts down. */
  readonly StartupMemoryHigh?: ValueOf<(typeof resourceControlDirectives)["StartupMemoryHigh"]>;
  /** Hard memory limit; above it the OOM killer acts within the unit. */
  readonly MemoryMax?: ValueOf<(typeof resourceControlDirectives)["MemoryMax"]>;
  /** systemd 254+: MemoryMax= while the system boots up or shuts down. */
  readonly StartupMemoryMax?: ValueOf<(typeof resourceControlDirectives)["StartupMemoryMax"]>;
  /** Most swap the unit may use. */
  readonly MemorySwapMax?: ValueOf<(typeof resourceControlDirectives)["MemorySwapMax"]>;
  /** systemd 254+: MemorySwapMax= while the system boots up or shuts down. */
  readonly StartupMemorySwapMax?: ValueOf<(typeof resourceControlDirectives)["StartupMemorySwapMax"]>;
  /** systemd 253+: Most compressed swap cache (zswap) the unit's processes may use, or "infinity". */
  readonly MemoryZSwapMax?: ValueOf<(typeof resourceControlDirectives)["MemoryZSwapMax"]>;
  /** systemd 253+: MemoryZSwapMax= while the system boots up or shuts down. */
  readonly StartupMemoryZSwapMax?: ValueOf<(typeof resourceControlDirectives)["StartupMemoryZSwapMax"]>;
  /** systemd 256+: Allow pages in the compressed swap cache (zswap) to be written out to the swap device. */
  readonly MemoryZSwapWriteback?: ValueOf<(typeof resourceControlDirectives)["MemoryZSwapWriteback"]>;
  /** Count the unit's tasks (processes and threads). */
  readonly TasksAccounting?: ValueOf<(typeof resourceControlDirectives)["TasksAccounting"]>;
  /** Most tasks (processes and threads) the unit may have. */
  readonly TasksMax?: ValueOf<(typeof resourceControlDirectives)["TasksMax"]>;
  /** Account block I/O done by the unit. */
  readonly IOAccounting?: ValueOf<(typeof resourceControlDirectives)["IOAccounting"]>;
  /** Block I/O share relative to other units (1-10000, default 100). */
  readonly IOWeight?: ValueOf<(typeof resourceControlDirectives)["IOWeight"]>;
  /** IOWeight= while the system boots or shuts down. */
  readonly StartupIOWeight?: ValueOf<(typeof resourceControlDirectives)["StartupIOWeight"]>;
  /** Block I/O weight for one device: "/dev/sda 200". */
  readonly IODeviceWeight?: ValueOf<(typeof resourceControlDirectives)["IODeviceWeight"]>;
  /** Read bandwidth limit for one device: "/dev/sda 10M". */
  readonly IOReadBandwidthMax?: ValueOf<(typeof resourceControlDirectives)["IOReadBandwidthMax"]>;
  /** Write bandwidth limit for one device: "/dev/sda 10M". */
  readonly IOWriteBandwidthMax?: ValueOf<(typeof resourceControlDirectives)["IOWriteBandwidthMax"]>;
  /** Read operations per second limit for one device. */
  readonly IOReadIOPSMax?: ValueOf<(typeof resourceControlDirectives)["IOReadIOPSMax"]>;
  /** Write operations per second limit for one device. */
  readonly IOWriteIOPSMax?: ValueOf<(typeof resourceControlDirectives)["IOWriteIOPSMax"]>;
  /** I/O latency target for one device: "/dev/sda 25ms". */
  readonly IODeviceLatencyTargetSec?: ValueOf<(typeof resourceControlDirectives)["IODeviceLatencyTargetSec"]>;
  /** Account network traffic of the unit. */
  readonly IPAccounting?: ValueOf<(typeof resourceControlDirectives)["IPAccounting"]>;
  /** Addresses the unit may talk to, overriding IPAddressDeny= ("localhost", CIDRs, …). */
  readonly IPAddressAllow?: ValueOf<(typeof resourceControlDirectives)["IPAddressAllow"]>;
  /** Addresses the unit may not talk to ("any" for all). */
  readonly IPAddressDeny?: ValueOf<(typeof resourceControlDirectives)["IPAddressDeny"]>;
  /** Pinned BPF programs filtering the unit's incoming packets. */
  readonly IPIngressFilterPath?: ValueOf<(typeof resourceControlDirectives)["IPIngressFilterPath"]>;
  /** Pinned BPF programs filtering the unit's outgoing packets. */
  readonly IPEgressFilterPath?: ValueOf<(typeof resourceControlDirectives)["IPEgressFilterPath"]>;
  /** Pinned BPF programs attached to the unit's cgroup ("type:path"). */
  readonly BPFProgram?: ValueOf<(typeof resourceControlDirectives)["BPFProgram"]>;
  /** Address families and ports the unit may bind sockets to. */
  readonly SocketBindAllow?: ValueOf<(typeof resourceControlDirectives)["SocketBindAllow"]>;
  /** Address families and ports the unit may not bind sockets to. */
  readonly SocketBindDeny?: ValueOf<(typeof resourceControlDirectives)["SocketBindDeny"]>;
  /** Network interfaces the unit may use; "~" lists forbidden ones. */
  readonly RestrictNetworkInterfaces?: ValueOf<(typeof resourceControlDirectives)["RestrictNetworkInterfaces"]>;
  /** systemd 260+: Network interface (often a VRF) every socket of the processes is bound to. */
  readonly BindNetworkInterface?: ValueOf<(typeof resourceControlDirectives)["BindNetworkInterface"]>;
  /** systemd 255+: NFT sets the unit's cgroup, user or group ID is added to: space-separated "source:family:table:set". */
  readonly NFTSet?: ValueOf<(typeof resourceControlDirectives)["NFTSet"]>;
  /** Device nodes the unit may access, with r, w, m permissions. */
  readonly DeviceAllow?: ValueOf<(typeof resourceControlDirectives)["DeviceAllow"]>;
  /** Device access policy: auto, closed (only standard pseudo devices) or strict. */
  readonly DevicePolicy?: ValueOf<(typeof resourceControlDirectives)["DevicePolicy"]>;
  /** The slice unit the unit's cgroup is placed in. */
  readonly Slice?: ValueOf<(typeof resourceControlDirectives)["Slice"]>;
  /** Hand the unit's cgroup subtree (or the listed controllers) to its processes. */
  readonly Delegate?: ValueOf<(typeof resourceControlDirectives)["Delegate"]>;
  /** systemd 254+: Subgroup of the delegated cgroup the main processes are placed in (needs Delegate=). */
  readonly DelegateSubgroup?: ValueOf<(typeof resourceControlDirectives)["DelegateSubgroup"]>;
  /** cgroup controllers turned off for the unit and its children. */
  readonly DisableControllers?: ValueOf<(typeof resourceControlDirectives)["DisableControllers"]>;
  /** Let systemd-oomd kill the unit's cgroup when swap runs out (kill) or not (auto). */
  readonly ManagedOOMSwap?: ValueOf<(typeof resourceControlDirectives)["ManagedOOMSwap"]>;
  /** Let systemd-oomd act on the unit's memory pressure (kill) or not (auto). */
  readonly ManagedOOMMemoryPressure?: ValueOf<(typeof resourceControlDirectives)["ManagedOOMMemoryPressure"]>;
  /** Memory pressure above which systemd-oomd acts on the unit. */
  readonly ManagedOOMMemoryPressureLimit?: ValueOf<(typeof resourceControlDirectives)["ManagedOOMMemoryPressureLimit"]>;
  /** systemd 257+: How long memory pressure must last before systemd-oomd acts on this unit (overrides oomd.conf). */
  readonly ManagedOOMMemoryPressureDurationSec?: ValueOf<(typeof resourceControlDirectives)["ManagedOOMMemoryPressureDurationSec"]>;
  /** Make systemd-oomd avoid or omit the unit when it picks a cgroup to kill. */
  readonly ManagedOOMPreference?: ValueOf<(typeof resourceControlDirectives)["ManagedOOMPreference"]>;
  /** systemd 261+: Space-separated names of systemd-oomd rulesets (.oomrule files) evaluated against this unit. */
  readonly OOMRules?: ValueOf<(typeof resourceControlDirectives)["OOMRules"]>;
  /** systemd 254+: Tell the processes where to watch for memory pressure ($MEMORY_PRESSURE_WATCH): true, false, "auto" or "skip". */
  readonly MemoryPressureWatch?: ValueOf<(typeof resourceControlDirectives)["MemoryPressureWatch"]>;
  /** systemd 254+: Memory stall per 2s window above which a memory pressure event is signalled to the processes. */
  readonly MemoryPressureThresholdSec?: ValueOf<(typeof resourceControlDirectives)["MemoryPressureThresholdSec"]>;
  /** systemd 261+: Tell the processes where to watch for CPU pressure ($CPU_PRESSURE_WATCH): true, false, "auto" or "skip". */
  readonly CPUPressureWatch?: ValueOf<(typeof resourceControlDirectives)["CPUPressureWatch"]>;
  /** systemd 261+: CPU stall per 2s window above which a CPU pressure event is signalled to the processes. */
  readonly CPUPressureThresholdSec?: ValueOf<(typeof resourceControlDirectives)["CPUPressureThresholdSec"]>;
  /** systemd 261+: Tell the processes where to watch for I/O pressure ($IO_PRESSURE_WATCH): true, false, "auto" or "skip". */
  readonly IOPressureWatch?: ValueOf<(typeof resourceControlDirectives)["IOPressureWatch"]>;
  /** systemd 261+: I/O stall per 2s window above which an I/O pressure event is signalled to the processes. */
  readonly IOPressureThresholdSec?: ValueOf<(typeof resourceControlDirectives)["IOPressureThresholdSec"]>;
  /** systemd 255+: Forward core dumps of containers in this unit's cgroup into them (needs Delegate=yes). */
  readonly CoredumpReceive?: ValueOf<(typeof resourceControlDirectives)["CoredumpReceive"]>;
}

/** [Unit] */
export interface UnitDirectives {
  /** Short human-readable title of the unit, shown by systemctl and in logs. */
  readonly Description?: ValueOf<(typeof sections)["Unit"]["Description"]>;
  /** URIs (man:, https:, file:, info:) that document the unit. */
  readonly Documentation?: ValueOf<(typeof sections)["Unit"]["Documentation"]>;
  /** Units started along with this one; their failure does not affect it. */
  readonly Wants?: ValueOf<(typeof sections)["Unit"]["Wants"]>;
  /** Units started along with this one; if they fail to start or stop, this unit is stopped too. */
  readonly Requires?: ValueOf<(typeof sections)["Unit"]["Requires"]>;
  /** Units that must already be active; this unit fails instead of starting them. */
  readonly Requisite?: ValueOf<(typeof sections)["Unit"]["Requisite"]>;
  /** Like Requires=, and also stops this unit whenever a listed unit stops or vanishes. */
  readonly BindsTo?: ValueOf<(typeof sections)["Unit"]["BindsTo"]>;
  /** Stopping or restarting a listed unit stops or restarts this one as well. */
  readonly PartOf?: ValueOf<(typeof sections)["Unit"]["PartOf"]>;
  /** Units restarted whenever they stop while this one is active. */
  readonly Upholds?: ValueOf<(typeof sections)["Unit"]["Upholds"]>;
  /** Units stopped when this one starts, and the other way round. */
  readonly Conflicts?: ValueOf<(typeof sections)["Unit"]["Conflicts"]>;
  /** Units that wait for this one to finish starting (ordering only). */
  readonly Before?: ValueOf<(typeof sections)["Unit"]["Before"]>;
  /** Units this one starts after (ordering only; combine with Wants= or Requires=). */
  readonly After?: ValueOf<(typeof sections)["Unit"]["After"]>;
  /** Units activated when this unit enters the failed state. */
  readonly OnFailure?: ValueOf<(typeof sections)["Unit"]["OnFailure"]>;
  /** Units activated when this unit finishes successfully and becomes inactive. */
  readonly OnSuccess?: ValueOf<(typeof sections)["Unit"]["OnSuccess"]>;
  /** Units reloaded whenever this one is reloaded. */
  readonly PropagatesReloadTo?: ValueOf<(typeof sections)["Unit"]["PropagatesReloadTo"]>;
  /** Units whose reload also reloads this one. */
  readonly ReloadPropagatedFrom?: ValueOf<(typeof sections)["Unit"]["ReloadPropagatedFrom"]>;
  /** Units stopped whenever this one is stopped. */
  readonly PropagatesStopTo?: ValueOf<(typeof sections)["Unit"]["PropagatesStopTo"]>;
  /** Units whose stop also stops this one. */
  readonly StopPropagatedFrom?: ValueOf<(typeof sections)["Unit"]["StopPropagatedFrom"]>;
  /** Units whose network, IPC and /tmp namespaces this unit's processes share. */
  readonly JoinsNamespaceOf?: ValueOf<(typeof sections)["Unit"]["JoinsNamespaceOf"]>;
  /** Paths whose mount units this unit requires and starts after. */
  readonly RequiresMountsFor?: ValueOf<(typeof sections)["Unit"]["RequiresMountsFor"]>;
  /** systemd 256+: Like RequiresMountsFor=, but with Wants= instead of Requires= on the mounts. */
  readonly WantsMountsFor?: ValueOf<(typeof sections)["Unit"]["WantsMountsFor"]>;
  /** Job mode used to enqueue the OnSuccess= units. */
  readonly OnSuccessJobMode?: ValueOf<(typeof sections)["Unit"]["OnSuccessJobMode"]>;
  /** Job mode used to enqueue the OnFailure= units. */
  readonly OnFailureJobMode?: ValueOf<(typeof sections)["Unit"]["OnFailureJobMode"]>;
  /** Keep this unit running when another unit is isolated. */
  readonly IgnoreOnIsolate?: ValueOf<(typeof sections)["Unit"]["IgnoreOnIsolate"]>;
  /** Stop this unit automatically once no other active unit needs it. */
  readonly StopWhenUnneeded?: ValueOf<(typeof sections)["Unit"]["StopWhenUnneeded"]>;
  /** Only start this unit as a dependency, never on an explicit request. */
  readonly RefuseManualStart?: ValueOf<(typeof sections)["Unit"]["RefuseManualStart"]>;
  /** Only stop this unit as a dependency, never on an explicit request. */
  readonly RefuseManualStop?: ValueOf<(typeof sections)["Unit"]["RefuseManualStop"]>;
  /** Allow `systemctl isolate` to switch to this unit. */
  readonly AllowIsolate?: ValueOf<(typeof sections)["Unit"]["AllowIsolate"]>;
  /** Add the implicit ordering and conflict dependencies of this unit type (yes by default). */
  readonly DefaultDependencies?: ValueOf<(typeof sections)["Unit"]["DefaultDependencies"]>;
  /** systemd 255+: Leave this unit's processes out of the final SIGTERM/SIGKILL round at shutdown. */
  readonly SurviveFinalKillSignal?: ValueOf<(typeof sections)["Unit"]["SurviveFinalKillSignal"]>;
  /** When systemd may unload the unit: once inactive, or also when failed. */
  readonly CollectMode?: ValueOf<(typeof sections)["Unit"]["CollectMode"]>;
  /** What the system does (reboot, power off, exit…) when the unit fails. */
  readonly FailureAction?: ValueOf<(typeof sections)["Unit"]["FailureAction"]>;
  /** What the system does (reboot, power off, exit…) when the unit finishes successfully. */
  readonly SuccessAction?: ValueOf<(typeof sections)["Unit"]["SuccessAction"]>;
  /** Exit status handed to the container or service manager with FailureAction=exit. */
  readonly FailureActionExitStatus?: ValueOf<(typeof sections)["Unit"]["FailureActionExitStatus"]>;
  /** Exit status handed to the container or service manager with SuccessAction=exit. */
  readonly SuccessActionExitStatus?: ValueOf<(typeof sections)["Unit"]["SuccessActionExitStatus"]>;
  /** Longest a queued job for this unit may take before it is cancelled. */
  readonly JobTimeoutSec?: ValueOf<(typeof sections)["Unit"]["JobTimeoutSec"]>;
  /** Longest a job for this unit may run, counted from when it starts executing. */
  readonly JobRunningTimeoutSec?: ValueOf<(typeof sections)["Unit"]["JobRunningTimeoutSec"]>;
  /** What the system does when a job for this unit times out. */
  readonly JobTimeoutAction?: ValueOf<(typeof sections)["Unit"]["JobTimeoutAction"]>;
  /** Argument for reboot(2) when JobTimeoutAction= reboots. */
  readonly JobTimeoutRebootArgument?: ValueOf<(typeof sections)["Unit"]["JobTimeoutRebootArgument"]>;
  /** Window in which StartLimitBurst= starts are allowed before starting is refused. */
  readonly StartLimitIntervalSec?: ValueOf<(typeof sections)["Unit"]["StartLimitIntervalSec"]>;
  /** How many starts are allowed within StartLimitIntervalSec=. */
  readonly StartLimitBurst?: ValueOf<(typeof sections)["Unit"]["StartLimitBurst"]>;
  /** What the system does when the start rate limit is hit. */
  readonly StartLimitAction?: ValueOf<(typeof sections)["Unit"]["StartLimitAction"]>;
  /** Argument for reboot(2) when a failure or success action reboots. */
  readonly RebootArgument?: ValueOf<(typeof sections)["Unit"]["RebootArgument"]>;
  /** The file this unit was generated from, for generators' error messages. */
  readonly SourcePath?: ValueOf<(typeof sections)["Unit"]["SourcePath"]>;
  /** Skip the unit unless the CPU architecture matches (e.g. "x86-64", "arm64"). */
  readonly ConditionArchitecture?: ValueOf<(typeof sections)["Unit"]["ConditionArchitecture"]>;
  /** Skip the unit unless the firmware matches (e.g. "uefi", "device-tree"). */
  readonly ConditionFirmware?: ValueOf<(typeof sections)["Unit"]["ConditionFirmware"]>;
  /** Skip the unit unless running in (or not in) the named kind of virtualization. */
  readonly ConditionVirtualization?: ValueOf<(typeof sections)["Unit"]["ConditionVirtualization"]>;
  /** Skip the unit unless the hostname or machine ID matches. */
  readonly ConditionHost?: ValueOf<(typeof sections)["Unit"]["ConditionHost"]>;
  /** systemd 261+: Start only on a stable, machine-ID-derived share of a fleet: "[tag] percentage", "!" negates. */
  readonly ConditionFraction?: ValueOf<(typeof sections)["Unit"]["ConditionFraction"]>;
  /** Skip the unit unless the kernel command line has this option (or option=value). */
  readonly ConditionKernelCommandLine?: ValueOf<(typeof sections)["Unit"]["ConditionKernelCommandLine"]>;
  /** Skip the unit unless the kernel release matches the comparison. */
  readonly ConditionKernelVersion?: ValueOf<(typeof sections)["Unit"]["ConditionKernelVersion"]>;
  /** systemd 258+: Start only if a version ("kernel", "systemd" or "glibc") matches comparisons like ">= 6.1"; "!" negates. */
  readonly ConditionVersion?: ValueOf<(typeof sections)["Unit"]["ConditionVersion"]>;
  /** Skip the unit unless the service manager received this credential. */
  readonly ConditionCredential?: ValueOf<(typeof sections)["Unit"]["ConditionCredential"]>;
  /** Skip the unit unless the manager's environment has this variable (or VAR=value). */
  readonly ConditionEnvironment?: ValueOf<(typeof sections)["Unit"]["ConditionEnvironment"]>;
  /** Skip the unit unless this security technology is enabled (selinux, apparmor, tpm2…). */
  readonly ConditionSecurity?: ValueOf<(typeof sections)["Unit"]["ConditionSecurity"]>;
  /** Skip the unit unless the manager's bounding set includes this capability. */
  readonly ConditionCapability?: ValueOf<(typeof sections)["Unit"]["ConditionCapability"]>;
  /** Skip the unit unless the machine is (true) or is not (false) on AC power. */
  readonly ConditionACPower?: ValueOf<(typeof sections)["Unit"]["ConditionACPower"]>;
  /** Skip the unit unless /etc or /var needs updating after a /usr update. */
  readonly ConditionNeedsUpdate?: ValueOf<(typeof sections)["Unit"]["ConditionNeedsUpdate"]>;
  /** Skip the unit unless this is (true) or is not (false) the machine's first boot. */
  readonly ConditionFirstBoot?: ValueOf<(typeof sections)["Unit"]["ConditionFirstBoot"]>;
  /** Skip the unit unless the path exists ("!" inverts, "|" makes it one of several). */
  readonly ConditionPathExists?: ValueOf<(typeof sections)["Unit"]["ConditionPathExists"]>;
  /** Skip the unit unless something matches the glob. */
  readonly ConditionPathExistsGlob?: ValueOf<(typeof sections)["Unit"]["ConditionPathExistsGlob"]>;
  /** Skip the unit unless the path is a directory. */
  readonly ConditionPathIsDirectory?: ValueOf<(typeof sections)["Unit"]["ConditionPathIsDirectory"]>;
  /** Skip the unit unless the path is a symbolic link. */
  readonly ConditionPathIsSymbolicLink?: ValueOf<(typeof sections)["Unit"]["ConditionPathIsSymbolicLink"]>;
  /** Skip the unit unless the path is a mount point. */
  readonly ConditionPathIsMountPoint?: ValueOf<(typeof sections)["Unit"]["ConditionPathIsMountPoint"]>;
  /** Skip the unit unless the path is on a writable file system. */
  readonly ConditionPathIsReadWrite?: ValueOf<(typeof sections)["Unit"]["ConditionPathIsReadWrite"]>;
  /** Skip the unit unless the path is on an encrypted block device. */
  readonly ConditionPathIsEncrypted?: ValueOf<(typeof sections)["Unit"]["ConditionPathIsEncrypted"]>;
  /** systemd 260+: Start only if the path exists and is a socket; "!" negates, "|" makes it a triggering condition. */
  readonly ConditionPathIsSocket?: ValueOf<(typeof sections)["Unit"]["ConditionPathIsSocket"]>;
  /** Skip the unit unless the directory exists and has entries. */
  readonly ConditionDirectoryNotEmpty?: ValueOf<(typeof sections)["Unit"]["ConditionDirectoryNotEmpty"]>;
  /** Skip the unit unless the file exists and is not empty. */
  readonly ConditionFileNotEmpty?: ValueOf<(typeof sections)["Unit"]["ConditionFileNotEmpty"]>;
  /** Skip the unit unless the file exists and is executable. */
  readonly ConditionFileIsExecutable?: ValueOf<(typeof sections)["Unit"]["ConditionFileIsExecutable"]>;
  /** Skip the unit unless the manager runs as this user (name, UID, or "@system"). */
  readonly ConditionUser?: ValueOf<(typeof sections)["Unit"]["ConditionUser"]>;
  /** Skip the unit unless the manager belongs to this group. */
  readonly ConditionGroup?: ValueOf<(typeof sections)["Unit"]["ConditionGroup"]>;
  /** Skip the unit unless these cgroup controllers are available. */
  readonly ConditionControlGroupController?: ValueOf<(typeof sections)["Unit"]["ConditionControlGroupController"]>;
  /** Skip the unit unless physical memory compares as given (e.g. ">=4G"). */
  readonly ConditionMemory?: ValueOf<(typeof sections)["Unit"]["ConditionMemory"]>;
  /** Skip the unit unless the number of usable CPUs compares as given. */
  readonly ConditionCPUs?: ValueOf<(typeof sections)["Unit"]["ConditionCPUs"]>;
  /** Skip the unit unless the CPU has this feature flag (e.g. "sse4_2"). */
  readonly ConditionCPUFeature?: ValueOf<(typeof sections)["Unit"]["ConditionCPUFeature"]>;
  /** Skip the unit unless an os-release field compares as given (e.g. "ID=debian"). */
  readonly ConditionOSRelease?: ValueOf<(typeof sections)["Unit"]["ConditionOSRelease"]>;
  /** systemd 261+: Start only if one of the machine's tags (machine-info(5) TAGS=) matches this glob; "!" negates. */
  readonly ConditionMachineTag?: ValueOf<(typeof sections)["Unit"]["ConditionMachineTag"]>;
  /** Skip the unit if memory pressure (PSI) is above the threshold. */
  readonly ConditionMemoryPressure?: ValueOf<(typeof sections)["Unit"]["ConditionMemoryPressure"]>;
  /** Skip the unit if CPU pressure (PSI) is above the threshold. */
  readonly ConditionCPUPressure?: ValueOf<(typeof sections)["Unit"]["ConditionCPUPressure"]>;
  /** Skip the unit if I/O pressure (PSI) is above the threshold. */
  readonly ConditionIOPressure?: ValueOf<(typeof sections)["Unit"]["ConditionIOPressure"]>;
  /** systemd 258+: Start only if this kernel module is loaded and initialised; "!" negates. */
  readonly ConditionKernelModuleLoaded?: ValueOf<(typeof sections)["Unit"]["ConditionKernelModuleLoaded"]>;
  /** Fail the start unless the CPU architecture matches. */
  readonly AssertArchitecture?: ValueOf<(typeof sections)["Unit"]["AssertArchitecture"]>;
  /** Fail the start unless the virtualization matches. */
  readonly AssertVirtualization?: ValueOf<(typeof sections)["Unit"]["AssertVirtualization"]>;
  /** Fail the start unless the hostname or machine ID matches. */
  readonly AssertHost?: ValueOf<(typeof sections)["Unit"]["AssertHost"]>;
  /** systemd 261+: Like ConditionFraction=, but failing it fails the start job. */
  readonly AssertFraction?: ValueOf<(typeof sections)["Unit"]["AssertFraction"]>;
  /** Fail the start unless the kernel command line has this option. */
  readonly AssertKernelCommandLine?: ValueOf<(typeof sections)["Unit"]["AssertKernelCommandLine"]>;
  /** Fail the start unless the kernel release matches the comparison. */
  readonly AssertKernelVersion?: ValueOf<(typeof sections)["Unit"]["AssertKernelVersion"]>;
  /** systemd 258+: Like ConditionVersion=, but failing it fails the start job. */
  readonly AssertVersion?: ValueOf<(typeof sections)["Unit"]["AssertVersion"]>;
  /** Fail the start unless the service manager received this credential. */
  readonly AssertCredential?: ValueOf<(typeof sections)["Unit"]["AssertCredential"]>;
  /** Fail the start unless the manager's environment has this variable. */
  readonly AssertEnvironment?: ValueOf<(typeof sections)["Unit"]["AssertEnvironment"]>;
  /** Fail the start unless this security technology is enabled. */
  readonly AssertSecurity?: ValueOf<(typeof sections)["Unit"]["AssertSecurity"]>;
  /** Fail the start unless the manager's bounding set includes this capability. */
  readonly AssertCapability?: ValueOf<(typeof sections)["Unit"]["AssertCapability"]>;
  /** Fail the start unless the machine is (or is not) on AC power. */
  readonly AssertACPower?: ValueOf<(typeof sections)["Unit"]["AssertACPower"]>;
  /** Fail the start unless /etc or /var needs updating after a /usr update. */
  readonly AssertNeedsUpdate?: ValueOf<(typeof sections)["Unit"]["AssertNeedsUpdate"]>;
  /** Fail the start unless this is (or is not) the first boot. */
  readonly AssertFirstBoot?: ValueOf<(typeof sections)["Unit"]["AssertFirstBoot"]>;
  /** Fail the start unless the path exists. */
  readonly AssertPathExists?: ValueOf<(typeof sections)["Unit"]["AssertPathExists"]>;
  /** Fail the start unless something matches the glob. */
  readonly AssertPathExistsGlob?: ValueOf<(typeof sections)["Unit"]["AssertPathExistsGlob"]>;
  /** Fail the start unless the path is a directory. */
  readonly AssertPathIsDirectory?: ValueOf<(typeof sections)["Unit"]["AssertPathIsDirectory"]>;
  /** Fail the start unless the path is a symbolic link. */
  readonly AssertPathIsSymbolicLink?: ValueOf<(typeof sections)["Unit"]["AssertPathIsSymbolicLink"]>;
  /** Fail the start unless the path is a mount point. */
  readonly AssertPathIsMountPoint?: ValueOf<(typeof sections)["Unit"]["AssertPathIsMountPoint"]>;
  /** Fail the start unless the path is on a writable file system. */
  readonly AssertPathIsReadWrite?: ValueOf<(typeof sections)["Unit"]["AssertPathIsReadWrite"]>;
  /** Fail the start unless the path is on an encrypted block device. */
  readonly AssertPathIsEncrypted?: ValueOf<(typeof sections)["Unit"]["AssertPathIsEncrypted"]>;
  /** systemd 260+: Like ConditionPathIsSocket=, but failing it fails the start job. */
  readonly AssertPathIsSocket?: ValueOf<(typeof sections)["Unit"]["AssertPathIsSocket"]>;
  /** Fail the start unless the directory exists and has entries. */
  readonly AssertDirectoryNotEmpty?: ValueOf<(typeof sections)["Unit"]["AssertDirectoryNotEmpty"]>;
  /** Fail the start unless the file exists and is not empty. */
  readonly AssertFileNotEmpty?: ValueOf<(typeof sections)["Unit"]["AssertFileNotEmpty"]>;
  /** Fail the start unless the file exists and is executable. */
  readonly AssertFileIsExecutable?: ValueOf<(typeof sections)["Unit"]["AssertFileIsExecutable"]>;
  /** Fail the start unless the manager runs as this user. */
  readonly AssertUser?: ValueOf<(typeof sections)["Unit"]["AssertUser"]>;
  /** Fail the start unless the manager belongs to this group. */
  readonly AssertGroup?: ValueOf<(typeof sections)["Unit"]["AssertGroup"]>;
  /** Fail the start unless these cgroup controllers are available. */
  readonly AssertControlGroupController?: ValueOf<(typeof sections)["Unit"]["AssertControlGroupController"]>;
  /** Fail the start unless physical memory compares as given. */
  readonly AssertMemory?: ValueOf<(typeof sections)["Unit"]["AssertMemory"]>;
  /** Fail the start unless the number of usable CPUs compares as given. */
  readonly AssertCPUs?: ValueOf<(typeof sections)["Unit"]["AssertCPUs"]>;
  /** Fail the start unless the CPU has this feature flag. */
  readonly AssertCPUFeature?: ValueOf<(typeof sections)["Unit"]["AssertCPUFeature"]>;
  /** Fail the start unless an os-release field compares as given. */
  readonly AssertOSRelease?: ValueOf<(typeof sections)["Unit"]["AssertOSRelease"]>;
  /** systemd 261+: Like ConditionMachineTag=, but failing it fails the start job. */
  readonly AssertMachineTag?: ValueOf<(typeof sections)["Unit"]["AssertMachineTag"]>;
  /** Fail the start if memory pressure is above the threshold. */
  readonly AssertMemoryPressure?: ValueOf<(typeof sections)["Unit"]["AssertMemoryPressure"]>;
  /** Fail the start if CPU pressure is above the threshold. */
  readonly AssertCPUPressure?: ValueOf<(typeof sections)["Unit"]["AssertCPUPressure"]>;
  /** Fail the start if I/O pressure is above the threshold. */
  readonly AssertIOPressure?: ValueOf<(typeof sections)["Unit"]["AssertIOPressure"]>;
  /** systemd 258+: Like ConditionKernelModuleLoaded=, but failing it fails the start job. */
  readonly AssertKernelModuleLoaded?: ValueOf<(typeof sections)["Unit"]["AssertKernelModuleLoaded"]>;
}

/** [Service] */
export interface ServiceDirectives extends ExecDirectives, KillDirectives, ResourceControlDirectives {
  /** How systemd decides the service has started: "simple" (default), "exec", "notify", "oneshot", "forking", "dbus" or "idle". */
  readonly Type?: ValueOf<(typeof sections)["Service"]["Type"]>;
  /** Whether the service ends with its main process ("main") or with its whole cgroup ("cgroup"). */
  readonly ExitType?: ValueOf<(typeof sections)["Service"]["ExitType"]>;
  /** Keep the service active after all its processes exit (typical for oneshot setup jobs). */
  readonly RemainAfterExit?: ValueOf<(typeof sections)["Service"]["RemainAfterExit"]>;
  /** Let systemd guess the main process of a forking service that has no PIDFile=. */
  readonly GuessMainPID?: ValueOf<(typeof sections)["Service"]["GuessMainPID"]>;
  /** File where a forking service writes its main process ID. */
  readonly PIDFile?: ValueOf<(typeof sections)["Service"]["PIDFile"]>;
  /** D-Bus name the service takes; required for Type=dbus. */
  readonly BusName?: ValueOf<(typeof sections)["Service"]["BusName"]>;
  /** The command (argv) that runs the service. */
  readonly ExecStart?: ValueOf<(typeof sections)["Service"]["ExecStart"]>;
  /** Commands run before ExecStart=; a failing one (without "-") stops the start. */
  readonly ExecStartPre?: ValueOf<(typeof sections)["Service"]["ExecStartPre"]>;
  /** Commands run after the service has started. */
  readonly ExecStartPost?: ValueOf<(typeof sections)["Service"]["ExecStartPost"]>;
  /** Commands run first; an exit status of 1 to 254 skips the start without failing it. */
  readonly ExecCondition?: ValueOf<(typeof sections)["Service"]["ExecCondition"]>;
  /** Commands that make the service reload its configuration (systemctl reload). */
  readonly ExecReload?: ValueOf<(typeof sections)["Service"]["ExecReload"]>;
  /** systemd 259+: Commands run after a successful reload, written like ExecReload=. */
  readonly ExecReloadPost?: ValueOf<(typeof sections)["Service"]["ExecReloadPost"]>;
  /** Commands that stop the service; processes left afterwards get KillSignal=. */
  readonly ExecStop?: ValueOf<(typeof sections)["Service"]["ExecStop"]>;
  /** Commands run after the service stopped, also after a failure. */
  readonly ExecStopPost?: ValueOf<(typeof sections)["Service"]["ExecStopPost"]>;
  /** Pause before an automatic restart. */
  readonly RestartSec?: ValueOf<(typeof sections)["Service"]["RestartSec"]>;
  /** systemd 254+: Number of steps over which the restart delay grows from RestartSec= to RestartMaxDelaySec= (0: no growth). */
  readonly RestartSteps?: ValueOf<(typeof sections)["Service"]["RestartSteps"]>;
  /** systemd 254+: Longest delay before an automatic restart once RestartSteps= make it grow, or "infinity". */
  readonly RestartMaxDelaySec?: ValueOf<(typeof sections)["Service"]["RestartMaxDelaySec"]>;
  /** systemd 262+: Random extra delay, up to this long, added before each automatic restart. */
  readonly RestartRandomizedDelaySec?: ValueOf<(typeof sections)["Service"]["RestartRandomizedDelaySec"]>;
  /** Longest the start may take before the service is considered failed. */
  readonly TimeoutStartSec?: ValueOf<(typeof sections)["Service"]["TimeoutStartSec"]>;
  /** Longest the stop may take before remaining processes are killed. */
  readonly TimeoutStopSec?: ValueOf<(typeof sections)["Service"]["TimeoutStopSec"]>;
  /** Longest the service may take to dump core after a watchdog abort. */
  readonly TimeoutAbortSec?: ValueOf<(typeof sections)["Service"]["TimeoutAbortSec"]>;
  /** Sets both TimeoutStartSec= and TimeoutStopSec=. */
  readonly TimeoutSec?: ValueOf<(typeof sections)["Service"]["TimeoutSec"]>;
  /** What is sent when the start times out: terminate, abort (core dump) or kill. */
  readonly TimeoutStartFailureMode?: ValueOf<(typeof sections)["Service"]["TimeoutStartFailureMode"]>;
  /** What is sent when the stop times out: terminate, abort (core dump) or kill. */
  readonly TimeoutStopFailureMode?: ValueOf<(typeof sections)["Service"]["TimeoutStopFailureMode"]>;
  /** Longest the service may stay active before it is stopped and marked failed. */
  readonly RuntimeMaxSec?: ValueOf<(typeof sections)["Service"]["RuntimeMaxSec"]>;
  /** Random extra time added to RuntimeMaxSec=, to spread out stops. */
  readonly RuntimeRandomizedExtraSec?: ValueOf<(typeof sections)["Service"]["RuntimeRandomizedExtraSec"]>;
  /** Interval within which the service must ping sd_notify("WATCHDOG=1"), or it counts as failed. */
  readonly WatchdogSec?: ValueOf<(typeof sections)["Service"]["WatchdogSec"]>;
  /** When to restart: "no" (default), "on-failure", "always", … */
  readonly Restart?: ValueOf<(typeof sections)["Service"]["Restart"]>;
  /** systemd 254+: How automatic restarts go: "normal" (through failed), "direct" (straight to activating) or "debug" (with debug logging). */
  readonly RestartMode?: ValueOf<(typeof sections)["Service"]["RestartMode"]>;
  /** Extra exit codes and signals that count as a clean exit. */
  readonly SuccessExitStatus?: ValueOf<(typeof sections)["Service"]["SuccessExitStatus"]>;
  /** Exit codes and signals that never trigger an automatic restart. */
  readonly RestartPreventExitStatus?: ValueOf<(typeof sections)["Service"]["RestartPreventExitStatus"]>;
  /** Exit codes and signals that always trigger an automatic restart. */
  readonly RestartForceExitStatus?: ValueOf<(typeof sections)["Service"]["RestartForceExitStatus"]>;
  /** Apply RootDirectory= and RootImage= to ExecStart= only, not to the other commands. */
  readonly RootDirectoryStartOnly?: ValueOf<(typeof sections)["Service"]["RootDirectoryStartOnly"]>;
  /** Put the file descriptors passed by socket activation into non-blocking mode. */
  readonly NonBlocking?: ValueOf<(typeof sections)["Service"]["NonBlocking"]>;
  /** Which processes may send sd_notify() status updates: none, main, exec or all. */
  readonly NotifyAccess?: ValueOf<(typeof sections)["Service"]["NotifyAccess"]>;
  /** Socket units whose file descriptors this service receives. */
  readonly Sockets?: ValueOf<(typeof sections)["Service"]["Sockets"]>;
  /** How many file descriptors the service may park in systemd across restarts. */
  readonly FileDescriptorStoreMax?: ValueOf<(typeof sections)["Service"]["FileDescriptorStoreMax"]>;
  /** systemd 254+: When the file descriptor store is kept: false (until stop), "restart" (default), "on-success" or true (always). */
  readonly FileDescriptorStorePreserve?: ValueOf<(typeof sections)["Service"]["FileDescriptorStorePreserve"]>;
  /** systemd 262+: Names of Live Update Orchestrator sessions created for the service and passed in its file descriptor store. */
  readonly LUOSession?: ValueOf<(typeof sections)["Service"]["LUOSession"]>;
  /** File with USB FunctionFS descriptors, for USB gadget services. */
  readonly USBFunctionDescriptors?: ValueOf<(typeof sections)["Service"]["USBFunctionDescriptors"]>;
  /** File with USB FunctionFS strings, for USB gadget services. */
  readonly USBFunctionStrings?: ValueOf<(typeof sections)["Service"]["USBFunctionStrings"]>;
  /** What to do when the kernel OOM killer kills one of the service's processes: continue, stop or kill. */
  readonly OOMPolicy?: ValueOf<(typeof sections)["Service"]["OOMPolicy"]>;
  /** systemd 253+: Files or AF_UNIX sockets opened for the service and passed as file descriptors: "path[:fd-name:options]". */
  readonly OpenFile?: ValueOf<(typeof sections)["Service"]["OpenFile"]>;
  /** systemd 253+: Signal sent to the main process to reload it, for Type=notify-reload (default SIGHUP). */
  readonly ReloadSignal?: ValueOf<(typeof sections)["Service"]["ReloadSignal"]>;
  /** systemd 260+: Resources refreshed on reload: true, false, or "extensions" and/or "credentials" ("~" inverts). */
  readonly RefreshOnReload?: ValueOf<(typeof sections)["Service"]["RefreshOnReload"]>;
}

/** [Socket] */
export interface SocketDirectives extends ExecDirectives, KillDirectives, ResourceControlDirectives {
  /** Stream (TCP or AF_UNIX stream) addresses to listen on: a port, "addr:port" or a socket path. */
  readonly ListenStream?: ValueOf<(typeof sections)["Socket"]["ListenStream"]>;
  /** Datagram (UDP or AF_UNIX datagram) addresses to listen on. */
  readonly ListenDatagram?: ValueOf<(typeof sections)["Socket"]["ListenDatagram"]>;
  /** AF_UNIX sequential-packet socket paths to listen on. */
  readonly ListenSequentialPacket?: ValueOf<(typeof sections)["Socket"]["ListenSequentialPacket"]>;
  /** FIFOs (named pipes) to create and listen on. */
  readonly ListenFIFO?: ValueOf<(typeof sections)["Socket"]["ListenFIFO"]>;
  /** Special files (character devices, /proc or /sys files) to open and pass on. */
  readonly ListenSpecial?: ValueOf<(typeof sections)["Socket"]["ListenSpecial"]>;
  /** Netlink family (and optional group) to listen on, e.g. "kobject-uevent 1". */
  readonly ListenNetlink?: ValueOf<(typeof sections)["Socket"]["ListenNetlink"]>;
  /** POSIX message queue names to create and listen on. */
  readonly ListenMessageQueue?: ValueOf<(typeof sections)["Socket"]["ListenMessageQueue"]>;
  /** USB FunctionFS mount point whose endpoints the service receives. */
  readonly ListenUSBFunction?: ValueOf<(typeof sections)["Socket"]["ListenUSBFunction"]>;
  /** IP protocol for the sockets instead of TCP/UDP: udplite or sctp. */
  readonly SocketProtocol?: ValueOf<(typeof sections)["Socket"]["SocketProtocol"]>;
  /** Whether IPv6 sockets also accept IPv4: default, both, or ipv6-only. */
  readonly BindIPv6Only?: ValueOf<(typeof sections)["Socket"]["BindIPv6Only"]>;
  /** Length of the queue of not yet accepted connections. */
  readonly Backlog?: ValueOf<(typeof sections)["Socket"]["Backlog"]>;
  /** Network interface the sockets are bound to. */
  readonly BindToDevice?: ValueOf<(typeof sections)["Socket"]["BindToDevice"]>;
  /** Owner of the AF_UNIX socket files and FIFOs created. */
  readonly SocketUser?: ValueOf<(typeof sections)["Socket"]["SocketUser"]>;
  /** Group of the AF_UNIX socket files and FIFOs created. */
  readonly SocketGroup?: ValueOf<(typeof sections)["Socket"]["SocketGroup"]>;
  /** Access mode of the socket files and FIFOs created. */
  readonly SocketMode?: ValueOf<(typeof sections)["Socket"]["SocketMode"]>;
  /** Access mode of parent directories created for socket files. */
  readonly DirectoryMode?: ValueOf<(typeof sections)["Socket"]["DirectoryMode"]>;
  /** Start one service instance per connection (true) instead of passing the listening socket (false). */
  readonly Accept?: ValueOf<(typeof sections)["Socket"]["Accept"]>;
  /** Open ListenSpecial= files for writing too. */
  readonly Writable?: ValueOf<(typeof sections)["Socket"]["Writable"]>;
  /** Drop data queued on the socket before the service starts. */
  readonly FlushPending?: ValueOf<(typeof sections)["Socket"]["FlushPending"]>;
  /** Most concurrent connections with Accept=yes; more are refused. */
  readonly MaxConnections?: ValueOf<(typeof sections)["Socket"]["MaxConnections"]>;
  /** Most concurrent connections from one source address with Accept=yes. */
  readonly MaxConnectionsPerSource?: ValueOf<(typeof sections)["Socket"]["MaxConnectionsPerSource"]>;
  /** Enable TCP keep-alive probes on accepted connections. */
  readonly KeepAlive?: ValueOf<(typeof sections)["Socket"]["KeepAlive"]>;
  /** Idle time before the first TCP keep-alive probe. */
  readonly KeepAliveTimeSec?: ValueOf<(typeof sections)["Socket"]["KeepAliveTimeSec"]>;
  /** Time between TCP keep-alive probes. */
  readonly KeepAliveIntervalSec?: ValueOf<(typeof sections)["Socket"]["KeepAliveIntervalSec"]>;
  /** Unanswered keep-alive probes before the connection is dropped. */
  readonly KeepAliveProbes?: ValueOf<(typeof sections)["Socket"]["KeepAliveProbes"]>;
  /** Disable Nagle's algorithm (TCP_NODELAY). */
  readonly NoDelay?: ValueOf<(typeof sections)["Socket"]["NoDelay"]>;
  /** Socket priority (SO_PRIORITY) for packets sent. */
  readonly Priority?: ValueOf<(typeof sections)["Socket"]["Priority"]>;
  /** Wake the service only once data arrived on a new connection, waiting at most this long. */
  readonly DeferAcceptSec?: ValueOf<(typeof sections)["Socket"]["DeferAcceptSec"]>;
  /** Receive buffer size of the sockets. */
  readonly ReceiveBuffer?: ValueOf<(typeof sections)["Socket"]["ReceiveBuffer"]>;
  /** Send buffer size of the sockets. */
  readonly SendBuffer?: ValueOf<(typeof sections)["Socket"]["SendBuffer"]>;
  /** IP type-of-service field for packets sent: a number or low-delay, throughput, reliability, low-cost. */
  readonly IPTOS?: ValueOf<(typeof sections)["Socket"]["IPTOS"]>;
  /** IP time-to-live (hop limit) for packets sent. */
  readonly IPTTL?: ValueOf<(typeof sections)["Socket"]["IPTTL"]>;
  /** Firewall mark set on packets sent. */
  readonly Mark?: ValueOf<(typeof sections)["Socket"]["Mark"]>;
  /** Let several sockets bind the same port (SO_REUSEPORT). */
  readonly ReusePort?: ValueOf<(typeof sections)["Socket"]["ReusePort"]>;
  /** SMACK label of the socket files. */
  readonly SmackLabel?: ValueOf<(typeof sections)["Socket"]["SmackLabel"]>;
  /** SMACK label for incoming packets. */
  readonly SmackLabelIPIn?: ValueOf<(typeof sections)["Socket"]["SmackLabelIPIn"]>;
  /** SMACK label for outgoing packets. */
  readonly SmackLabelIPOut?: ValueOf<(typeof sections)["Socket"]["SmackLabelIPOut"]>;
  /** systemd 262+: Extended attribute "user.NAME=VALUE" set on the socket's file system node. */
  readonly XAttrEntryPoint?: ValueOf<(typeof sections)["Socket"]["XAttrEntryPoint"]>;
  /** systemd 262+: Extended attribute "user.NAME=VALUE" set on the listening socket. */
  readonly XAttrListen?: ValueOf<(typeof sections)["Socket"]["XAttrListen"]>;
  /** systemd 262+: Extended attribute "user.NAME=VALUE" set on each accepted connection socket. */
  readonly XAttrAccept?: ValueOf<(typeof sections)["Socket"]["XAttrAccept"]>;
  /** Run the service in the SELinux context of the peer's network label. */
  readonly SELinuxContextFromNet?: ValueOf<(typeof sections)["Socket"]["SELinuxContextFromNet"]>;
  /** Kernel buffer size of the FIFOs created. */
  readonly PipeSize?: ValueOf<(typeof sections)["Socket"]["PipeSize"]>;
  /** Most messages a POSIX message queue holds. */
  readonly MessageQueueMaxMessages?: ValueOf<(typeof sections)["Socket"]["MessageQueueMaxMessages"]>;
  /** Largest message a POSIX message queue accepts. */
  readonly MessageQueueMessageSize?: ValueOf<(typeof sections)["Socket"]["MessageQueueMessageSize"]>;
  /** Allow binding to addresses not (yet) configured on the machine. */
  readonly FreeBind?: ValueOf<(typeof sections)["Socket"]["FreeBind"]>;
  /** Allow transparent proxying (IP_TRANSPARENT). */
  readonly Transparent?: ValueOf<(typeof sections)["Socket"]["Transparent"]>;
  /** Allow sending broadcast datagrams. */
  readonly Broadcast?: ValueOf<(typeof sections)["Socket"]["Broadcast"]>;
  /** Have the kernel attach the sender's credentials to AF_UNIX messages. */
  readonly PassCredentials?: ValueOf<(typeof sections)["Socket"]["PassCredentials"]>;
  /** systemd 258+: Let AF_UNIX sockets receive the sender's pidfd (SO_PASSPIDFD). */
  readonly PassPIDFD?: ValueOf<(typeof sections)["Socket"]["PassPIDFD"]>;
  /** Have the kernel attach the sender's security context to AF_UNIX messages. */
  readonly PassSecurity?: ValueOf<(typeof sections)["Socket"]["PassSecurity"]>;
  /** Have the kernel attach packet information (IP_PKTINFO) to datagrams. */
  readonly PassPacketInfo?: ValueOf<(typeof sections)["Socket"]["PassPacketInfo"]>;
  /** systemd 258+: Let peers send file descriptors over the AF_UNIX socket (SO_PASSRIGHTS); default true. */
  readonly AcceptFileDescriptors?: ValueOf<(typeof sections)["Socket"]["AcceptFileDescriptors"]>;
  /** Have the kernel timestamp received packets: off, us or ns precision. */
  readonly Timestamping?: ValueOf<(typeof sections)["Socket"]["Timestamping"]>;
  /** TCP congestion control algorithm for the sockets, e.g. "bbr". */
  readonly TCPCongestion?: ValueOf<(typeof sections)["Socket"]["TCPCongestion"]>;
  /** Commands run before the sockets are created. */
  readonly ExecStartPre?: ValueOf<(typeof sections)["Socket"]["ExecStartPre"]>;
  /** Commands run after the sockets are created. */
  readonly ExecStartPost?: ValueOf<(typeof sections)["Socket"]["ExecStartPost"]>;
  /** Commands run before the sockets are closed. */
  readonly ExecStopPre?: ValueOf<(typeof sections)["Socket"]["ExecStopPre"]>;
  /** Commands run after the sockets are closed. */
  readonly ExecStopPost?: ValueOf<(typeof sections)["Socket"]["ExecStopPost"]>;
  /** Longest the Exec*= commands may run before they are killed. */
  readonly TimeoutSec?: ValueOf<(typeof sections)["Socket"]["TimeoutSec"]>;
  /** The service unit activated by this socket (default: the one with the same name). */
  readonly Service?: ValueOf<(typeof sections)["Socket"]["Service"]>;
  /** Remove the socket files and FIFOs when the socket unit stops. */
  readonly RemoveOnStop?: ValueOf<(typeof sections)["Socket"]["RemoveOnStop"]>;
  /** Symbolic links to create pointing at the AF_UNIX socket or FIFO. */
  readonly Symlinks?: ValueOf<(typeof sections)["Socket"]["Symlinks"]>;
  /** Name given to the passed file descriptors ($LISTEN_FDNAMES). */
  readonly FileDescriptorName?: ValueOf<(typeof sections)["Socket"]["FileDescriptorName"]>;
  /** Window for TriggerLimitBurst=: too many activations in it stop the socket. */
  readonly TriggerLimitIntervalSec?: ValueOf<(typeof sections)["Socket"]["TriggerLimitIntervalSec"]>;
  /** How many activations are allowed within TriggerLimitIntervalSec=. */
  readonly TriggerLimitBurst?: ValueOf<(typeof sections)["Socket"]["TriggerLimitBurst"]>;
  /** systemd 255+: Window of the polling rate limit; past PollLimitBurst= events in it, polling pauses for the rest of it. */
  readonly PollLimitIntervalSec?: ValueOf<(typeof sections)["Socket"]["PollLimitIntervalSec"]>;
  /** systemd 255+: Polling events allowed per PollLimitIntervalSec= window before polling pauses. */
  readonly PollLimitBurst?: ValueOf<(typeof sections)["Socket"]["PollLimitBurst"]>;
  /** systemd 258+: When the service conflicts with running units, wait for them instead of replacing them: true, false or "patient". */
  readonly DeferTrigger?: ValueOf<(typeof sections)["Socket"]["DeferTrigger"]>;
  /** systemd 258+: Longest time DeferTrigger= may wait before the socket fails, or "infinity". */
  readonly DeferTriggerMaxSec?: ValueOf<(typeof sections)["Socket"]["DeferTriggerMaxSec"]>;
  /** systemd 256+: Pass the socket's file descriptors to its ExecStartPost=, ExecStopPre= and ExecStopPost= commands too. */
  readonly PassFileDescriptorsToExec?: ValueOf<(typeof sections)["Socket"]["PassFileDescriptorsToExec"]>;
}

/** [Timer] */
export interface TimerDirectives {
  /** Elapse this long after the timer itself was activated. */
  readonly OnActiveSec?: ValueOf<(typeof sections)["Timer"]["OnActiveSec"]>;
  /** Elapse this long after the machine booted. */
  readonly OnBootSec?: ValueOf<(typeof sections)["Timer"]["OnBootSec"]>;
  /** Elapse this long after the service manager started. */
  readonly OnStartupSec?: ValueOf<(typeof sections)["Timer"]["OnStartupSec"]>;
  /** Elapse this long after the activated unit was last started. */
  readonly OnUnitActiveSec?: ValueOf<(typeof sections)["Timer"]["OnUnitActiveSec"]>;
  /** Elapse this long after the activated unit was last stopped. */
  readonly OnUnitInactiveSec?: ValueOf<(typeof sections)["Timer"]["OnUnitInactiveSec"]>;
  /** Calendar events (systemd.time(7)), e.g. "daily" or "Mon *-*-* 03:00:00". */
  readonly OnCalendar?: ValueOf<(typeof sections)["Timer"]["OnCalendar"]>;
  /** How late the timer may elapse, so that wake-ups can be batched (default 1min). */
  readonly AccuracySec?: ValueOf<(typeof sections)["Timer"]["AccuracySec"]>;
  /** Random extra delay, up to this long, added to each elapse. */
  readonly RandomizedDelaySec?: ValueOf<(typeof sections)["Timer"]["RandomizedDelaySec"]>;
  /** Keep the random delay the same for this timer on this machine, across restarts. */
  readonly FixedRandomDelay?: ValueOf<(typeof sections)["Timer"]["FixedRandomDelay"]>;
  /** systemd 258+: Stable random offset, up to this long, added to every elapse of the timer (derived like FixedRandomDelay=). */
  readonly RandomizedOffsetSec?: ValueOf<(typeof sections)["Timer"]["RandomizedOffsetSec"]>;
  /** systemd 257+: Schedule the next elapse from when the triggered unit finished, not from when it was started. */
  readonly DeferReactivation?: ValueOf<(typeof sections)["Timer"]["DeferReactivation"]>;
  /** Also elapse when the system clock jumps. */
  readonly OnClockChange?: ValueOf<(typeof sections)["Timer"]["OnClockChange"]>;
  /** Also elapse when the time zone changes. */
  readonly OnTimezoneChange?: ValueOf<(typeof sections)["Timer"]["OnTimezoneChange"]>;
  /** The unit activated when the timer elapses (default: the service with the same name). */
  readonly Unit?: ValueOf<(typeof sections)["Timer"]["Unit"]>;
  /** Catch up on a calendar event missed while the machine was off. */
  readonly Persistent?: ValueOf<(typeof sections)["Timer"]["Persistent"]>;
  /** Wake the machine from suspend when the timer elapses. */
  readonly WakeSystem?: ValueOf<(typeof sections)["Timer"]["WakeSystem"]>;
  /** Stay loaded and active after elapsing, instead of becoming inactive. */
  readonly RemainAfterElapse?: ValueOf<(typeof sections)["Timer"]["RemainAfterElapse"]>;
}

/** [Path] */
export interface PathDirectives {
  /** Activate the unit when this path exists. */
  readonly PathExists?: ValueOf<(typeof sections)["Path"]["PathExists"]>;
  /** Activate the unit when something matches this glob. */
  readonly PathExistsGlob?: ValueOf<(typeof sections)["Path"]["PathExistsGlob"]>;
  /** Activate the unit when this file is closed after writing, or renamed or removed. */
  readonly PathChanged?: ValueOf<(typeof sections)["Path"]["PathChanged"]>;
  /** Activate the unit on every write to this file, not only on close. */
  readonly PathModified?: ValueOf<(typeof sections)["Path"]["PathModified"]>;
  /** Activate the unit when this directory has entries. */
  readonly DirectoryNotEmpty?: ValueOf<(typeof sections)["Path"]["DirectoryNotEmpty"]>;
  /** The unit activated (default: the service with the same name). */
  readonly Unit?: ValueOf<(typeof sections)["Path"]["Unit"]>;
  /** Create the watched directories if they are missing. */
  readonly MakeDirectory?: ValueOf<(typeof sections)["Path"]["MakeDirectory"]>;
  /** Access mode for directories created by MakeDirectory=. */
  readonly DirectoryMode?: ValueOf<(typeof sections)["Path"]["DirectoryMode"]>;
  /** Window for TriggerLimitBurst=: too many activations in it stop the path unit. */
  readonly TriggerLimitIntervalSec?: ValueOf<(typeof sections)["Path"]["TriggerLimitIntervalSec"]>;
  /** How many activations are allowed within TriggerLimitIntervalSec=. */
  readonly TriggerLimitBurst?: ValueOf<(typeof sections)["Path"]["TriggerLimitBurst"]>;
}

/** [Mount] */
export interface MountDirectives extends ExecDirectives, KillDirectives, ResourceControlDirectives {
  /** What to mount: a device node, a file system label/UUID path, a remote share or a source directory. */
  readonly What?: ValueOf<(typeof sections)["Mount"]["What"]>;
  /** The mount point; it must match the unit's name (systemd-escape --path). */
  readonly Where?: ValueOf<(typeof sections)["Mount"]["Where"]>;
  /** File system type, as for mount -t. */
  readonly Type?: ValueOf<(typeof sections)["Mount"]["Type"]>;
  /** Mount options, comma-separated, as for mount -o. */
  readonly Options?: ValueOf<(typeof sections)["Mount"]["Options"]>;
  /** Ignore mount options the file system does not know (mount -s). */
  readonly SloppyOptions?: ValueOf<(typeof sections)["Mount"]["SloppyOptions"]>;
  /** Detach the file system now and clean up when it is no longer busy (umount -l). */
  readonly LazyUnmount?: ValueOf<(typeof sections)["Mount"]["LazyUnmount"]>;
  /** Fail instead of falling back to read-only when a read-write mount fails. */
  readonly ReadWriteOnly?: ValueOf<(typeof sections)["Mount"]["ReadWriteOnly"]>;
  /** Force the unmount, e.g. of an unreachable NFS server (umount -f). */
  readonly ForceUnmount?: ValueOf<(typeof sections)["Mount"]["ForceUnmount"]>;
  /** Access mode for mount point directories created. */
  readonly DirectoryMode?: ValueOf<(typeof sections)["Mount"]["DirectoryMode"]>;
  /** Longest the mount command may run before it is killed. */
  readonly TimeoutSec?: ValueOf<(typeof sections)["Mount"]["TimeoutSec"]>;
}

/** [Automount] */
export interface AutomountDirectives {
  /** The mount point that is mounted on first access; it must match the unit's name. */
  readonly Where?: ValueOf<(typeof sections)["Automount"]["Where"]>;
  /** Extra mount options for the autofs mount point itself. */
  readonly ExtraOptions?: ValueOf<(typeof sections)["Automount"]["ExtraOptions"]>;
  /** Access mode for mount point directories created. */
  readonly DirectoryMode?: ValueOf<(typeof sections)["Automount"]["DirectoryMode"]>;
  /** Unmount after this long without use (0: never). */
  readonly TimeoutIdleSec?: ValueOf<(typeof sections)["Automount"]["TimeoutIdleSec"]>;
}

/** [Swap] */
export interface SwapDirectives extends ExecDirectives, KillDirectives, ResourceControlDirectives {
  /** The swap device or file. */
  readonly What?: ValueOf<(typeof sections)["Swap"]["What"]>;
  /** Swap priority (-1 to 32767); higher is used first. */
  readonly Priority?: ValueOf<(typeof sections)["Swap"]["Priority"]>;
  /** Swap options, comma-separated, as in /etc/fstab. */
  readonly Options?: ValueOf<(typeof sections)["Swap"]["Options"]>;
  /** Longest swapon may run before it is killed. */
  readonly TimeoutSec?: ValueOf<(typeof sections)["Swap"]["TimeoutSec"]>;
}

/** [Slice] */
export interface SliceDirectives extends ResourceControlDirectives {
  /** systemd 258+: Most units in this slice that may be active at once; more fail to start. "infinity" for no limit. */
  readonly ConcurrencyHardMax?: ValueOf<(typeof sections)["Slice"]["ConcurrencyHardMax"]>;
  /** systemd 258+: Most units in this slice that may be active at once; more wait in the queue. "infinity" for no limit. */
  readonly ConcurrencySoftMax?: ValueOf<(typeof sections)["Slice"]["ConcurrencySoftMax"]>;
  /** systemd 262+: Most units in this slice that may be starting at once; more wait in the queue. */
  readonly ActivatingConcurrencyMax?: ValueOf<(typeof sections)["Slice"]["ActivatingConcurrencyMax"]>;
}

/** [Install] */
export interface InstallDirectives {
  /** Extra names the unit answers to, made as symbolic links when it is enabled. */
  readonly Alias?: ValueOf<(typeof sections)["Install"]["Alias"]>;
  /** Units that want this one: hearth links it into their .wants/ directory. */
  readonly WantedBy?: ValueOf<(typeof sections)["Install"]["WantedBy"]>;
  /** Units that require this one: hearth links it into their .requires/ directory. */
  readonly RequiredBy?: ValueOf<(typeof sections)["Install"]["RequiredBy"]>;
  /** systemd 254+: Units that get an Upholds= dependency on this one when it is enabled (a link in their .upholds/). */
  readonly UpheldBy?: ValueOf<(typeof sections)["Install"]["UpheldBy"]>;
  /** Units enabled and disabled together with this one. */
  readonly Also?: ValueOf<(typeof sections)["Install"]["Also"]>;
  /** Instance name used when a template unit is enabled without one. */
  readonly DefaultInstance?: ValueOf<(typeof sections)["Install"]["DefaultInstance"]>;
}

/** Unit file section → the interface of its directives. */
export interface UnitSectionDirectives {
  readonly Unit: UnitDirectives;
  readonly Service: ServiceDirectives;
  readonly Socket: SocketDirectives;
  readonly Timer: TimerDirectives;
  readonly Path: PathDirectives;
  readonly Mount: MountDirectives;
  readonly Automount: AutomountDirectives;
  readonly Swap: SwapDirectives;
  readonly Slice: SliceDirectives;
  readonly Install: InstallDirectives;
}

/** [Match] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkMatchDirectives {
  /** Match links whose current hardware address is one of these. */
  readonly MACAddress?: ValueOf<(typeof networkSections)["Match"]["MACAddress"]>;
  /** Match links whose permanent hardware address is one of these. */
  readonly PermanentMACAddress?: ValueOf<(typeof networkSections)["Match"]["PermanentMACAddress"]>;
  /** Match links whose udev ID_PATH matches one of these globs. */
  readonly Path?: ValueOf<(typeof networkSections)["Match"]["Path"]>;
  /** Match links whose driver matches one of these globs. */
  readonly Driver?: ValueOf<(typeof networkSections)["Match"]["Driver"]>;
  /** Match links whose device type (ether, wlan, loopback, …) matches one of these globs. */
  readonly Type?: ValueOf<(typeof networkSections)["Match"]["Type"]>;
  /** Match links whose kind (bond, bridge, veth, …) matches one of these globs. */
  readonly Kind?: ValueOf<(typeof networkSections)["Match"]["Kind"]>;
  /** Match links whose udev properties have these NAME=value pairs. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Property?: ValueOf<(typeof networkSections)["Match"]["Property"]>;
  /** Match links whose name (or an alternative name) matches one of these globs. */
  readonly Name?: ValueOf<(typeof networkSections)["Match"]["Name"]>;
  /** Match wireless links of these interface types (station, ap, …). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly WLANInterfaceType?: ValueOf<(typeof networkSections)["Match"]["WLANInterfaceType"]>;
  /** Match wireless links connected to an SSID matching one of these globs. */
  readonly SSID?: ValueOf<(typeof networkSections)["Match"]["SSID"]>;
  /** Match wireless links connected to one of these access point addresses. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly BSSID?: ValueOf<(typeof networkSections)["Match"]["BSSID"]>;
  /** Match only on a machine with this hostname or machine ID. */
  readonly Host?: ValueOf<(typeof networkSections)["Match"]["Host"]>;
  /** Match only when running in (or not in) this kind of virtualization. */
  readonly Virtualization?: ValueOf<(typeof networkSections)["Match"]["Virtualization"]>;
  /** Match only when the kernel command line has this option. */
  readonly KernelCommandLine?: ValueOf<(typeof networkSections)["Match"]["KernelCommandLine"]>;
  /** Match only when the kernel release compares as given. */
  readonly KernelVersion?: ValueOf<(typeof networkSections)["Match"]["KernelVersion"]>;
  /** systemd 258+: Match if a version ("kernel", "systemd" or "glibc") satisfies the expression, as ConditionVersion=; "!" negates. */
  readonly Version?: ValueOf<(typeof networkSections)["Match"]["Version"]>;
  /** Match only when systemd-networkd received this credential. */
  readonly Credential?: ValueOf<(typeof networkSections)["Match"]["Credential"]>;
  /** Match only on this CPU architecture. */
  readonly Architecture?: ValueOf<(typeof networkSections)["Match"]["Architecture"]>;
  /** Match only with this firmware (uefi, device-tree, …). */
  readonly Firmware?: ValueOf<(typeof networkSections)["Match"]["Firmware"]>;
  /** systemd 262+: Match if one of the machine's tags matches this glob, as ConditionMachineTag=; "!" negates. */
  readonly MachineTag?: ValueOf<(typeof networkSections)["Match"]["MachineTag"]>;
}

/** [Link] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkLinkDirectives {
  /** Hardware address to set on the link. */
  readonly MACAddress?: ValueOf<(typeof networkSections)["Link"]["MACAddress"]>;
  /** Maximum transmission unit of the link, in bytes. */
  readonly MTUBytes?: ValueOf<(typeof networkSections)["Link"]["MTUBytes"]>;
  /** Turn ARP on or off for the link. */
  readonly ARP?: ValueOf<(typeof networkSections)["Link"]["ARP"]>;
  /** Turn the multicast flag of the link on or off. */
  readonly Multicast?: ValueOf<(typeof networkSections)["Link"]["Multicast"]>;
  /** Receive all multicast packets on the link. */
  readonly AllMulticast?: ValueOf<(typeof networkSections)["Link"]["AllMulticast"]>;
  /** Put the link into promiscuous mode. */
  readonly Promiscuous?: ValueOf<(typeof networkSections)["Link"]["Promiscuous"]>;
  /** Leave matching links alone: networkd neither brings them up nor configures them. */
  readonly Unmanaged?: ValueOf<(typeof networkSections)["Link"]["Unmanaged"]>;
  /** Link group number (0-2147483647) the link joins. */
  readonly Group?: ValueOf<(typeof networkSections)["Link"]["Group"]>;
  /** Whether (or in which operational state range) the link counts for being online. */
  readonly RequiredForOnline?: ValueOf<(typeof networkSections)["Link"]["RequiredForOnline"]>;
  /** Which address family must be configured for the link to count as online. */
  readonly RequiredFamilyForOnline?: ValueOf<(typeof networkSections)["Link"]["RequiredFamilyForOnline"]>;
  /** When networkd brings the link up or down: up, always-up, manual, always-down, down, bound. */
  readonly ActivationPolicy?: ValueOf<(typeof networkSections)["Link"]["ActivationPolicy"]>;
}

/** [SR-IOV] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkSRIOVDirectives {
  /** Index of the SR-IOV virtual function this section configures. */
  readonly VirtualFunction?: ValueOf<(typeof networkSections)["SR-IOV"]["VirtualFunction"]>;
  /** VLAN ID of the virtual function. */
  readonly VLANId?: ValueOf<(typeof networkSections)["SR-IOV"]["VLANId"]>;
  /** Quality-of-service priority of the virtual function. */
  readonly QualityOfService?: ValueOf<(typeof networkSections)["SR-IOV"]["QualityOfService"]>;
  /** VLAN protocol of the virtual function: 802.1Q or 802.1ad. */
  readonly VLANProtocol?: ValueOf<(typeof networkSections)["SR-IOV"]["VLANProtocol"]>;
  /** Check that the virtual function sends only from its own MAC address. */
  readonly MACSpoofCheck?: ValueOf<(typeof networkSections)["SR-IOV"]["MACSpoofCheck"]>;
  /** Let the virtual function query the RSS configuration. */
  readonly QueryReceiveSideScaling?: ValueOf<(typeof networkSections)["SR-IOV"]["QueryReceiveSideScaling"]>;
  /** Trust the virtual function to change settings that affect security or performance. */
  readonly Trust?: ValueOf<(typeof networkSections)["SR-IOV"]["Trust"]>;
  /** Link state of the virtual function: up, down, or following the physical function ("auto"). */
  readonly LinkState?: ValueOf<(typeof networkSections)["SR-IOV"]["LinkState"]>;
  /** Hardware address of the virtual function. */
  readonly MACAddress?: ValueOf<(typeof networkSections)["SR-IOV"]["MACAddress"]>;
}

/** [Network] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkNetworkDirectives {
  /** Free-form description of the network configuration. */
  readonly Description?: ValueOf<(typeof networkSections)["Network"]["Description"]>;
  /** Run the DHCP client: for IPv4, IPv6, both (true) or neither. */
  readonly DHCP?: ValueOf<(typeof networkSections)["Network"]["DHCP"]>;
  /** systemd 261+: Make this link a DHCP relay interface: "upstream" or "downstream" (configured in [DHCPRelay] and networkd.conf). */
  readonly DHCPRelay?: ValueOf<(typeof networkSections)["Network"]["DHCPRelay"]>;
  /** Run a DHCPv4 server on the link (configured in [DHCPServer]). */
  readonly DHCPServer?: ValueOf<(typeof networkSections)["Network"]["DHCPServer"]>;
  /** Configure link-local addresses: for IPv4, IPv6, both (true) or neither. */
  readonly LinkLocalAddressing?: ValueOf<(typeof networkSections)["Network"]["LinkLocalAddressing"]>;
  /** How the IPv6 link-local address is derived: eui64, none, stable-privacy or random. */
  readonly IPv6LinkLocalAddressGenerationMode?: ValueOf<(typeof networkSections)["Network"]["IPv6LinkLocalAddressGenerationMode"]>;
  /** Secret used to derive stable-privacy IPv6 addresses. */
  readonly IPv6StableSecretAddress?: ValueOf<(typeof networkSections)["Network"]["IPv6StableSecretAddress"]>;
  /** First IPv4 link-local address to try. */
  readonly IPv4LLStartAddress?: ValueOf<(typeof networkSections)["Network"]["IPv4LLStartAddress"]>;
  /** Add a route for reaching IPv4 link-local-only hosts. */
  readonly IPv4LLRoute?: ValueOf<(typeof networkSections)["Network"]["IPv4LLRoute"]>;
  /** Add an IPv4 default route through this link without a gateway. */
  readonly DefaultRouteOnDevice?: ValueOf<(typeof networkSections)["Network"]["DefaultRouteOnDevice"]>;
  /** Link-Local Multicast Name Resolution on the link: on, off, or resolve only. */
  readonly LLMNR?: ValueOf<(typeof networkSections)["Network"]["LLMNR"]>;
  /** Multicast DNS on the link: on, off, or resolve only. */
  readonly MulticastDNS?: ValueOf<(typeof networkSections)["Network"]["MulticastDNS"]>;
  /** DNS-over-TLS for the link's DNS servers: on, off or opportunistic. */
  readonly DNSOverTLS?: ValueOf<(typeof networkSections)["Network"]["DNSOverTLS"]>;
  /** DNSSEC validation for lookups through the link: on, off or allow-downgrade. */
  readonly DNSSEC?: ValueOf<(typeof networkSections)["Network"]["DNSSEC"]>;
  /** Domains for which DNSSEC validation is turned off on the link. */
  readonly DNSSECNegativeTrustAnchors?: ValueOf<(typeof networkSections)["Network"]["DNSSECNegativeTrustAnchors"]>;
  /** Receive LLDP packets on the link (true, false or routers-only). */
  readonly LLDP?: ValueOf<(typeof networkSections)["Network"]["LLDP"]>;
  /** Send LLDP packets on the link, and to which kind of neighbour bridge. */
  readonly EmitLLDP?: ValueOf<(typeof networkSections)["Network"]["EmitLLDP"]>;
  /** Links whose carrier this link follows: it goes down when all of them are down. */
  readonly BindCarrier?: ValueOf<(typeof networkSections)["Network"]["BindCarrier"]>;
  /** Static addresses with prefix length, e.g. "192.168.1.10/24" (one per item). */
  readonly Address?: ValueOf<(typeof networkSections)["Network"]["Address"]>;
  /** Gateway addresses; each adds a default route. */
  readonly Gateway?: ValueOf<(typeof networkSections)["Network"]["Gateway"]>;
  /** DNS servers for the link, optionally with ":port", "%interface" and "#server-name". */
  readonly DNS?: ValueOf<(typeof networkSections)["Network"]["DNS"]>;
  /** systemd 256+: Default for UseDomains= of [DHCPv4], [DHCPv6] and [IPv6AcceptRA]: true, false or "route". */
  readonly UseDomains?: ValueOf<(typeof networkSections)["Network"]["UseDomains"]>;
  /** Search domains for the link; "~" marks routing-only domains ("~." for all). */
  readonly Domains?: ValueOf<(typeof networkSections)["Network"]["Domains"]>;
  /** Use the link's DNS servers for names no link's Domains= claims. */
  readonly DNSDefaultRoute?: ValueOf<(typeof networkSections)["Network"]["DNSDefaultRoute"]>;
  /** NTP servers (addresses or names) for systemd-timesyncd. */
  readonly NTP?: ValueOf<(typeof networkSections)["Network"]["NTP"]>;
  /** systemd 256+: Forward IPv4 packets on this interface (net.ipv4.conf.IFACE.forwarding). */
  readonly IPv4Forwarding?: ValueOf<(typeof networkSections)["Network"]["IPv4Forwarding"]>;
  /** systemd 256+: Forward IPv6 packets on this interface (net.ipv6.conf.IFACE.forwarding). */
  readonly IPv6Forwarding?: ValueOf<(typeof networkSections)["Network"]["IPv6Forwarding"]>;
  /** Enable IP forwarding (system-wide) for IPv4, IPv6 or both. */
  readonly IPForward?: ValueOf<(typeof networkSections)["Network"]["IPForward"]>;
  /** Masquerade (SNAT) traffic forwarded out of this link: ipv4, ipv6, both or no. */
  readonly IPMasquerade?: ValueOf<(typeof networkSections)["Network"]["IPMasquerade"]>;
  /** Use temporary IPv6 addresses (RFC 4941), preferring them or the public one. */
  readonly IPv6PrivacyExtensions?: ValueOf<(typeof networkSections)["Network"]["IPv6PrivacyExtensions"]>;
  /** Accept IPv6 router advertisements on the link. */
  readonly IPv6AcceptRA?: ValueOf<(typeof networkSections)["Network"]["IPv6AcceptRA"]>;
  /** Number of duplicate address detection probes sent for IPv6. */
  readonly IPv6DuplicateAddressDetection?: ValueOf<(typeof networkSections)["Network"]["IPv6DuplicateAddressDetection"]>;
  /** IPv6 hop limit for packets sent on the link. */
  readonly IPv6HopLimit?: ValueOf<(typeof networkSections)["Network"]["IPv6HopLimit"]>;
  /** systemd 256+: Time between retransmitted IPv6 Neighbor Solicitations on this link. */
  readonly IPv6RetransmissionTimeSec?: ValueOf<(typeof networkSections)["Network"]["IPv6RetransmissionTimeSec"]>;
  /** systemd 258+: Longest time IPv4 duplicate address detection may take (1ms to 60s; default 200ms). */
  readonly IPv4DuplicateAddressDetectionTimeoutSec?: ValueOf<(typeof networkSections)["Network"]["IPv4DuplicateAddressDetectionTimeoutSec"]>;
  /** systemd 255+: IPv4 reverse path filtering: false, "strict" or "loose". */
  readonly IPv4ReversePathFilter?: ValueOf<(typeof networkSections)["Network"]["IPv4ReversePathFilter"]>;
  /** systemd 257+: Force an IGMP version on this link: false, "v1", "v2" or "v3". */
  readonly MulticastIGMPVersion?: ValueOf<(typeof networkSections)["Network"]["MulticastIGMPVersion"]>;
  /** Accept packets with a local source address arriving on the link. */
  readonly IPv4AcceptLocal?: ValueOf<(typeof networkSections)["Network"]["IPv4AcceptLocal"]>;
  /** Allow routing of 127.0.0.0/8 addresses on the link. */
  readonly IPv4RouteLocalnet?: ValueOf<(typeof networkSections)["Network"]["IPv4RouteLocalnet"]>;
  /** systemd 261+: Include the packet's firewall mark in the reverse path lookup for source validation. */
  readonly IPv4SrcValidMark?: ValueOf<(typeof networkSections)["Network"]["IPv4SrcValidMark"]>;
  /** Answer ARP requests on behalf of other hosts (proxy ARP). */
  readonly IPv4ProxyARP?: ValueOf<(typeof networkSections)["Network"]["IPv4ProxyARP"]>;
  /** systemd 256+: Proxy ARP back onto the same interface (private VLAN, port isolation). */
  readonly IPv4ProxyARPPrivateVLAN?: ValueOf<(typeof networkSections)["Network"]["IPv4ProxyARPPrivateVLAN"]>;
  /** Answer neighbour solicitations on behalf of other hosts (proxy NDP). */
  readonly IPv6ProxyNDP?: ValueOf<(typeof networkSections)["Network"]["IPv6ProxyNDP"]>;
  /** systemd 262+: Addresses for which ARP (IPv4) or neighbour solicitations (IPv6) are answered by proxy. */
  readonly ProxyNeighbor?: ValueOf<(typeof networkSections)["Network"]["ProxyNeighbor"]>;
  /** IPv6 addresses whose neighbour solicitations are answered by proxy. */
  readonly IPv6ProxyNDPAddress?: ValueOf<(typeof networkSections)["Network"]["IPv6ProxyNDPAddress"]>;
  /** Send IPv6 router advertisements on the link (configured in [IPv6SendRA]). */
  readonly IPv6SendRA?: ValueOf<(typeof networkSections)["Network"]["IPv6SendRA"]>;
  /** Assign subnets of a prefix delegated over another link to this one. */
  readonly DHCPPrefixDelegation?: ValueOf<(typeof networkSections)["Network"]["DHCPPrefixDelegation"]>;
  /** IPv6 MTU of the link (at least 1280 bytes). */
  readonly IPv6MTUBytes?: ValueOf<(typeof networkSections)["Network"]["IPv6MTUBytes"]>;
  /** systemd 258+: Accept MPLS-routed packets on this interface. */
  readonly MPLSRouting?: ValueOf<(typeof networkSections)["Network"]["MPLSRouting"]>;
  /** Keep the link's current master device, ignoring Bond=, Bridge= and the like. */
  readonly KeepMaster?: ValueOf<(typeof networkSections)["Network"]["KeepMaster"]>;
  /** B.A.T.M.A.N. Advanced interface the link is added to. */
  readonly BatmanAdvanced?: ValueOf<(typeof networkSections)["Network"]["BatmanAdvanced"]>;
  /** Bond interface the link is added to. */
  readonly Bond?: ValueOf<(typeof networkSections)["Network"]["Bond"]>;
  /** Bridge interface the link is added to. */
  readonly Bridge?: ValueOf<(typeof networkSections)["Network"]["Bridge"]>;
  /** VRF interface the link is added to. */
  readonly VRF?: ValueOf<(typeof networkSections)["Network"]["VRF"]>;
  /** IPoIB netdevs created on top of this link. */
  readonly IPoIB?: ValueOf<(typeof networkSections)["Network"]["IPoIB"]>;
  /** IPVLAN netdevs created on top of this link. */
  readonly IPVLAN?: ValueOf<(typeof networkSections)["Network"]["IPVLAN"]>;
  /** IPVTAP netdevs created on top of this link. */
  readonly IPVTAP?: ValueOf<(typeof networkSections)["Network"]["IPVTAP"]>;
  /** MACsec netdevs created on top of this link. */
  readonly MACsec?: ValueOf<(typeof networkSections)["Network"]["MACsec"]>;
  /** MACVLAN netdevs created on top of this link. */
  readonly MACVLAN?: ValueOf<(typeof networkSections)["Network"]["MACVLAN"]>;
  /** MACVTAP netdevs created on top of this link. */
  readonly MACVTAP?: ValueOf<(typeof networkSections)["Network"]["MACVTAP"]>;
  /** Tunnel netdevs created on top of this link. */
  readonly Tunnel?: ValueOf<(typeof networkSections)["Network"]["Tunnel"]>;
  /** VLAN netdevs created on top of this link. */
  readonly VLAN?: ValueOf<(typeof networkSections)["Network"]["VLAN"]>;
  /** VXLAN netdevs created on top of this link. */
  readonly VXLAN?: ValueOf<(typeof networkSections)["Network"]["VXLAN"]>;
  /** Xfrm netdevs created on top of this link. */
  readonly Xfrm?: ValueOf<(typeof networkSections)["Network"]["Xfrm"]>;
  /** Make this link the active member of its bond. */
  readonly ActiveSlave?: ValueOf<(typeof networkSections)["Network"]["ActiveSlave"]>;
  /** Make this link the preferred member of its bond. */
  readonly PrimarySlave?: ValueOf<(typeof networkSections)["Network"]["PrimarySlave"]>;
  /** Configure the link even while it has no carrier. */
  readonly ConfigureWithoutCarrier?: ValueOf<(typeof networkSections)["Network"]["ConfigureWithoutCarrier"]>;
  /** Keep the configuration when the carrier is lost (always, or for this long). */
  readonly IgnoreCarrierLoss?: ValueOf<(typeof networkSections)["Network"]["IgnoreCarrierLoss"]>;
  /** Keep addresses and routes that networkd did not set when it starts or stops. */
  readonly KeepConfiguration?: ValueOf<(typeof networkSections)["Network"]["KeepConfiguration"]>;
}

/** [Address] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkAddressDirectives {
  /** The address with prefix length, e.g. "10.0.0.2/24" (required). */
  readonly Address?: ValueOf<(typeof networkSections)["Address"]["Address"]>;
  /** Address of the other end of a point-to-point link. */
  readonly Peer?: ValueOf<(typeof networkSections)["Address"]["Peer"]>;
  /** IPv4 broadcast address, or whether to derive it (true) or set none (false). */
  readonly Broadcast?: ValueOf<(typeof networkSections)["Address"]["Broadcast"]>;
  /** Label of the IPv4 address (up to 15 characters). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Label?: ValueOf<(typeof networkSections)["Address"]["Label"]>;
  /** Preferred lifetime: "forever"/"infinity", or "0" to deprecate the address at once. */
  readonly PreferredLifetime?: ValueOf<(typeof networkSections)["Address"]["PreferredLifetime"]>;
  /** Scope of the address: global, link, host, or a number. */
  readonly Scope?: ValueOf<(typeof networkSections)["Address"]["Scope"]>;
  /** Metric of the prefix route added for the address. */
  readonly RouteMetric?: ValueOf<(typeof networkSections)["Address"]["RouteMetric"]>;
  /** Mark the IPv6 address as a Mobile IPv6 home address. */
  readonly HomeAddress?: ValueOf<(typeof networkSections)["Address"]["HomeAddress"]>;
  /** Duplicate address detection for this address: ipv4, ipv6, both or none. */
  readonly DuplicateAddressDetection?: ValueOf<(typeof networkSections)["Address"]["DuplicateAddressDetection"]>;
  /** Let the kernel create temporary addresses from this one. */
  readonly ManageTemporaryAddress?: ValueOf<(typeof networkSections)["Address"]["ManageTemporaryAddress"]>;
  /** Add the route to the address's subnet. */
  readonly AddPrefixRoute?: ValueOf<(typeof networkSections)["Address"]["AddPrefixRoute"]>;
  /** Join the multicast group of a multicast address at the IP level. */
  readonly AutoJoin?: ValueOf<(typeof networkSections)["Address"]["AutoJoin"]>;
  /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly NetLabel?: ValueOf<(typeof networkSections)["Address"]["NetLabel"]>;
  /** systemd 255+: NFT sets this address is added to: space-separated "source:family:table:set", source "address", "prefix" or "ifindex". */
  readonly NFTSet?: ValueOf<(typeof networkSections)["Address"]["NFTSet"]>;
}

/** [Neighbor] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkNeighborDirectives {
  /** IP address of the static neighbour entry. */
  readonly Address?: ValueOf<(typeof networkSections)["Neighbor"]["Address"]>;
  /** Link-layer (MAC or IP) address of the neighbour. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly LinkLayerAddress?: ValueOf<(typeof networkSections)["Neighbor"]["LinkLayerAddress"]>;
}

/** [IPv6AddressLabel] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkIPv6AddressLabelDirectives {
  /** Label number for the prefix, used in source address selection. */
  readonly Label?: ValueOf<(typeof networkSections)["IPv6AddressLabel"]["Label"]>;
  /** IPv6 prefix with length that gets the label. */
  readonly Prefix?: ValueOf<(typeof networkSections)["IPv6AddressLabel"]["Prefix"]>;
}

/** [RoutingPolicyRule] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkRoutingPolicyRuleDirectives {
  /** Type-of-service value packets must have (0-255). */
  readonly TypeOfService?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["TypeOfService"]>;
  /** Source prefix packets must come from. */
  readonly From?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["From"]>;
  /** Destination prefix packets must go to. */
  readonly To?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["To"]>;
  /** Firewall mark (and "/mask") packets must carry. */
  readonly FirewallMark?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["FirewallMark"]>;
  /** Routing table consulted when the rule matches: a name or number. */
  readonly Table?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["Table"]>;
  /** Priority of the rule; lower numbers are tried first. */
  readonly Priority?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["Priority"]>;
  /** systemd 257+: Priority of the rule a "goto" rule jumps to (implies Type=goto). */
  readonly GoTo?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["GoTo"]>;
  /** Interface packets must arrive on. */
  readonly IncomingInterface?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["IncomingInterface"]>;
  /** Interface packets must leave through. */
  readonly OutgoingInterface?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["OutgoingInterface"]>;
  /** systemd 256+: Direct lookups to the routing tables of VRF (L3 master) devices. */
  readonly L3MasterDevice?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["L3MasterDevice"]>;
  /** Source port or port range packets must have. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly SourcePort?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["SourcePort"]>;
  /** Destination port or port range packets must have. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DestinationPort?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["DestinationPort"]>;
  /** IP protocol packets must use (name or number). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly IPProtocol?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["IPProtocol"]>;
  /** Apply the rule to packets that do not match. */
  readonly InvertRule?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["InvertRule"]>;
  /** Address family of the rule: ipv4, ipv6 or both. */
  readonly Family?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["Family"]>;
  /** User ID or UID range of the sending process. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly User?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["User"]>;
  /** Ignore routing decisions with a prefix this short or shorter. */
  readonly SuppressPrefixLength?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["SuppressPrefixLength"]>;
  /** Ignore routing decisions through interfaces of this group. */
  readonly SuppressInterfaceGroup?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["SuppressInterfaceGroup"]>;
  /** Rule type: blackhole, unreachable or prohibit. */
  readonly Type?: ValueOf<(typeof networkSections)["RoutingPolicyRule"]["Type"]>;
}

/** [NextHop] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkNextHopDirectives {
  /** Identifier of the next-hop entry. */
  readonly Id?: ValueOf<(typeof networkSections)["NextHop"]["Id"]>;
  /** Gateway address of the next hop. */
  readonly Gateway?: ValueOf<(typeof networkSections)["NextHop"]["Gateway"]>;
  /** Address family of the next hop when no gateway is given. */
  readonly Family?: ValueOf<(typeof networkSections)["NextHop"]["Family"]>;
  /** Treat the gateway as directly reachable on the link. */
  readonly OnLink?: ValueOf<(typeof networkSections)["NextHop"]["OnLink"]>;
  /** Silently drop packets routed through this next hop. */
  readonly Blackhole?: ValueOf<(typeof networkSections)["NextHop"]["Blackhole"]>;
  /** Next-hop IDs (with ":weight") that form a multipath group. */
  readonly Group?: ValueOf<(typeof networkSections)["NextHop"]["Group"]>;
}

/** [Route] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkRouteDirectives {
  /** Gateway address, or "_dhcp4"/"_ipv6ra" for the one DHCP or router advertisements provide. */
  readonly Gateway?: ValueOf<(typeof networkSections)["Route"]["Gateway"]>;
  /** Treat the gateway as directly reachable on the link. */
  readonly GatewayOnLink?: ValueOf<(typeof networkSections)["Route"]["GatewayOnLink"]>;
  /** Destination prefix of the route (default: the default route). */
  readonly Destination?: ValueOf<(typeof networkSections)["Route"]["Destination"]>;
  /** Source prefix of the route. */
  readonly Source?: ValueOf<(typeof networkSections)["Route"]["Source"]>;
  /** Metric of the route; lower is preferred. */
  readonly Metric?: ValueOf<(typeof networkSections)["Route"]["Metric"]>;
  /** Preference of the IPv6 route: low, medium or high. */
  readonly IPv6Preference?: ValueOf<(typeof networkSections)["Route"]["IPv6Preference"]>;
  /** Scope of the IPv4 route: global, site, link, host or nowhere. */
  readonly Scope?: ValueOf<(typeof networkSections)["Route"]["Scope"]>;
  /** Source address preferred for packets using the route. */
  readonly PreferredSource?: ValueOf<(typeof networkSections)["Route"]["PreferredSource"]>;
  /** Routing table of the route: a name or number. */
  readonly Table?: ValueOf<(typeof networkSections)["Route"]["Table"]>;
  /** systemd 255+: Hop limit (TTL) of packets sent along this route, 1 to 255. */
  readonly HopLimit?: ValueOf<(typeof networkSections)["Route"]["HopLimit"]>;
  /** Protocol identifier of the route: a name or number. */
  readonly Protocol?: ValueOf<(typeof networkSections)["Route"]["Protocol"]>;
  /** Route type: unicast, local, blackhole, unreachable, prohibit, … */
  readonly Type?: ValueOf<(typeof networkSections)["Route"]["Type"]>;
  /** TCP initial congestion window for connections over the route. */
  readonly InitialCongestionWindow?: ValueOf<(typeof networkSections)["Route"]["InitialCongestionWindow"]>;
  /** TCP initial advertised receive window for connections over the route. */
  readonly InitialAdvertisedReceiveWindow?: ValueOf<(typeof networkSections)["Route"]["InitialAdvertisedReceiveWindow"]>;
  /** Turn on TCP quick ack mode for the route. */
  readonly QuickAck?: ValueOf<(typeof networkSections)["Route"]["QuickAck"]>;
  /** Allow TCP Fast Open without a cookie on the route. */
  readonly FastOpenNoCookie?: ValueOf<(typeof networkSections)["Route"]["FastOpenNoCookie"]>;
  /** Propagate the TTL at the egress of MPLS label switched paths. */
  readonly TTLPropagate?: ValueOf<(typeof networkSections)["Route"]["TTLPropagate"]>;
  /** MTU of the route, in bytes. */
  readonly MTUBytes?: ValueOf<(typeof networkSections)["Route"]["MTUBytes"]>;
  /** TCP maximum segment size advertised for the route. */
  readonly TCPAdvertisedMaximumSegmentSize?: ValueOf<(typeof networkSections)["Route"]["TCPAdvertisedMaximumSegmentSize"]>;
  /** TCP congestion control algorithm for the route, e.g. "bbr". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TCPCongestionControlAlgorithm?: ValueOf<(typeof networkSections)["Route"]["TCPCongestionControlAlgorithm"]>;
  /** systemd 255+: TCP retransmission timeout (RTO) for connections along this route. */
  readonly TCPRetransmissionTimeoutSec?: ValueOf<(typeof networkSections)["Route"]["TCPRetransmissionTimeoutSec"]>;
  /** One path of a multipath route: "gateway[@interface] [weight]". */
  readonly MultiPathRoute?: ValueOf<(typeof networkSections)["Route"]["MultiPathRoute"]>;
  /** Next-hop entry ([NextHop] Id=) the route goes through. */
  readonly NextHop?: ValueOf<(typeof networkSections)["Route"]["NextHop"]>;
}

/** [DHCPv4] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDHCPv4Directives {
  /** systemd 255+: IPv4 address to ask the DHCP server for in the first DHCPDISCOVER. */
  readonly RequestAddress?: ValueOf<(typeof networkSections)["DHCPv4"]["RequestAddress"]>;
  /** Send the machine's hostname (or Hostname=) to the DHCP server. */
  readonly SendHostname?: ValueOf<(typeof networkSections)["DHCPv4"]["SendHostname"]>;
  /** Hostname sent to the DHCP server instead of the machine's. */
  readonly Hostname?: ValueOf<(typeof networkSections)["DHCPv4"]["Hostname"]>;
  /** Manufacturer Usage Description URL sent to the DHCP server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MUDURL?: ValueOf<(typeof networkSections)["DHCPv4"]["MUDURL"]>;
  /** DHCP client identifier: the MAC address, or a DUID-based one. */
  readonly ClientIdentifier?: ValueOf<(typeof networkSections)["DHCPv4"]["ClientIdentifier"]>;
  /** Vendor class identifier sent to the DHCP server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly VendorClassIdentifier?: ValueOf<(typeof networkSections)["DHCPv4"]["VendorClassIdentifier"]>;
  /** User class strings sent to the DHCP server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly UserClass?: ValueOf<(typeof networkSections)["DHCPv4"]["UserClass"]>;
  /** DUID type for this link, overriding networkd.conf. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DUIDType?: ValueOf<(typeof networkSections)["DHCPv4"]["DUIDType"]>;
  /** Raw DUID data for this link, overriding networkd.conf. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DUIDRawData?: ValueOf<(typeof networkSections)["DHCPv4"]["DUIDRawData"]>;
  /** Identity association identifier of the link. */
  readonly IAID?: ValueOf<(typeof networkSections)["DHCPv4"]["IAID"]>;
  /** systemd 255+: Use the two-message rapid commit exchange (RFC 4039) when the server supports it. */
  readonly RapidCommit?: ValueOf<(typeof networkSections)["DHCPv4"]["RapidCommit"]>;
  /** Send as little identifying information as possible (RFC 7844). */
  readonly Anonymize?: ValueOf<(typeof networkSections)["DHCPv4"]["Anonymize"]>;
  /** Extra DHCP option numbers requested from the server. */
  readonly RequestOptions?: ValueOf<(typeof networkSections)["DHCPv4"]["RequestOptions"]>;
  /** Raw DHCP option sent to the server: "code:type:value". */
  readonly SendOption?: ValueOf<(typeof networkSections)["DHCPv4"]["SendOption"]>;
  /** Raw vendor-specific option sent to the server: "code:type:value". */
  readonly SendVendorOption?: ValueOf<(typeof networkSections)["DHCPv4"]["SendVendorOption"]>;
  /** IP type-of-service of DHCP packets: none, CS6 or CS4. */
  readonly IPServiceType?: ValueOf<(typeof networkSections)["DHCPv4"]["IPServiceType"]>;
  /** systemd 253+: SO_PRIORITY of the raw socket that sends the first DHCPv4 messages (maps to a VLAN priority). */
  readonly SocketPriority?: ValueOf<(typeof networkSections)["DHCPv4"]["SocketPriority"]>;
  /** systemd 258+: Talk to BOOTP servers instead of DHCP servers. */
  readonly BOOTP?: ValueOf<(typeof networkSections)["DHCPv4"]["BOOTP"]>;
  /** Label of the IPv4 address received. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Label?: ValueOf<(typeof networkSections)["DHCPv4"]["Label"]>;
  /** Use the DNS servers the DHCP server provides. */
  readonly UseDNS?: ValueOf<(typeof networkSections)["DHCPv4"]["UseDNS"]>;
  /** Add routes to the provided DNS servers. */
  readonly RoutesToDNS?: ValueOf<(typeof networkSections)["DHCPv4"]["RoutesToDNS"]>;
  /** Use the NTP servers the DHCP server provides. */
  readonly UseNTP?: ValueOf<(typeof networkSections)["DHCPv4"]["UseNTP"]>;
  /** Add routes to the provided NTP servers. */
  readonly RoutesToNTP?: ValueOf<(typeof networkSections)["DHCPv4"]["RoutesToNTP"]>;
  /** Use the SIP servers the DHCP server provides. */
  readonly UseSIP?: ValueOf<(typeof networkSections)["DHCPv4"]["UseSIP"]>;
  /** systemd 254+: Record the captive portal the DHCP server advertises, for networkctl and client programs. */
  readonly UseCaptivePortal?: ValueOf<(typeof networkSections)["DHCPv4"]["UseCaptivePortal"]>;
  /** systemd 257+: Use the encrypted DNS resolvers the DHCP server designates (RFC 9463); default: as UseDNS=. */
  readonly UseDNR?: ValueOf<(typeof networkSections)["DHCPv4"]["UseDNR"]>;
  /** Use the MTU the DHCP server provides. */
  readonly UseMTU?: ValueOf<(typeof networkSections)["DHCPv4"]["UseMTU"]>;
  /** Set the transient hostname from the DHCP server. */
  readonly UseHostname?: ValueOf<(typeof networkSections)["DHCPv4"]["UseHostname"]>;
  /** Use the provided domain name as search domain (true) or routing-only domain ("route"). */
  readonly UseDomains?: ValueOf<(typeof networkSections)["DHCPv4"]["UseDomains"]>;
  /** Install the static routes the DHCP server provides. */
  readonly UseRoutes?: ValueOf<(typeof networkSections)["DHCPv4"]["UseRoutes"]>;
  /** Metric of the routes learned from DHCP. */
  readonly RouteMetric?: ValueOf<(typeof networkSections)["DHCPv4"]["RouteMetric"]>;
  /** Routing table for the routes learned from DHCP. */
  readonly RouteTable?: ValueOf<(typeof networkSections)["DHCPv4"]["RouteTable"]>;
  /** MTU of the routes learned from DHCP. */
  readonly RouteMTUBytes?: ValueOf<(typeof networkSections)["DHCPv4"]["RouteMTUBytes"]>;
  /** systemd 253+: Enable TCP quick ACK on the routes from the DHCPv4 lease. */
  readonly QuickAck?: ValueOf<(typeof networkSections)["DHCPv4"]["QuickAck"]>;
  /** systemd 255+: TCP initial congestion window of the routes from the DHCPv4 lease. */
  readonly InitialCongestionWindow?: ValueOf<(typeof networkSections)["DHCPv4"]["InitialCongestionWindow"]>;
  /** systemd 255+: TCP initial advertised receive window of the routes from the DHCPv4 lease. */
  readonly InitialAdvertisedReceiveWindow?: ValueOf<(typeof networkSections)["DHCPv4"]["InitialAdvertisedReceiveWindow"]>;
  /** Install the gateway the DHCP server provides as default route. */
  readonly UseGateway?: ValueOf<(typeof networkSections)["DHCPv4"]["UseGateway"]>;
  /** Set the system time zone from the DHCP server. */
  readonly UseTimezone?: ValueOf<(typeof networkSections)["DHCPv4"]["UseTimezone"]>;
  /** Configure IPv6 rapid deployment from the 6RD option. */
  readonly Use6RD?: ValueOf<(typeof networkSections)["DHCPv4"]["Use6RD"]>;
  /** systemd 257+: Reject route for the unassigned part of the 6RD prefix: "none", "unreachable", "prohibit", "blackhole" or "throw". */
  readonly UnassignedSubnetPolicy?: ValueOf<(typeof networkSections)["DHCPv4"]["UnassignedSubnetPolicy"]>;
  /** systemd 255+: Skip IPv4 configuration when the server says IPv6-only is preferred and IPv6 connectivity comes up (RFC 8925). */
  readonly IPv6OnlyMode?: ValueOf<(typeof networkSections)["DHCPv4"]["IPv6OnlyMode"]>;
  /** Lease lifetime to assume when the server gives none ("forever"/"infinity"). */
  readonly FallbackLeaseLifetimeSec?: ValueOf<(typeof networkSections)["DHCPv4"]["FallbackLeaseLifetimeSec"]>;
  /** Ask the server to broadcast its replies. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly RequestBroadcast?: ValueOf<(typeof networkSections)["DHCPv4"]["RequestBroadcast"]>;
  /** How many times to try DHCP before giving up ("infinity": forever). */
  readonly MaxAttempts?: ValueOf<(typeof networkSections)["DHCPv4"]["MaxAttempts"]>;
  /** UDP port the DHCP client sends from. */
  readonly ListenPort?: ValueOf<(typeof networkSections)["DHCPv4"]["ListenPort"]>;
  /** systemd 256+: Port the DHCP server listens on. */
  readonly ServerPort?: ValueOf<(typeof networkSections)["DHCPv4"]["ServerPort"]>;
  /** Server addresses (or prefixes) whose offers are ignored. */
  readonly DenyList?: ValueOf<(typeof networkSections)["DHCPv4"]["DenyList"]>;
  /** Server addresses (or prefixes) whose offers alone are accepted. */
  readonly AllowList?: ValueOf<(typeof networkSections)["DHCPv4"]["AllowList"]>;
  /** Release the lease when the client stops. */
  readonly SendRelease?: ValueOf<(typeof networkSections)["DHCPv4"]["SendRelease"]>;
  /** Probe the offered address and decline it when it is in use. */
  readonly SendDecline?: ValueOf<(typeof networkSections)["DHCPv4"]["SendDecline"]>;
  /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly NetLabel?: ValueOf<(typeof networkSections)["DHCPv4"]["NetLabel"]>;
  /** systemd 255+: NFT sets the addresses and prefixes from the DHCPv4 lease are added to, as NFTSet= of [Address]. */
  readonly NFTSet?: ValueOf<(typeof networkSections)["DHCPv4"]["NFTSet"]>;
}

/** [DHCPv6] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDHCPv6Directives {
  /** Manufacturer Usage Description URL sent to the DHCPv6 server. */
  readonly MUDURL?: ValueOf<(typeof networkSections)["DHCPv6"]["MUDURL"]>;
  /** Identity association identifier of the link. */
  readonly IAID?: ValueOf<(typeof networkSections)["DHCPv6"]["IAID"]>;
  /** DUID type for this link, overriding networkd.conf. */
  readonly DUIDType?: ValueOf<(typeof networkSections)["DHCPv6"]["DUIDType"]>;
  /** Raw DUID data for this link, overriding networkd.conf. */
  readonly DUIDRawData?: ValueOf<(typeof networkSections)["DHCPv6"]["DUIDRawData"]>;
  /** Extra DHCPv6 option numbers requested from the server. */
  readonly RequestOptions?: ValueOf<(typeof networkSections)["DHCPv6"]["RequestOptions"]>;
  /** Raw DHCPv6 option sent to the server: "code:type:value". */
  readonly SendOption?: ValueOf<(typeof networkSections)["DHCPv6"]["SendOption"]>;
  /** Raw vendor-specific option: "enterprise:code:type:value". */
  readonly SendVendorOption?: ValueOf<(typeof networkSections)["DHCPv6"]["SendVendorOption"]>;
  /** User class strings sent to the DHCPv6 server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly UserClass?: ValueOf<(typeof networkSections)["DHCPv6"]["UserClass"]>;
  /** Vendor class strings sent to the DHCPv6 server. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly VendorClass?: ValueOf<(typeof networkSections)["DHCPv6"]["VendorClass"]>;
  /** Prefix (with length) suggested to the server for delegation. */
  readonly PrefixDelegationHint?: ValueOf<(typeof networkSections)["DHCPv6"]["PrefixDelegationHint"]>;
  /** systemd 257+: Reject route for the unassigned part of the delegated prefix: "none", "unreachable", "prohibit", "blackhole" or "throw". */
  readonly UnassignedSubnetPolicy?: ValueOf<(typeof networkSections)["DHCPv6"]["UnassignedSubnetPolicy"]>;
  /** systemd 261+: Routing table for the routes the DHCPv6 client installs: "default", "main", "local", a networkd.conf name or a number. */
  readonly RouteTable?: ValueOf<(typeof networkSections)["DHCPv6"]["RouteTable"]>;
  /** Use the two-message rapid commit exchange when the server allows it. */
  readonly RapidCommit?: ValueOf<(typeof networkSections)["DHCPv6"]["RapidCommit"]>;
  /** systemd 255+: Send the machine's hostname (or Hostname=) to the DHCPv6 server. */
  readonly SendHostname?: ValueOf<(typeof networkSections)["DHCPv6"]["SendHostname"]>;
  /** systemd 255+: Hostname to send to the DHCPv6 server instead of the machine's. */
  readonly Hostname?: ValueOf<(typeof networkSections)["DHCPv6"]["Hostname"]>;
  /** Assign the addresses the DHCPv6 server provides. */
  readonly UseAddress?: ValueOf<(typeof networkSections)["DHCPv6"]["UseAddress"]>;
  /** systemd 254+: Record the captive portal the DHCPv6 server advertises, for networkctl and client programs. */
  readonly UseCaptivePortal?: ValueOf<(typeof networkSections)["DHCPv6"]["UseCaptivePortal"]>;
  /** Request prefix delegation and hand out subnets of the delegated prefix. */
  readonly UseDelegatedPrefix?: ValueOf<(typeof networkSections)["DHCPv6"]["UseDelegatedPrefix"]>;
  /** Use the DNS servers the DHCPv6 server provides. */
  readonly UseDNS?: ValueOf<(typeof networkSections)["DHCPv6"]["UseDNS"]>;
  /** systemd 257+: Use the encrypted DNS resolvers the DHCPv6 server designates (RFC 9463); default: as UseDNS=. */
  readonly UseDNR?: ValueOf<(typeof networkSections)["DHCPv6"]["UseDNR"]>;
  /** Use the NTP servers the DHCPv6 server provides. */
  readonly UseNTP?: ValueOf<(typeof networkSections)["DHCPv6"]["UseNTP"]>;
  /** systemd 258+: Use the SIP servers the DHCPv6 server provides. */
  readonly UseSIP?: ValueOf<(typeof networkSections)["DHCPv6"]["UseSIP"]>;
  /** Set the transient hostname from the DHCPv6 server. */
  readonly UseHostname?: ValueOf<(typeof networkSections)["DHCPv6"]["UseHostname"]>;
  /** Use the provided domains as search domains (true) or routing-only domains ("route"). */
  readonly UseDomains?: ValueOf<(typeof networkSections)["DHCPv6"]["UseDomains"]>;
  /** NetLabel security label given to the addresses this section configures. */
  readonly NetLabel?: ValueOf<(typeof networkSections)["DHCPv6"]["NetLabel"]>;
  /** systemd 253+: Send a RELEASE to the DHCPv6 server when the client stops. */
  readonly SendRelease?: ValueOf<(typeof networkSections)["DHCPv6"]["SendRelease"]>;
  /** systemd 255+: NFT sets the addresses and prefixes from DHCPv6 are added to, as NFTSet= of [Address]. */
  readonly NFTSet?: ValueOf<(typeof networkSections)["DHCPv6"]["NFTSet"]>;
  /** Start the DHCPv6 client without a router advertisement: no, solicit or information-request. */
  readonly WithoutRA?: ValueOf<(typeof networkSections)["DHCPv6"]["WithoutRA"]>;
}

/** [DHCPPrefixDelegation] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDHCPPrefixDelegationDirectives {
  /** Link the delegated prefix comes from: a name, index, ":self" or ":auto". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly UplinkInterface?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["UplinkInterface"]>;
  /** Subnet ID used on this link within the delegated prefix ("auto" or a number). */
  readonly SubnetId?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["SubnetId"]>;
  /** Announce the delegated subnet in router advertisements. */
  readonly Announce?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["Announce"]>;
  /** Assign an address from the delegated subnet to the link. */
  readonly Assign?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["Assign"]>;
  /** How the interface identifier of that address is generated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Token?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["Token"]>;
  /** Let the kernel create temporary addresses from the assigned one. */
  readonly ManageTemporaryAddress?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["ManageTemporaryAddress"]>;
  /** Metric of the route to the delegated subnet. */
  readonly RouteMetric?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["RouteMetric"]>;
  /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly NetLabel?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["NetLabel"]>;
  /** systemd 255+: NFT sets the delegated prefixes are added to, as NFTSet= of [Address]. */
  readonly NFTSet?: ValueOf<(typeof networkSections)["DHCPPrefixDelegation"]["NFTSet"]>;
}

/** [IPv6AcceptRA] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkIPv6AcceptRADirectives {
  /** systemd 256+: Accept ICMPv6 Redirect messages from the first-hop router and add routes for them. */
  readonly UseRedirect?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseRedirect"]>;
  /** How interface identifiers of autoconfigured addresses are generated (eui64, static:…, prefixstable…). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Token?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["Token"]>;
  /** Use the DNS servers the router advertisement provides. */
  readonly UseDNS?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseDNS"]>;
  /** systemd 257+: Use the encrypted DNS resolvers the router advertisement designates; default: as UseDNS=. */
  readonly UseDNR?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseDNR"]>;
  /** Use the advertised domains as search domains (true) or routing-only domains ("route"). */
  readonly UseDomains?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseDomains"]>;
  /** Routing table for routes learned from router advertisements. */
  readonly RouteTable?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["RouteTable"]>;
  /** Metric of routes learned from router advertisements. */
  readonly RouteMetric?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["RouteMetric"]>;
  /** systemd 253+: Enable TCP quick ACK on the routes from router advertisements. */
  readonly QuickAck?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["QuickAck"]>;
  /** Use the MTU the router advertisement provides. */
  readonly UseMTU?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseMTU"]>;
  /** systemd 255+: Apply the advertised hop limit to the routes from router advertisements. */
  readonly UseHopLimit?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseHopLimit"]>;
  /** systemd 256+: Apply the advertised reachable time to the interface. */
  readonly UseReachableTime?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseReachableTime"]>;
  /** systemd 256+: Apply the advertised retransmission time to the interface. */
  readonly UseRetransmissionTime?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseRetransmissionTime"]>;
  /** Use the advertising router as default gateway. */
  readonly UseGateway?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseGateway"]>;
  /** Install the route prefixes the router advertises. */
  readonly UseRoutePrefix?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseRoutePrefix"]>;
  /** systemd 254+: Record the captive portal the router advertises, for networkctl and client programs. */
  readonly UseCaptivePortal?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseCaptivePortal"]>;
  /** systemd 255+: Record the NAT64 prefixes (PREF64) the router advertises, for networkctl and client programs. */
  readonly UsePREF64?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UsePREF64"]>;
  /** Autoconfigure addresses from advertised autonomous prefixes. */
  readonly UseAutonomousPrefix?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseAutonomousPrefix"]>;
  /** Treat advertised on-link prefixes as directly reachable. */
  readonly UseOnLinkPrefix?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["UseOnLinkPrefix"]>;
  /** Routers whose advertisements are ignored. */
  readonly RouterDenyList?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["RouterDenyList"]>;
  /** Routers whose advertisements alone are accepted. */
  readonly RouterAllowList?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["RouterAllowList"]>;
  /** Advertised prefixes that are ignored. */
  readonly PrefixDenyList?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["PrefixDenyList"]>;
  /** Advertised prefixes that alone are accepted. */
  readonly PrefixAllowList?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["PrefixAllowList"]>;
  /** Advertised route prefixes that are ignored. */
  readonly RouteDenyList?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["RouteDenyList"]>;
  /** Advertised route prefixes that alone are accepted. */
  readonly RouteAllowList?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["RouteAllowList"]>;
  /** Start the DHCPv6 client as the advertisement says (true), never (false) or always. */
  readonly DHCPv6Client?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["DHCPv6Client"]>;
  /** NetLabel security label given to the addresses this section configures. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly NetLabel?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["NetLabel"]>;
  /** systemd 255+: NFT sets the addresses and prefixes from router advertisements are added to, as NFTSet= of [Address]. */
  readonly NFTSet?: ValueOf<(typeof networkSections)["IPv6AcceptRA"]["NFTSet"]>;
}

/** [DHCPRelay] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDHCPRelayDirectives {
  /** systemd 261+: IPv4 source address of the messages the relay forwards upstream. */
  readonly AgentAddress?: ValueOf<(typeof networkSections)["DHCPRelay"]["AgentAddress"]>;
  /** systemd 261+: IPv4 address written to the "giaddr" field of forwarded messages (downstream links). */
  readonly GatewayAddress?: ValueOf<(typeof networkSections)["DHCPRelay"]["GatewayAddress"]>;
  /** systemd 261+: Circuit ID sub-option of forwarded messages, "type:value" (uint8, uint16, uint32, ipv4address, ipv6address, string). */
  readonly CircuitId?: ValueOf<(typeof networkSections)["DHCPRelay"]["CircuitId"]>;
  /** systemd 261+: Virtual Subnet Selection sub-option of forwarded messages, "type:value" as CircuitId=. */
  readonly VirtualSubnetSelection?: ValueOf<(typeof networkSections)["DHCPRelay"]["VirtualSubnetSelection"]>;
  /** systemd 261+: Extra relay agent sub-option of forwarded messages, "code:type:value". */
  readonly ExtraOption?: ValueOf<(typeof networkSections)["DHCPRelay"]["ExtraOption"]>;
  /** systemd 261+: Priority of this upstream link; the highest carries forwarded messages. */
  readonly InterfacePriority?: ValueOf<(typeof networkSections)["DHCPRelay"]["InterfacePriority"]>;
}

/** [DHCPServer] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDHCPServerDirectives {
  /** Address (with prefix length) the DHCP server uses on the link. */
  readonly ServerAddress?: ValueOf<(typeof networkSections)["DHCPServer"]["ServerAddress"]>;
  /** Offset of the first address handed out, within the subnet. */
  readonly PoolOffset?: ValueOf<(typeof networkSections)["DHCPServer"]["PoolOffset"]>;
  /** Number of addresses handed out. */
  readonly PoolSize?: ValueOf<(typeof networkSections)["DHCPServer"]["PoolSize"]>;
  /** Lease time given to clients that do not ask for one. */
  readonly DefaultLeaseTimeSec?: ValueOf<(typeof networkSections)["DHCPServer"]["DefaultLeaseTimeSec"]>;
  /** Longest lease time given to clients. */
  readonly MaxLeaseTimeSec?: ValueOf<(typeof networkSections)["DHCPServer"]["MaxLeaseTimeSec"]>;
  /** Link whose DNS, NTP and other servers are passed on: a name, ":none" or ":auto". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly UplinkInterface?: ValueOf<(typeof networkSections)["DHCPServer"]["UplinkInterface"]>;
  /** Tell clients about DNS servers. */
  readonly EmitDNS?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitDNS"]>;
  /** DNS servers told to clients ("_server_address" is the server's own). */
  readonly DNS?: ValueOf<(typeof networkSections)["DHCPServer"]["DNS"]>;
  /** Tell clients about NTP servers. */
  readonly EmitNTP?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitNTP"]>;
  /** NTP servers told to clients. */
  readonly NTP?: ValueOf<(typeof networkSections)["DHCPServer"]["NTP"]>;
  /** Tell clients about SIP servers. */
  readonly EmitSIP?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitSIP"]>;
  /** SIP servers told to clients. */
  readonly SIP?: ValueOf<(typeof networkSections)["DHCPServer"]["SIP"]>;
  /** Tell clients about POP3 servers. */
  readonly EmitPOP3?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitPOP3"]>;
  /** POP3 servers told to clients. */
  readonly POP3?: ValueOf<(typeof networkSections)["DHCPServer"]["POP3"]>;
  /** Tell clients about SMTP servers. */
  readonly EmitSMTP?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitSMTP"]>;
  /** SMTP servers told to clients. */
  readonly SMTP?: ValueOf<(typeof networkSections)["DHCPServer"]["SMTP"]>;
  /** Tell clients about LPR (printing) servers. */
  readonly EmitLPR?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitLPR"]>;
  /** LPR servers told to clients. */
  readonly LPR?: ValueOf<(typeof networkSections)["DHCPServer"]["LPR"]>;
  /** Tell clients about a router (default gateway). */
  readonly EmitRouter?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitRouter"]>;
  /** Router address told to clients (default: the server's own). */
  readonly Router?: ValueOf<(typeof networkSections)["DHCPServer"]["Router"]>;
  /** Tell clients the time zone. */
  readonly EmitTimezone?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitTimezone"]>;
  /** Time zone told to clients, e.g. "Europe/Berlin". */
  readonly Timezone?: ValueOf<(typeof networkSections)["DHCPServer"]["Timezone"]>;
  /** systemd 259+: Hand out a domain name (DHCP option 15) with the leases. */
  readonly EmitDomain?: ValueOf<(typeof networkSections)["DHCPServer"]["EmitDomain"]>;
  /** systemd 259+: Domain name handed out with EmitDomain= (default: the domain of the machine's hostname). */
  readonly Domain?: ValueOf<(typeof networkSections)["DHCPServer"]["Domain"]>;
  /** Boot (TFTP) server address for network booting. */
  readonly BootServerAddress?: ValueOf<(typeof networkSections)["DHCPServer"]["BootServerAddress"]>;
  /** Boot (TFTP) server name for network booting. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly BootServerName?: ValueOf<(typeof networkSections)["DHCPServer"]["BootServerName"]>;
  /** Boot file path or URL for network booting. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly BootFilename?: ValueOf<(typeof networkSections)["DHCPServer"]["BootFilename"]>;
  /** systemd 255+: Offer the IPv6-only preferred option (RFC 8925) with this wait time (at least 300s). */
  readonly IPv6OnlyPreferredSec?: ValueOf<(typeof networkSections)["DHCPServer"]["IPv6OnlyPreferredSec"]>;
  /** Raw DHCP option sent to clients: "code:type:value". */
  readonly SendOption?: ValueOf<(typeof networkSections)["DHCPServer"]["SendOption"]>;
  /** Raw vendor-specific option sent to clients: "code:type:value". */
  readonly SendVendorOption?: ValueOf<(typeof networkSections)["DHCPServer"]["SendVendorOption"]>;
  /** systemd 255+: Answer clients asking for rapid commit (RFC 4039) with an immediate DHCPACK. */
  readonly RapidCommit?: ValueOf<(typeof networkSections)["DHCPServer"]["RapidCommit"]>;
  /** systemd 256+: Keep leases across restarts: true (persistent storage), "runtime" (until reboot) or false. */
  readonly PersistLeases?: ValueOf<(typeof networkSections)["DHCPServer"]["PersistLeases"]>;
  /** systemd 259+: Domain under which systemd-resolved resolves the hostnames of clients with leases. */
  readonly LocalLeaseDomain?: ValueOf<(typeof networkSections)["DHCPServer"]["LocalLeaseDomain"]>;
  /** Bind the server's socket to the link. */
  readonly BindToInterface?: ValueOf<(typeof networkSections)["DHCPServer"]["BindToInterface"]>;
  /** Relay DHCP requests to this upstream server instead of answering them. */
  readonly RelayTarget?: ValueOf<(typeof networkSections)["DHCPServer"]["RelayTarget"]>;
  /** Agent circuit ID added when relaying ("string:value"). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly RelayAgentCircuitId?: ValueOf<(typeof networkSections)["DHCPServer"]["RelayAgentCircuitId"]>;
  /** Agent remote ID added when relaying ("string:value"). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly RelayAgentRemoteId?: ValueOf<(typeof networkSections)["DHCPServer"]["RelayAgentRemoteId"]>;
}

/** [DHCPServerStaticLease] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDHCPServerStaticLeaseDirectives {
  /** Hardware address of the client that gets the fixed address. */
  readonly MACAddress?: ValueOf<(typeof networkSections)["DHCPServerStaticLease"]["MACAddress"]>;
  /** IPv4 address always handed to that client. */
  readonly Address?: ValueOf<(typeof networkSections)["DHCPServerStaticLease"]["Address"]>;
  /** systemd 259+: Hostname sent to the client of this static lease in DHCP replies. */
  readonly Hostname?: ValueOf<(typeof networkSections)["DHCPServerStaticLease"]["Hostname"]>;
}

/** [IPv6SendRA] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkIPv6SendRADirectives {
  /** Tell hosts to get addresses from DHCPv6 (the M flag). */
  readonly Managed?: ValueOf<(typeof networkSections)["IPv6SendRA"]["Managed"]>;
  /** Tell hosts to get other configuration from DHCPv6 (the O flag). */
  readonly OtherInformation?: ValueOf<(typeof networkSections)["IPv6SendRA"]["OtherInformation"]>;
  /** How long hosts may use this router as default gateway (0: not a default router). */
  readonly RouterLifetimeSec?: ValueOf<(typeof networkSections)["IPv6SendRA"]["RouterLifetimeSec"]>;
  /** systemd 256+: Reachable time advertised to hosts for neighbour unreachability detection (0: unspecified). */
  readonly ReachableTimeSec?: ValueOf<(typeof networkSections)["IPv6SendRA"]["ReachableTimeSec"]>;
  /** systemd 255+: Retransmission time advertised to hosts for address resolution (0: unspecified). */
  readonly RetransmitSec?: ValueOf<(typeof networkSections)["IPv6SendRA"]["RetransmitSec"]>;
  /** Preference of this router: high, medium or low. */
  readonly RouterPreference?: ValueOf<(typeof networkSections)["IPv6SendRA"]["RouterPreference"]>;
  /** systemd 255+: Hop limit advertised to hosts, 0 to 255. */
  readonly HopLimit?: ValueOf<(typeof networkSections)["IPv6SendRA"]["HopLimit"]>;
  /** Link whose DNS servers and domains are passed on: a name, ":none" or ":auto". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly UplinkInterface?: ValueOf<(typeof networkSections)["IPv6SendRA"]["UplinkInterface"]>;
  /** Advertise DNS servers. */
  readonly EmitDNS?: ValueOf<(typeof networkSections)["IPv6SendRA"]["EmitDNS"]>;
  /** DNS servers advertised ("_link_local" is the router's own link-local address). */
  readonly DNS?: ValueOf<(typeof networkSections)["IPv6SendRA"]["DNS"]>;
  /** Advertise search domains. */
  readonly EmitDomains?: ValueOf<(typeof networkSections)["IPv6SendRA"]["EmitDomains"]>;
  /** Search domains advertised. */
  readonly Domains?: ValueOf<(typeof networkSections)["IPv6SendRA"]["Domains"]>;
  /** How long advertised DNS servers and domains stay valid. */
  readonly DNSLifetimeSec?: ValueOf<(typeof networkSections)["IPv6SendRA"]["DNSLifetimeSec"]>;
  /** systemd 255+: Advertise this router as a Mobile IPv6 home agent. */
  readonly HomeAgent?: ValueOf<(typeof networkSections)["IPv6SendRA"]["HomeAgent"]>;
  /** systemd 255+: Lifetime of the home agent advertisement (default: RouterLifetimeSec=). */
  readonly HomeAgentLifetimeSec?: ValueOf<(typeof networkSections)["IPv6SendRA"]["HomeAgentLifetimeSec"]>;
  /** systemd 255+: Preference of this home agent, 0 to 65535. */
  readonly HomeAgentPreference?: ValueOf<(typeof networkSections)["IPv6SendRA"]["HomeAgentPreference"]>;
}

/** [IPv6Prefix] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkIPv6PrefixDirectives {
  /** Let hosts autoconfigure addresses from the prefix. */
  readonly AddressAutoconfiguration?: ValueOf<(typeof networkSections)["IPv6Prefix"]["AddressAutoconfiguration"]>;
  /** Tell hosts the prefix is reachable on the link. */
  readonly OnLink?: ValueOf<(typeof networkSections)["IPv6Prefix"]["OnLink"]>;
  /** IPv6 prefix (with length) advertised to hosts. */
  readonly Prefix?: ValueOf<(typeof networkSections)["IPv6Prefix"]["Prefix"]>;
  /** Preferred lifetime of the advertised prefix. */
  readonly PreferredLifetimeSec?: ValueOf<(typeof networkSections)["IPv6Prefix"]["PreferredLifetimeSec"]>;
  /** Valid lifetime of the advertised prefix. */
  readonly ValidLifetimeSec?: ValueOf<(typeof networkSections)["IPv6Prefix"]["ValidLifetimeSec"]>;
  /** Also assign an address from the prefix to this link. */
  readonly Assign?: ValueOf<(typeof networkSections)["IPv6Prefix"]["Assign"]>;
  /** How the interface identifier of that address is generated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Token?: ValueOf<(typeof networkSections)["IPv6Prefix"]["Token"]>;
  /** Metric of the route to the prefix. */
  readonly RouteMetric?: ValueOf<(typeof networkSections)["IPv6Prefix"]["RouteMetric"]>;
}

/** [IPv6RoutePrefix] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkIPv6RoutePrefixDirectives {
  /** IPv6 route prefix (with length) advertised to hosts. */
  readonly Route?: ValueOf<(typeof networkSections)["IPv6RoutePrefix"]["Route"]>;
  /** Lifetime of the advertised route. */
  readonly LifetimeSec?: ValueOf<(typeof networkSections)["IPv6RoutePrefix"]["LifetimeSec"]>;
  /** systemd 258+: Preference of this route option: "high", "medium" or "low". */
  readonly Preference?: ValueOf<(typeof networkSections)["IPv6RoutePrefix"]["Preference"]>;
}

/** [IPv6PREF64Prefix] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkIPv6PREF64PrefixDirectives {
  /** systemd 255+: NAT64 prefix (address/length; 96, 64, 56, 48, 40 or 32) advertised to hosts. */
  readonly Prefix?: ValueOf<(typeof networkSections)["IPv6PREF64Prefix"]["Prefix"]>;
  /** systemd 255+: Lifetime of the advertised NAT64 prefix (default 1800s). */
  readonly LifetimeSec?: ValueOf<(typeof networkSections)["IPv6PREF64Prefix"]["LifetimeSec"]>;
}

/** [Bridge] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkBridgeDirectives {
  /** Flood unicast traffic with unknown destination out of this port. */
  readonly UnicastFlood?: ValueOf<(typeof networkSections)["Bridge"]["UnicastFlood"]>;
  /** Flood multicast traffic with no forwarding entry out of this port. */
  readonly MulticastFlood?: ValueOf<(typeof networkSections)["Bridge"]["MulticastFlood"]>;
  /** Deliver multicast to this port as unicast copies. */
  readonly MulticastToUnicast?: ValueOf<(typeof networkSections)["Bridge"]["MulticastToUnicast"]>;
  /** Suppress ARP and neighbour discovery on this port. */
  readonly NeighborSuppression?: ValueOf<(typeof networkSections)["Bridge"]["NeighborSuppression"]>;
  /** Learn MAC addresses seen on this port. */
  readonly Learning?: ValueOf<(typeof networkSections)["Bridge"]["Learning"]>;
  /** Allow sending traffic back out of the port it came in on. */
  readonly HairPin?: ValueOf<(typeof networkSections)["Bridge"]["HairPin"]>;
  /** Isolate the port: it talks only to non-isolated ports. */
  readonly Isolated?: ValueOf<(typeof networkSections)["Bridge"]["Isolated"]>;
  /** Process spanning tree BPDUs received on this port. */
  readonly UseBPDU?: ValueOf<(typeof networkSections)["Bridge"]["UseBPDU"]>;
  /** Stop multicast to the port at once when an IGMP leave arrives. */
  readonly FastLeave?: ValueOf<(typeof networkSections)["Bridge"]["FastLeave"]>;
  /** Allow this port to become the spanning tree root port. */
  readonly AllowPortToBeRoot?: ValueOf<(typeof networkSections)["Bridge"]["AllowPortToBeRoot"]>;
  /** Answer ARP requests on this port by proxy. */
  readonly ProxyARP?: ValueOf<(typeof networkSections)["Bridge"]["ProxyARP"]>;
  /** Proxy ARP on this port as IEEE 802.11 requires. */
  readonly ProxyARPWiFi?: ValueOf<(typeof networkSections)["Bridge"]["ProxyARPWiFi"]>;
  /** Whether this port has multicast routers: no, query (learn), permanent or temporary. */
  readonly MulticastRouter?: ValueOf<(typeof networkSections)["Bridge"]["MulticastRouter"]>;
  /** Spanning tree path cost of this port. */
  readonly Cost?: ValueOf<(typeof networkSections)["Bridge"]["Cost"]>;
  /** Spanning tree priority of this port (0-63). */
  readonly Priority?: ValueOf<(typeof networkSections)["Bridge"]["Priority"]>;
  /** systemd 258+: Lock the bridge port: no forwarding until the host is authenticated (802.1X). */
  readonly Locked?: ValueOf<(typeof networkSections)["Bridge"]["Locked"]>;
  /** systemd 258+: Let a locked port authenticate hosts by their MAC address. */
  readonly MACAuthenticationBypass?: ValueOf<(typeof networkSections)["Bridge"]["MACAuthenticationBypass"]>;
  /** systemd 258+: Enable VLAN tunnel mode on the bridge port. */
  readonly VLANTunnel?: ValueOf<(typeof networkSections)["Bridge"]["VLANTunnel"]>;
}

/** [BridgeFDB] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkBridgeFDBDirectives {
  /** Hardware address of the forwarding database entry. */
  readonly MACAddress?: ValueOf<(typeof networkSections)["BridgeFDB"]["MACAddress"]>;
  /** Remote VXLAN tunnel endpoint for the entry. */
  readonly Destination?: ValueOf<(typeof networkSections)["BridgeFDB"]["Destination"]>;
  /** VLAN ID of the entry. */
  readonly VLANId?: ValueOf<(typeof networkSections)["BridgeFDB"]["VLANId"]>;
  /** VXLAN network identifier used to reach the remote endpoint. */
  readonly VNI?: ValueOf<(typeof networkSections)["BridgeFDB"]["VNI"]>;
  /** Where the entry lives: use, self, master or router. */
  readonly AssociatedWith?: ValueOf<(typeof networkSections)["BridgeFDB"]["AssociatedWith"]>;
  /** Interface used to reach the remote VXLAN endpoint. */
  readonly OutgoingInterface?: ValueOf<(typeof networkSections)["BridgeFDB"]["OutgoingInterface"]>;
}

/** [BridgeMDB] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkBridgeMDBDirectives {
  /** Multicast group address of the membership entry. */
  readonly MulticastGroupAddress?: ValueOf<(typeof networkSections)["BridgeMDB"]["MulticastGroupAddress"]>;
  /** VLAN ID of the membership entry (0: none). */
  readonly VLANId?: ValueOf<(typeof networkSections)["BridgeMDB"]["VLANId"]>;
}

/** [LLDP] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkLLDPDirectives {
  /** Manufacturer Usage Description URL sent in LLDP packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MUDURL?: ValueOf<(typeof networkSections)["LLDP"]["MUDURL"]>;
}

/** [CAN] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkCANDirectives {
  /** Bit rate of the CAN bus, in bits per second. */
  readonly BitRate?: ValueOf<(typeof networkSections)["CAN"]["BitRate"]>;
  /** Sample point within a bit, in percent or permille. */
  readonly SamplePoint?: ValueOf<(typeof networkSections)["CAN"]["SamplePoint"]>;
  /** Length of a time quantum, in nanoseconds (instead of BitRate=). */
  readonly TimeQuantaNSec?: ValueOf<(typeof networkSections)["CAN"]["TimeQuantaNSec"]>;
  /** Propagation segment length, in time quanta. */
  readonly PropagationSegment?: ValueOf<(typeof networkSections)["CAN"]["PropagationSegment"]>;
  /** Phase buffer segment 1 length, in time quanta. */
  readonly PhaseBufferSegment1?: ValueOf<(typeof networkSections)["CAN"]["PhaseBufferSegment1"]>;
  /** Phase buffer segment 2 length, in time quanta. */
  readonly PhaseBufferSegment2?: ValueOf<(typeof networkSections)["CAN"]["PhaseBufferSegment2"]>;
  /** Synchronisation jump width, in time quanta. */
  readonly SyncJumpWidth?: ValueOf<(typeof networkSections)["CAN"]["SyncJumpWidth"]>;
  /** Bit rate of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DataBitRate?: ValueOf<(typeof networkSections)["CAN"]["DataBitRate"]>;
  /** Sample point of the CAN FD data phase. */
  readonly DataSamplePoint?: ValueOf<(typeof networkSections)["CAN"]["DataSamplePoint"]>;
  /** Time quantum length of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DataTimeQuantaNSec?: ValueOf<(typeof networkSections)["CAN"]["DataTimeQuantaNSec"]>;
  /** Propagation segment of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DataPropagationSegment?: ValueOf<(typeof networkSections)["CAN"]["DataPropagationSegment"]>;
  /** Phase buffer segment 1 of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DataPhaseBufferSegment1?: ValueOf<(typeof networkSections)["CAN"]["DataPhaseBufferSegment1"]>;
  /** Phase buffer segment 2 of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DataPhaseBufferSegment2?: ValueOf<(typeof networkSections)["CAN"]["DataPhaseBufferSegment2"]>;
  /** Synchronisation jump width of the CAN FD data phase. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DataSyncJumpWidth?: ValueOf<(typeof networkSections)["CAN"]["DataSyncJumpWidth"]>;
  /** Enable CAN FD mode. */
  readonly FDMode?: ValueOf<(typeof networkSections)["CAN"]["FDMode"]>;
  /** Use the non-ISO CAN FD variant. */
  readonly FDNonISO?: ValueOf<(typeof networkSections)["CAN"]["FDNonISO"]>;
  /** Delay before the controller restarts automatically after bus-off. */
  readonly RestartSec?: ValueOf<(typeof networkSections)["CAN"]["RestartSec"]>;
  /** Bus termination: on, off, or a resistor value in ohm. */
  readonly Termination?: ValueOf<(typeof networkSections)["CAN"]["Termination"]>;
  /** Sample each bit three times. */
  readonly TripleSampling?: ValueOf<(typeof networkSections)["CAN"]["TripleSampling"]>;
  /** Report CAN bus errors. */
  readonly BusErrorReporting?: ValueOf<(typeof networkSections)["CAN"]["BusErrorReporting"]>;
  /** Only listen on the bus, never send. */
  readonly ListenOnly?: ValueOf<(typeof networkSections)["CAN"]["ListenOnly"]>;
  /** Loop sent frames back to the controller. */
  readonly Loopback?: ValueOf<(typeof networkSections)["CAN"]["Loopback"]>;
  /** Send each frame once, without retransmission. */
  readonly OneShot?: ValueOf<(typeof networkSections)["CAN"]["OneShot"]>;
  /** Ignore missing acknowledgements. */
  readonly PresumeACK?: ValueOf<(typeof networkSections)["CAN"]["PresumeACK"]>;
  /** Handle the 4-bit data length code of classic CAN frames. */
  readonly ClassicDataLengthCode?: ValueOf<(typeof networkSections)["CAN"]["ClassicDataLengthCode"]>;
}

/** [IPoIB] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkIPoIBDirectives {
  /** IP-over-InfiniBand mode: datagram or connected. */
  readonly Mode?: ValueOf<(typeof networkSections)["IPoIB"]["Mode"]>;
  /** Make the kernel ignore multicast groups that user space handles. */
  readonly IgnoreUserspaceMulticastGroups?: ValueOf<(typeof networkSections)["IPoIB"]["IgnoreUserspaceMulticastGroups"]>;
}

/** [QDisc] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkQDiscDirectives {
  /** Where the queueing discipline attaches: clsact or ingress. */
  readonly Parent?: ValueOf<(typeof networkSections)["QDisc"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["QDisc"]["Handle"]>;
}

/** [NetworkEmulator] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkNetworkEmulatorDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["NetworkEmulator"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["NetworkEmulator"]["Handle"]>;
  /** Fixed delay added to outgoing packets. */
  readonly DelaySec?: ValueOf<(typeof networkSections)["NetworkEmulator"]["DelaySec"]>;
  /** Random jitter added to the delay. */
  readonly DelayJitterSec?: ValueOf<(typeof networkSections)["NetworkEmulator"]["DelayJitterSec"]>;
  /** Most packets the queue holds; more are dropped. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["NetworkEmulator"]["PacketLimit"]>;
  /** Share of outgoing packets dropped at random. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly LossRate?: ValueOf<(typeof networkSections)["NetworkEmulator"]["LossRate"]>;
  /** Share of outgoing packets duplicated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DuplicateRate?: ValueOf<(typeof networkSections)["NetworkEmulator"]["DuplicateRate"]>;
}

/** [TokenBucketFilter] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkTokenBucketFilterDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["Handle"]>;
  /** Longest a packet may wait for tokens. */
  readonly LatencySec?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["LatencySec"]>;
  /** Bytes that may queue waiting for tokens. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly LimitBytes?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["LimitBytes"]>;
  /** Size of the token bucket, in bytes. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly BurstBytes?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["BurstBytes"]>;
  /** Rate at which tokens arrive (bits per second, with K, M, G suffixes). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Rate?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["Rate"]>;
  /** Minimum packet size counted against the tokens. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MPUBytes?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["MPUBytes"]>;
  /** Highest rate at which the bucket may be emptied. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PeakRate?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["PeakRate"]>;
  /** Size of the peak-rate bucket. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MTUBytes?: ValueOf<(typeof networkSections)["TokenBucketFilter"]["MTUBytes"]>;
}

/** [PIE] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkPIEDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["PIE"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["PIE"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["PIE"]["PacketLimit"]>;
}

/** [FlowQueuePIE] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkFlowQueuePIEDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["FlowQueuePIE"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["FlowQueuePIE"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["FlowQueuePIE"]["PacketLimit"]>;
}

/** [StochasticFairBlue] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkStochasticFairBlueDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["StochasticFairBlue"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["StochasticFairBlue"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["StochasticFairBlue"]["PacketLimit"]>;
}

/** [StochasticFairnessQueueing] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkStochasticFairnessQueueingDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["StochasticFairnessQueueing"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["StochasticFairnessQueueing"]["Handle"]>;
  /** Interval at which the flow hashing is perturbed. */
  readonly PerturbPeriodSec?: ValueOf<(typeof networkSections)["StochasticFairnessQueueing"]["PerturbPeriodSec"]>;
}

/** [BFIFO] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkBFIFODirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["BFIFO"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["BFIFO"]["Handle"]>;
  /** Most bytes the FIFO holds. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly LimitBytes?: ValueOf<(typeof networkSections)["BFIFO"]["LimitBytes"]>;
}

/** [PFIFO] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkPFIFODirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["PFIFO"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["PFIFO"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["PFIFO"]["PacketLimit"]>;
}

/** [PFIFOHeadDrop] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkPFIFOHeadDropDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["PFIFOHeadDrop"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["PFIFOHeadDrop"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["PFIFOHeadDrop"]["PacketLimit"]>;
}

/** [PFIFOFast] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkPFIFOFastDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["PFIFOFast"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["PFIFOFast"]["Handle"]>;
}

/** [CAKE] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkCAKEDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["CAKE"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["CAKE"]["Handle"]>;
  /** Shaper bandwidth (bits per second, with K, M, G suffixes). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Bandwidth?: ValueOf<(typeof networkSections)["CAKE"]["Bandwidth"]>;
  /** Estimate the link capacity from incoming traffic. */
  readonly AutoRateIngress?: ValueOf<(typeof networkSections)["CAKE"]["AutoRateIngress"]>;
  /** Bytes added to (or removed from) each packet's size for shaping. */
  readonly OverheadBytes?: ValueOf<(typeof networkSections)["CAKE"]["OverheadBytes"]>;
  /** Minimum packet size used for shaping. */
  readonly MPUBytes?: ValueOf<(typeof networkSections)["CAKE"]["MPUBytes"]>;
  /** Link-layer overhead compensation: none, atm or ptm. */
  readonly CompensationMode?: ValueOf<(typeof networkSections)["CAKE"]["CompensationMode"]>;
  /** Use the packet size the kernel reports, ignoring offloads. */
  readonly UseRawPacketSize?: ValueOf<(typeof networkSections)["CAKE"]["UseRawPacketSize"]>;
  /** How flows are told apart: by host, flow, source or destination, … Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly FlowIsolationMode?: ValueOf<(typeof networkSections)["CAKE"]["FlowIsolationMode"]>;
  /** Look up NAT translations before isolating flows. */
  readonly NAT?: ValueOf<(typeof networkSections)["CAKE"]["NAT"]>;
  /** DiffServ preset that sorts traffic into tins. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PriorityQueueingPreset?: ValueOf<(typeof networkSections)["CAKE"]["PriorityQueueingPreset"]>;
  /** Firewall mark bits that override the tin choice. */
  readonly FirewallMark?: ValueOf<(typeof networkSections)["CAKE"]["FirewallMark"]>;
  /** Clear DSCP markings (except ECN) after using them. */
  readonly Wash?: ValueOf<(typeof networkSections)["CAKE"]["Wash"]>;
  /** Split segmentation-offload super packets into their segments. */
  readonly SplitGSO?: ValueOf<(typeof networkSections)["CAKE"]["SplitGSO"]>;
  /** systemd 253+: Round-trip time CAKE assumes for the link (e.g. "100ms" on the internet). */
  readonly RTTSec?: ValueOf<(typeof networkSections)["CAKE"]["RTTSec"]>;
  /** systemd 253+: Drop redundant TCP ACKs queued in each flow: true, false or "aggressive". */
  readonly AckFilter?: ValueOf<(typeof networkSections)["CAKE"]["AckFilter"]>;
}

/** [ControlledDelay] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkControlledDelayDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["ControlledDelay"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["ControlledDelay"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["ControlledDelay"]["PacketLimit"]>;
  /** Acceptable standing queue delay. */
  readonly TargetSec?: ValueOf<(typeof networkSections)["ControlledDelay"]["TargetSec"]>;
  /** Interval over which the minimum delay is measured. */
  readonly IntervalSec?: ValueOf<(typeof networkSections)["ControlledDelay"]["IntervalSec"]>;
  /** Mark packets with ECN instead of dropping them. */
  readonly ECN?: ValueOf<(typeof networkSections)["ControlledDelay"]["ECN"]>;
  /** Delay above which packets are marked congestion experienced. */
  readonly CEThresholdSec?: ValueOf<(typeof networkSections)["ControlledDelay"]["CEThresholdSec"]>;
}

/** [DeficitRoundRobinScheduler] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDeficitRoundRobinSchedulerDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["DeficitRoundRobinScheduler"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["DeficitRoundRobinScheduler"]["Handle"]>;
}

/** [DeficitRoundRobinSchedulerClass] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkDeficitRoundRobinSchedulerClassDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["DeficitRoundRobinSchedulerClass"]["Parent"]>;
  /** This class's identifier, "major:minor" in hexadecimal. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly ClassId?: ValueOf<(typeof networkSections)["DeficitRoundRobinSchedulerClass"]["ClassId"]>;
  /** Bytes a flow may send per round. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly QuantumBytes?: ValueOf<(typeof networkSections)["DeficitRoundRobinSchedulerClass"]["QuantumBytes"]>;
}

/** [EnhancedTransmissionSelection] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkEnhancedTransmissionSelectionDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["EnhancedTransmissionSelection"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["EnhancedTransmissionSelection"]["Handle"]>;
  /** Number of bands (1-16). */
  readonly Bands?: ValueOf<(typeof networkSections)["EnhancedTransmissionSelection"]["Bands"]>;
  /** Number of bands served in strict priority order. */
  readonly StrictBands?: ValueOf<(typeof networkSections)["EnhancedTransmissionSelection"]["StrictBands"]>;
  /** Bytes per round for each bandwidth-sharing band. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly QuantumBytes?: ValueOf<(typeof networkSections)["EnhancedTransmissionSelection"]["QuantumBytes"]>;
  /** Band for each of the 16 packet priorities. */
  readonly PriorityMap?: ValueOf<(typeof networkSections)["EnhancedTransmissionSelection"]["PriorityMap"]>;
}

/** [GenericRandomEarlyDetection] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkGenericRandomEarlyDetectionDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["GenericRandomEarlyDetection"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["GenericRandomEarlyDetection"]["Handle"]>;
  /** Number of virtual queues (1-16). */
  readonly VirtualQueues?: ValueOf<(typeof networkSections)["GenericRandomEarlyDetection"]["VirtualQueues"]>;
  /** Virtual queue for packets without a matching priority. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DefaultVirtualQueue?: ValueOf<(typeof networkSections)["GenericRandomEarlyDetection"]["DefaultVirtualQueue"]>;
  /** Use the RIO-like buffering scheme. */
  readonly GenericRIO?: ValueOf<(typeof networkSections)["GenericRandomEarlyDetection"]["GenericRIO"]>;
}

/** [FairQueueingControlledDelay] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkFairQueueingControlledDelayDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["PacketLimit"]>;
  /** Most bytes all queues hold together. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MemoryLimitBytes?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["MemoryLimitBytes"]>;
  /** Number of flow buckets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Flows?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["Flows"]>;
  /** Acceptable standing queue delay. */
  readonly TargetSec?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["TargetSec"]>;
  /** Interval over which the minimum delay is measured. */
  readonly IntervalSec?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["IntervalSec"]>;
  /** Bytes a flow may send per round. */
  readonly QuantumBytes?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["QuantumBytes"]>;
  /** Mark packets with ECN instead of dropping them. */
  readonly ECN?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["ECN"]>;
  /** Delay above which packets are marked congestion experienced. */
  readonly CEThresholdSec?: ValueOf<(typeof networkSections)["FairQueueingControlledDelay"]["CEThresholdSec"]>;
}

/** [FairQueueing] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkFairQueueingDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["FairQueueing"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["FairQueueing"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["FairQueueing"]["PacketLimit"]>;
  /** Most packets queued per flow. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly FlowLimit?: ValueOf<(typeof networkSections)["FairQueueing"]["FlowLimit"]>;
  /** Bytes a flow may send per round. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly QuantumBytes?: ValueOf<(typeof networkSections)["FairQueueing"]["QuantumBytes"]>;
  /** Bytes a new flow may send in its first round. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly InitialQuantumBytes?: ValueOf<(typeof networkSections)["FairQueueing"]["InitialQuantumBytes"]>;
  /** Highest sending rate of one flow. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MaximumRate?: ValueOf<(typeof networkSections)["FairQueueing"]["MaximumRate"]>;
  /** Size of the flow hash table. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Buckets?: ValueOf<(typeof networkSections)["FairQueueing"]["Buckets"]>;
  /** Mask for hashing packets not owned by a socket. */
  readonly OrphanMask?: ValueOf<(typeof networkSections)["FairQueueing"]["OrphanMask"]>;
  /** Pace flows at their sending rate. */
  readonly Pacing?: ValueOf<(typeof networkSections)["FairQueueing"]["Pacing"]>;
  /** Delay above which packets are marked congestion experienced. */
  readonly CEThresholdSec?: ValueOf<(typeof networkSections)["FairQueueing"]["CEThresholdSec"]>;
}

/** [TrivialLinkEqualizer] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkTrivialLinkEqualizerDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["TrivialLinkEqualizer"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["TrivialLinkEqualizer"]["Handle"]>;
  /** Number N of the teqlN device the link joins. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Id?: ValueOf<(typeof networkSections)["TrivialLinkEqualizer"]["Id"]>;
}

/** [HierarchyTokenBucket] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkHierarchyTokenBucketDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["HierarchyTokenBucket"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["HierarchyTokenBucket"]["Handle"]>;
  /** Minor id (hex) of the class that gets unclassified traffic. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DefaultClass?: ValueOf<(typeof networkSections)["HierarchyTokenBucket"]["DefaultClass"]>;
  /** Divisor turning a class's rate into its round-robin quantum. */
  readonly RateToQuantum?: ValueOf<(typeof networkSections)["HierarchyTokenBucket"]["RateToQuantum"]>;
}

/** [HierarchyTokenBucketClass] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkHierarchyTokenBucketClassDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["Parent"]>;
  /** This class's identifier, "major:minor" in hexadecimal. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly ClassId?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["ClassId"]>;
  /** Priority of the class; lower is served first. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Priority?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["Priority"]>;
  /** Bytes served from this leaf at once. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly QuantumBytes?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["QuantumBytes"]>;
  /** Largest packet size the class creates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MTUBytes?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["MTUBytes"]>;
  /** Per-packet overhead counted in rate calculations. */
  readonly OverheadBytes?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["OverheadBytes"]>;
  /** Rate guaranteed to the class and its children. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Rate?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["Rate"]>;
  /** Highest rate the class may borrow up to. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly CeilRate?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["CeilRate"]>;
  /** Burst that may accumulate at Rate=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly BufferBytes?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["BufferBytes"]>;
  /** Burst that may accumulate at CeilRate=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly CeilBufferBytes?: ValueOf<(typeof networkSections)["HierarchyTokenBucketClass"]["CeilBufferBytes"]>;
}

/** [ClassfulMultiQueueing] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkClassfulMultiQueueingDirectives {
  /** systemd 262+: Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". */
  readonly Parent?: ValueOf<(typeof networkSections)["ClassfulMultiQueueing"]["Parent"]>;
  /** systemd 262+: Major number of this queueing discipline's handle (hexadecimal). */
  readonly Handle?: ValueOf<(typeof networkSections)["ClassfulMultiQueueing"]["Handle"]>;
}

/** [BandMultiQueueing] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkBandMultiQueueingDirectives {
  /** systemd 262+: Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". */
  readonly Parent?: ValueOf<(typeof networkSections)["BandMultiQueueing"]["Parent"]>;
  /** systemd 262+: Major number of this queueing discipline's handle (hexadecimal). */
  readonly Handle?: ValueOf<(typeof networkSections)["BandMultiQueueing"]["Handle"]>;
}

/** [HeavyHitterFilter] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkHeavyHitterFilterDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["HeavyHitterFilter"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["HeavyHitterFilter"]["Handle"]>;
  /** Most packets the queue holds; more are dropped. */
  readonly PacketLimit?: ValueOf<(typeof networkSections)["HeavyHitterFilter"]["PacketLimit"]>;
}

/** [QuickFairQueueing] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkQuickFairQueueingDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["QuickFairQueueing"]["Parent"]>;
  /** Major number of this queueing discipline's handle (hexadecimal). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Handle?: ValueOf<(typeof networkSections)["QuickFairQueueing"]["Handle"]>;
}

/** [QuickFairQueueingClass] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkQuickFairQueueingClassDirectives {
  /** Where this queueing discipline or class attaches: "root", "clsact", "ingress" or a class id "major:minor". Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Parent?: ValueOf<(typeof networkSections)["QuickFairQueueingClass"]["Parent"]>;
  /** This class's identifier, "major:minor" in hexadecimal. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly ClassId?: ValueOf<(typeof networkSections)["QuickFairQueueingClass"]["ClassId"]>;
  /** Weight of the class (1-1023). */
  readonly Weight?: ValueOf<(typeof networkSections)["QuickFairQueueingClass"]["Weight"]>;
  /** Largest packet the class sends. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MaxPacketBytes?: ValueOf<(typeof networkSections)["QuickFairQueueingClass"]["MaxPacketBytes"]>;
}

/** [BridgeVLAN] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkBridgeVLANDirectives {
  /** VLAN ID (or range M-N) allowed on the bridge port. */
  readonly VLAN?: ValueOf<(typeof networkSections)["BridgeVLAN"]["VLAN"]>;
  /** VLAN ID (or range) whose frames leave the port untagged. */
  readonly EgressUntagged?: ValueOf<(typeof networkSections)["BridgeVLAN"]["EgressUntagged"]>;
  /** VLAN ID given to untagged frames arriving on the port. */
  readonly PVID?: ValueOf<(typeof networkSections)["BridgeVLAN"]["PVID"]>;
}

/** [MobileNetwork] of systemd-networkd .network file (systemd.network(5)) */
export interface NetworkMobileNetworkDirectives {
  /** systemd 260+: Access point name of the mobile network gateway; nothing connects without it. */
  readonly APN?: ValueOf<(typeof networkSections)["MobileNetwork"]["APN"]>;
  /** systemd 260+: Space-separated authentication methods: none, pap, chap, mschap, mschapv2, eap. */
  readonly AllowedAuthenticationMechanisms?: ValueOf<(typeof networkSections)["MobileNetwork"]["AllowedAuthenticationMechanisms"]>;
  /** systemd 260+: User name the mobile network requires, if any. */
  readonly User?: ValueOf<(typeof networkSections)["MobileNetwork"]["User"]>;
  /** systemd 260+: Password the mobile network requires, if any. */
  readonly Password?: ValueOf<(typeof networkSections)["MobileNetwork"]["Password"]>;
  /** systemd 260+: Addresses to request: "ipv4", "ipv6", "both" or "any". */
  readonly IPFamily?: ValueOf<(typeof networkSections)["MobileNetwork"]["IPFamily"]>;
  /** systemd 260+: Allow connecting while roaming. */
  readonly AllowRoaming?: ValueOf<(typeof networkSections)["MobileNetwork"]["AllowRoaming"]>;
  /** systemd 260+: PIN that unlocks the SIM. */
  readonly PIN?: ValueOf<(typeof networkSections)["MobileNetwork"]["PIN"]>;
  /** systemd 260+: MCC-MNC of the network to register with. */
  readonly OperatorId?: ValueOf<(typeof networkSections)["MobileNetwork"]["OperatorId"]>;
  /** systemd 260+: Metric of the routes the mobile network provides. */
  readonly RouteMetric?: ValueOf<(typeof networkSections)["MobileNetwork"]["RouteMetric"]>;
  /** systemd 260+: Use the mobile network's router as the default gateway. */
  readonly UseGateway?: ValueOf<(typeof networkSections)["MobileNetwork"]["UseGateway"]>;
}

/** [Match] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevMatchDirectives {
  /** Create the netdev only on a machine with this hostname or machine ID. */
  readonly Host?: ValueOf<(typeof netdevSections)["Match"]["Host"]>;
  /** Create the netdev only in (or not in) this kind of virtualization. */
  readonly Virtualization?: ValueOf<(typeof netdevSections)["Match"]["Virtualization"]>;
  /** Create the netdev only when the kernel command line has this option. */
  readonly KernelCommandLine?: ValueOf<(typeof netdevSections)["Match"]["KernelCommandLine"]>;
  /** Create the netdev only when the kernel release compares as given. */
  readonly KernelVersion?: ValueOf<(typeof netdevSections)["Match"]["KernelVersion"]>;
  /** systemd 258+: Match if a version ("kernel", "systemd" or "glibc") satisfies the expression, as ConditionVersion=; "!" negates. */
  readonly Version?: ValueOf<(typeof netdevSections)["Match"]["Version"]>;
  /** Create the netdev only when systemd-networkd received this credential. */
  readonly Credential?: ValueOf<(typeof netdevSections)["Match"]["Credential"]>;
  /** Create the netdev only on this CPU architecture. */
  readonly Architecture?: ValueOf<(typeof netdevSections)["Match"]["Architecture"]>;
  /** Create the netdev only with this firmware. */
  readonly Firmware?: ValueOf<(typeof netdevSections)["Match"]["Firmware"]>;
  /** systemd 262+: Match if one of the machine's tags matches this glob, as ConditionMachineTag=; "!" negates. */
  readonly MachineTag?: ValueOf<(typeof netdevSections)["Match"]["MachineTag"]>;
}

/** [NetDev] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevNetDevDirectives {
  /** Free-form description of the netdev. */
  readonly Description?: ValueOf<(typeof netdevSections)["NetDev"]["Description"]>;
  /** Interface name of the netdev to create (required). */
  readonly Name?: ValueOf<(typeof netdevSections)["NetDev"]["Name"]>;
  /** Kind of netdev to create: bridge, bond, vlan, wireguard, veth, … (required). */
  readonly Kind?: ValueOf<(typeof netdevSections)["NetDev"]["Kind"]>;
  /** MTU of the netdev, in bytes. */
  readonly MTUBytes?: ValueOf<(typeof netdevSections)["NetDev"]["MTUBytes"]>;
  /** Hardware address of the netdev ("none": leave it to the kernel). */
  readonly MACAddress?: ValueOf<(typeof netdevSections)["NetDev"]["MACAddress"]>;
}

/** [Bridge] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevBridgeDirectives {
  /** Interval between spanning tree hello packets. */
  readonly HelloTimeSec?: ValueOf<(typeof netdevSections)["Bridge"]["HelloTimeSec"]>;
  /** How long a spanning tree hello stays valid. */
  readonly MaxAgeSec?: ValueOf<(typeof netdevSections)["Bridge"]["MaxAgeSec"]>;
  /** Time spent in the listening and learning states before forwarding. */
  readonly ForwardDelaySec?: ValueOf<(typeof netdevSections)["Bridge"]["ForwardDelaySec"]>;
  /** How long a learned MAC address stays in the forwarding database. */
  readonly AgeingTimeSec?: ValueOf<(typeof netdevSections)["Bridge"]["AgeingTimeSec"]>;
  /** Spanning tree priority of the bridge (lower wins the root election). */
  readonly Priority?: ValueOf<(typeof netdevSections)["Bridge"]["Priority"]>;
  /** Bit mask of link-local group addresses the bridge forwards. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly GroupForwardMask?: ValueOf<(typeof netdevSections)["Bridge"]["GroupForwardMask"]>;
  /** VLAN ID given to untagged frames on new ports ("none" for none). */
  readonly DefaultPVID?: ValueOf<(typeof netdevSections)["Bridge"]["DefaultPVID"]>;
  /** Let the bridge send IGMP/MLD queries itself. */
  readonly MulticastQuerier?: ValueOf<(typeof netdevSections)["Bridge"]["MulticastQuerier"]>;
  /** Snoop IGMP/MLD to forward multicast only where it is wanted. */
  readonly MulticastSnooping?: ValueOf<(typeof netdevSections)["Bridge"]["MulticastSnooping"]>;
  /** Filter frames by VLAN on the bridge's ports. */
  readonly VLANFiltering?: ValueOf<(typeof netdevSections)["Bridge"]["VLANFiltering"]>;
  /** VLAN protocol of the bridge: 802.1q or 802.1ad. */
  readonly VLANProtocol?: ValueOf<(typeof netdevSections)["Bridge"]["VLANProtocol"]>;
  /** Run the spanning tree protocol. */
  readonly STP?: ValueOf<(typeof netdevSections)["Bridge"]["STP"]>;
  /** IGMP version the bridge speaks (2 or 3). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MulticastIGMPVersion?: ValueOf<(typeof netdevSections)["Bridge"]["MulticastIGMPVersion"]>;
  /** systemd 257+: Most hardware addresses the bridge learns (0: no limit). */
  readonly FDBMaxLearned?: ValueOf<(typeof netdevSections)["Bridge"]["FDBMaxLearned"]>;
  /** systemd 258+: Learn source addresses from link-local frames. */
  readonly LinkLocalLearning?: ValueOf<(typeof netdevSections)["Bridge"]["LinkLocalLearning"]>;
}

/** [VLAN] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevVLANDirectives {
  /** VLAN ID (0-4094, required). */
  readonly Id?: ValueOf<(typeof netdevSections)["VLAN"]["Id"]>;
  /** VLAN protocol: 802.1q or 802.1ad. */
  readonly Protocol?: ValueOf<(typeof netdevSections)["VLAN"]["Protocol"]>;
  /** Register the VLAN with GVRP. */
  readonly GVRP?: ValueOf<(typeof netdevSections)["VLAN"]["GVRP"]>;
  /** Register the VLAN with MVRP. */
  readonly MVRP?: ValueOf<(typeof netdevSections)["VLAN"]["MVRP"]>;
  /** Do not follow the operational state of the underlying device. */
  readonly LooseBinding?: ValueOf<(typeof netdevSections)["VLAN"]["LooseBinding"]>;
  /** Reorder the VLAN header so the device looks like plain Ethernet. */
  readonly ReorderHeader?: ValueOf<(typeof netdevSections)["VLAN"]["ReorderHeader"]>;
  /** Maps from packet priority to VLAN priority for sent frames ("from-to"). */
  readonly EgressQOSMaps?: ValueOf<(typeof netdevSections)["VLAN"]["EgressQOSMaps"]>;
  /** Maps from VLAN priority to packet priority for received frames ("from-to"). */
  readonly IngressQOSMaps?: ValueOf<(typeof netdevSections)["VLAN"]["IngressQOSMaps"]>;
}

/** [MACVLAN] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevMACVLANDirectives {
  /** MACVLAN mode: private, vepa, bridge, passthru or source. */
  readonly Mode?: ValueOf<(typeof netdevSections)["MACVLAN"]["Mode"]>;
  /** Source MAC addresses accepted in "source" mode. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly SourceMACAddress?: ValueOf<(typeof netdevSections)["MACVLAN"]["SourceMACAddress"]>;
  /** Length of the broadcast and multicast receive queue. */
  readonly BroadcastMulticastQueueLength?: ValueOf<(typeof netdevSections)["MACVLAN"]["BroadcastMulticastQueueLength"]>;
  /** systemd 256+: Queue multicast as broadcast once more devices than this use the macvlan, or "no" to never. */
  readonly BroadcastQueueThreshold?: ValueOf<(typeof netdevSections)["MACVLAN"]["BroadcastQueueThreshold"]>;
}

/** [MACVTAP] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevMACVTAPDirectives {
  /** MACVTAP mode: private, vepa, bridge, passthru or source. */
  readonly Mode?: ValueOf<(typeof netdevSections)["MACVTAP"]["Mode"]>;
  /** Source MAC addresses accepted in "source" mode. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly SourceMACAddress?: ValueOf<(typeof netdevSections)["MACVTAP"]["SourceMACAddress"]>;
  /** Length of the broadcast and multicast receive queue. */
  readonly BroadcastMulticastQueueLength?: ValueOf<(typeof netdevSections)["MACVTAP"]["BroadcastMulticastQueueLength"]>;
  /** systemd 256+: Queue multicast as broadcast once more devices than this use the macvtap, or "no" to never. */
  readonly BroadcastQueueThreshold?: ValueOf<(typeof netdevSections)["MACVTAP"]["BroadcastQueueThreshold"]>;
}

/** [IPVLAN] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevIPVLANDirectives {
  /** IPVLAN mode: L2, L3 or L3S. */
  readonly Mode?: ValueOf<(typeof netdevSections)["IPVLAN"]["Mode"]>;
  /** IPVLAN flags: bridge, private or vepa. */
  readonly Flags?: ValueOf<(typeof netdevSections)["IPVLAN"]["Flags"]>;
}

/** [IPVTAP] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevIPVTAPDirectives {
  /** IPVTAP mode: L2, L3 or L3S. */
  readonly Mode?: ValueOf<(typeof netdevSections)["IPVTAP"]["Mode"]>;
  /** IPVTAP flags: bridge, private or vepa. */
  readonly Flags?: ValueOf<(typeof netdevSections)["IPVTAP"]["Flags"]>;
}

/** [VXLAN] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevVXLANDirectives {
  /** VXLAN network identifier. */
  readonly VNI?: ValueOf<(typeof netdevSections)["VXLAN"]["VNI"]>;
  /** Unicast address of the remote VXLAN endpoint. */
  readonly Remote?: ValueOf<(typeof netdevSections)["VXLAN"]["Remote"]>;
  /** Local source address of VXLAN packets, or a keyword choosing a dynamic one. */
  readonly Local?: ValueOf<(typeof netdevSections)["VXLAN"]["Local"]>;
  /** Multicast group the VXLAN device joins. */
  readonly Group?: ValueOf<(typeof netdevSections)["VXLAN"]["Group"]>;
  /** Type-of-service value of VXLAN packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TOS?: ValueOf<(typeof netdevSections)["VXLAN"]["TOS"]>;
  /** Time to live of VXLAN packets ("inherit" or 0-255). */
  readonly TTL?: ValueOf<(typeof netdevSections)["VXLAN"]["TTL"]>;
  /** Learn remote MAC addresses from received packets. */
  readonly MacLearning?: ValueOf<(typeof netdevSections)["VXLAN"]["MacLearning"]>;
  /** How long learned forwarding entries stay. */
  readonly FDBAgeingSec?: ValueOf<(typeof netdevSections)["VXLAN"]["FDBAgeingSec"]>;
  /** Most forwarding database entries. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MaximumFDBEntries?: ValueOf<(typeof netdevSections)["VXLAN"]["MaximumFDBEntries"]>;
  /** Answer ARP requests from the forwarding database (ARP proxy). */
  readonly ReduceARPProxy?: ValueOf<(typeof netdevSections)["VXLAN"]["ReduceARPProxy"]>;
  /** Notify user space about link-layer lookup misses. */
  readonly L2MissNotification?: ValueOf<(typeof netdevSections)["VXLAN"]["L2MissNotification"]>;
  /** Notify user space about IP lookup misses. */
  readonly L3MissNotification?: ValueOf<(typeof netdevSections)["VXLAN"]["L3MissNotification"]>;
  /** Enable route short-circuiting. */
  readonly RouteShortCircuit?: ValueOf<(typeof netdevSections)["VXLAN"]["RouteShortCircuit"]>;
  /** Compute UDP checksums of IPv4 VXLAN packets. */
  readonly UDPChecksum?: ValueOf<(typeof netdevSections)["VXLAN"]["UDPChecksum"]>;
  /** Send IPv6 VXLAN packets with a zero UDP checksum. */
  readonly UDP6ZeroChecksumTx?: ValueOf<(typeof netdevSections)["VXLAN"]["UDP6ZeroChecksumTx"]>;
  /** Accept IPv6 VXLAN packets with a zero UDP checksum. */
  readonly UDP6ZeroChecksumRx?: ValueOf<(typeof netdevSections)["VXLAN"]["UDP6ZeroChecksumRx"]>;
  /** Offload checksums to the remote end when sending. */
  readonly RemoteChecksumTx?: ValueOf<(typeof netdevSections)["VXLAN"]["RemoteChecksumTx"]>;
  /** Accept remote checksum offload when receiving. */
  readonly RemoteChecksumRx?: ValueOf<(typeof netdevSections)["VXLAN"]["RemoteChecksumRx"]>;
  /** Enable the group policy extension (VXLAN-GBP). */
  readonly GroupPolicyExtension?: ValueOf<(typeof netdevSections)["VXLAN"]["GroupPolicyExtension"]>;
  /** Enable the generic protocol extension (VXLAN-GPE). */
  readonly GenericProtocolExtension?: ValueOf<(typeof netdevSections)["VXLAN"]["GenericProtocolExtension"]>;
  /** UDP destination port of VXLAN packets. */
  readonly DestinationPort?: ValueOf<(typeof netdevSections)["VXLAN"]["DestinationPort"]>;
  /** Range of UDP source ports used ("low-high"). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PortRange?: ValueOf<(typeof netdevSections)["VXLAN"]["PortRange"]>;
  /** IPv6 flow label of VXLAN packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly FlowLabel?: ValueOf<(typeof netdevSections)["VXLAN"]["FlowLabel"]>;
  /** Set the don't-fragment bit, clear it, or inherit it from the inner packet. */
  readonly IPDoNotFragment?: ValueOf<(typeof netdevSections)["VXLAN"]["IPDoNotFragment"]>;
  /** Create the device without an underlying interface. */
  readonly Independent?: ValueOf<(typeof netdevSections)["VXLAN"]["Independent"]>;
  /** systemd 258+: Let an external control plane (such as EVPN) drive the VXLAN device. */
  readonly External?: ValueOf<(typeof netdevSections)["VXLAN"]["External"]>;
  /** systemd 258+: Filter on the VXLAN network identifier (needs External=). */
  readonly VNIFilter?: ValueOf<(typeof netdevSections)["VXLAN"]["VNIFilter"]>;
}

/** [GENEVE] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevGENEVEDirectives {
  /** Virtual network identifier (VNI) of the GENEVE device. */
  readonly Id?: ValueOf<(typeof netdevSections)["GENEVE"]["Id"]>;
  /** Address of the remote GENEVE endpoint. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Remote?: ValueOf<(typeof netdevSections)["GENEVE"]["Remote"]>;
  /** Type-of-service value of GENEVE packets. */
  readonly TOS?: ValueOf<(typeof netdevSections)["GENEVE"]["TOS"]>;
  /** Time to live of GENEVE packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TTL?: ValueOf<(typeof netdevSections)["GENEVE"]["TTL"]>;
  /** Compute UDP checksums of IPv4 GENEVE packets. */
  readonly UDPChecksum?: ValueOf<(typeof netdevSections)["GENEVE"]["UDPChecksum"]>;
  /** Send IPv6 GENEVE packets with a zero UDP checksum. */
  readonly UDP6ZeroChecksumTx?: ValueOf<(typeof netdevSections)["GENEVE"]["UDP6ZeroChecksumTx"]>;
  /** Accept IPv6 GENEVE packets with a zero UDP checksum. */
  readonly UDP6ZeroChecksumRx?: ValueOf<(typeof netdevSections)["GENEVE"]["UDP6ZeroChecksumRx"]>;
  /** UDP destination port of GENEVE packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly DestinationPort?: ValueOf<(typeof netdevSections)["GENEVE"]["DestinationPort"]>;
  /** IPv6 flow label of GENEVE packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly FlowLabel?: ValueOf<(typeof netdevSections)["GENEVE"]["FlowLabel"]>;
  /** Set the don't-fragment bit, clear it, or inherit it. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly IPDoNotFragment?: ValueOf<(typeof netdevSections)["GENEVE"]["IPDoNotFragment"]>;
  /** systemd 254+: Put the inner layer 3 protocol in the GENEVE header instead of Ethernet. */
  readonly InheritInnerProtocol?: ValueOf<(typeof netdevSections)["GENEVE"]["InheritInnerProtocol"]>;
}

/** [HSR] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevHSRDirectives {
  /** systemd 258+: The two interfaces the HSR or PRP device sends every frame on. */
  readonly Ports?: ValueOf<(typeof netdevSections)["HSR"]["Ports"]>;
  /** systemd 258+: Redundancy protocol: "hsr" or "prp". */
  readonly Protocol?: ValueOf<(typeof netdevSections)["HSR"]["Protocol"]>;
  /** systemd 258+: Last byte of the destination address of supervision frames, 0 to 255. */
  readonly Supervision?: ValueOf<(typeof netdevSections)["HSR"]["Supervision"]>;
}

/** [BareUDP] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevBareUDPDirectives {
  /** UDP destination port of the tunnel. */
  readonly DestinationPort?: ValueOf<(typeof netdevSections)["BareUDP"]["DestinationPort"]>;
  /** Protocol carried: ipv4, ipv6, mpls-uc or mpls-mc. */
  readonly EtherType?: ValueOf<(typeof netdevSections)["BareUDP"]["EtherType"]>;
  /** systemd 257+: Lowest UDP source port of the tunnel. */
  readonly MinSourcePort?: ValueOf<(typeof netdevSections)["BareUDP"]["MinSourcePort"]>;
}

/** [L2TP] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevL2TPDirectives {
  /** Local tunnel ID. */
  readonly TunnelId?: ValueOf<(typeof netdevSections)["L2TP"]["TunnelId"]>;
  /** Tunnel ID of the peer. */
  readonly PeerTunnelId?: ValueOf<(typeof netdevSections)["L2TP"]["PeerTunnelId"]>;
  /** Address of the peer. */
  readonly Remote?: ValueOf<(typeof netdevSections)["L2TP"]["Remote"]>;
  /** Local address of the tunnel, or a keyword choosing a dynamic one. */
  readonly Local?: ValueOf<(typeof netdevSections)["L2TP"]["Local"]>;
  /** Encapsulation: udp or ip. */
  readonly EncapsulationType?: ValueOf<(typeof netdevSections)["L2TP"]["EncapsulationType"]>;
  /** Local UDP port (udp encapsulation). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly UDPSourcePort?: ValueOf<(typeof netdevSections)["L2TP"]["UDPSourcePort"]>;
  /** Peer's UDP port (udp encapsulation). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly UDPDestinationPort?: ValueOf<(typeof netdevSections)["L2TP"]["UDPDestinationPort"]>;
  /** systemd 262+: Compute UDP checksums of packets sent over IPv4 (the newer spelling of UDPCheckSum=). */
  readonly UDPChecksum?: ValueOf<(typeof netdevSections)["L2TP"]["UDPChecksum"]>;
  /** systemd 262+: Skip UDP checksums on packets sent over IPv6. */
  readonly UDP6ChecksumTx?: ValueOf<(typeof netdevSections)["L2TP"]["UDP6ChecksumTx"]>;
  /** systemd 262+: Accept packets received over IPv6 with a zero UDP checksum. */
  readonly UDP6ChecksumRx?: ValueOf<(typeof netdevSections)["L2TP"]["UDP6ChecksumRx"]>;
  /** Compute UDP checksums of IPv4 L2TP packets. */
  readonly UDPCheckSum?: ValueOf<(typeof netdevSections)["L2TP"]["UDPCheckSum"]>;
}

/** [L2TPSession] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevL2TPSessionDirectives {
  /** Interface name of the session. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Name?: ValueOf<(typeof netdevSections)["L2TPSession"]["Name"]>;
  /** Local session ID. */
  readonly SessionId?: ValueOf<(typeof netdevSections)["L2TPSession"]["SessionId"]>;
  /** Session ID of the peer. */
  readonly PeerSessionId?: ValueOf<(typeof netdevSections)["L2TPSession"]["PeerSessionId"]>;
  /** Layer-2 specific header type: none or default. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Layer2SpecificHeader?: ValueOf<(typeof netdevSections)["L2TPSession"]["Layer2SpecificHeader"]>;
}

/** [MACsec] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevMACsecDirectives {
  /** Port number of the secure channel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Port?: ValueOf<(typeof netdevSections)["MACsec"]["Port"]>;
  /** Encrypt the frames sent (otherwise only authenticate them). */
  readonly Encrypt?: ValueOf<(typeof netdevSections)["MACsec"]["Encrypt"]>;
}

/** [MACsecReceiveChannel] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevMACsecReceiveChannelDirectives {
  /** Port number of the peer's secure channel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Port?: ValueOf<(typeof netdevSections)["MACsecReceiveChannel"]["Port"]>;
  /** Hardware address of the peer. */
  readonly MACAddress?: ValueOf<(typeof netdevSections)["MACsecReceiveChannel"]["MACAddress"]>;
}

/** [MACsecTransmitAssociation] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevMACsecTransmitAssociationDirectives {
  /** Initial packet number. */
  readonly PacketNumber?: ValueOf<(typeof netdevSections)["MACsecTransmitAssociation"]["PacketNumber"]>;
  /** Identifier of the key. */
  readonly KeyId?: ValueOf<(typeof netdevSections)["MACsecTransmitAssociation"]["KeyId"]>;
  /** The key (128-bit hex); prefer KeyFile=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Key?: ValueOf<(typeof netdevSections)["MACsecTransmitAssociation"]["Key"]>;
  /** File holding the key. */
  readonly KeyFile?: ValueOf<(typeof netdevSections)["MACsecTransmitAssociation"]["KeyFile"]>;
  /** Make this association active. */
  readonly Activate?: ValueOf<(typeof netdevSections)["MACsecTransmitAssociation"]["Activate"]>;
  /** Use this association to encrypt outgoing frames. */
  readonly UseForEncoding?: ValueOf<(typeof netdevSections)["MACsecTransmitAssociation"]["UseForEncoding"]>;
}

/** [MACsecReceiveAssociation] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevMACsecReceiveAssociationDirectives {
  /** Port number of the peer's secure channel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Port?: ValueOf<(typeof netdevSections)["MACsecReceiveAssociation"]["Port"]>;
  /** Hardware address of the peer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MACAddress?: ValueOf<(typeof netdevSections)["MACsecReceiveAssociation"]["MACAddress"]>;
  /** Initial packet number. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PacketNumber?: ValueOf<(typeof netdevSections)["MACsecReceiveAssociation"]["PacketNumber"]>;
  /** Identifier of the key. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly KeyId?: ValueOf<(typeof netdevSections)["MACsecReceiveAssociation"]["KeyId"]>;
  /** The key (128-bit hex); prefer KeyFile=. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Key?: ValueOf<(typeof netdevSections)["MACsecReceiveAssociation"]["Key"]>;
  /** File holding the key. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly KeyFile?: ValueOf<(typeof netdevSections)["MACsecReceiveAssociation"]["KeyFile"]>;
  /** Make this association active. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Activate?: ValueOf<(typeof netdevSections)["MACsecReceiveAssociation"]["Activate"]>;
}

/** [Tunnel] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevTunnelDirectives {
  /** Run the tunnel in collect-metadata (external control) mode. */
  readonly External?: ValueOf<(typeof netdevSections)["Tunnel"]["External"]>;
  /** Local endpoint address, or a keyword choosing a dynamic one. */
  readonly Local?: ValueOf<(typeof netdevSections)["Tunnel"]["Local"]>;
  /** Remote endpoint address ("any" for none). */
  readonly Remote?: ValueOf<(typeof netdevSections)["Tunnel"]["Remote"]>;
  /** Type-of-service value of tunnel packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TOS?: ValueOf<(typeof netdevSections)["Tunnel"]["TOS"]>;
  /** Time to live of tunnel packets (0: inherit). */
  readonly TTL?: ValueOf<(typeof netdevSections)["Tunnel"]["TTL"]>;
  /** Discover the path MTU of the tunnel. */
  readonly DiscoverPathMTU?: ValueOf<(typeof netdevSections)["Tunnel"]["DiscoverPathMTU"]>;
  /** systemd 254+: Ignore the IPv4 Don't Fragment bit on the tunnel (GRE, GRETAP, ERSPAN). */
  readonly IgnoreDontFragment?: ValueOf<(typeof netdevSections)["Tunnel"]["IgnoreDontFragment"]>;
  /** IPv6 flow label of tunnel packets ("inherit" or a number). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly IPv6FlowLabel?: ValueOf<(typeof netdevSections)["Tunnel"]["IPv6FlowLabel"]>;
  /** Copy the DSCP field from the inner to the outer header. */
  readonly CopyDSCP?: ValueOf<(typeof netdevSections)["Tunnel"]["CopyDSCP"]>;
  /** Tunnel encapsulation limit option ("none" or 0-255). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly EncapsulationLimit?: ValueOf<(typeof netdevSections)["Tunnel"]["EncapsulationLimit"]>;
  /** Key for GRE or VTI tunnels (both directions). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Key?: ValueOf<(typeof netdevSections)["Tunnel"]["Key"]>;
  /** Key for received packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly InputKey?: ValueOf<(typeof netdevSections)["Tunnel"]["InputKey"]>;
  /** Key for sent packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly OutputKey?: ValueOf<(typeof netdevSections)["Tunnel"]["OutputKey"]>;
  /** ip6tnl mode: ip6ip6, ipip6 or any. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Mode?: ValueOf<(typeof netdevSections)["Tunnel"]["Mode"]>;
  /** Create the tunnel without an underlying interface. */
  readonly Independent?: ValueOf<(typeof netdevSections)["Tunnel"]["Independent"]>;
  /** Put the tunnel on the loopback device. */
  readonly AssignToLoopback?: ValueOf<(typeof netdevSections)["Tunnel"]["AssignToLoopback"]>;
  /** Allow a local address as remote endpoint. */
  readonly AllowLocalRemote?: ValueOf<(typeof netdevSections)["Tunnel"]["AllowLocalRemote"]>;
  /** Wrap the tunnel in FOU (foo-over-UDP) encapsulation. */
  readonly FooOverUDP?: ValueOf<(typeof netdevSections)["Tunnel"]["FooOverUDP"]>;
  /** UDP destination port of the FOU encapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly FOUDestinationPort?: ValueOf<(typeof netdevSections)["Tunnel"]["FOUDestinationPort"]>;
  /** UDP source port of the FOU encapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly FOUSourcePort?: ValueOf<(typeof netdevSections)["Tunnel"]["FOUSourcePort"]>;
  /** FOU encapsulation type: FooOverUDP or GenericUDPEncapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Encapsulation?: ValueOf<(typeof netdevSections)["Tunnel"]["Encapsulation"]>;
  /** 6RD prefix of a sit tunnel. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly IPv6RapidDeploymentPrefix?: ValueOf<(typeof netdevSections)["Tunnel"]["IPv6RapidDeploymentPrefix"]>;
  /** Make a sit tunnel an ISATAP tunnel. */
  readonly ISATAP?: ValueOf<(typeof netdevSections)["Tunnel"]["ISATAP"]>;
  /** Serialize tunnelled packets (GRE sequence numbers). */
  readonly SerializeTunneledPackets?: ValueOf<(typeof netdevSections)["Tunnel"]["SerializeTunneledPackets"]>;
  /** ERSPAN version (0, 1 or 2). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly ERSPANVersion?: ValueOf<(typeof netdevSections)["Tunnel"]["ERSPANVersion"]>;
  /** ERSPAN v1 index of the mirrored traffic's source port. */
  readonly ERSPANIndex?: ValueOf<(typeof netdevSections)["Tunnel"]["ERSPANIndex"]>;
  /** ERSPAN v2 direction of the mirrored traffic: ingress or egress. */
  readonly ERSPANDirection?: ValueOf<(typeof netdevSections)["Tunnel"]["ERSPANDirection"]>;
  /** ERSPAN v2 hardware identifier. */
  readonly ERSPANHardwareId?: ValueOf<(typeof netdevSections)["Tunnel"]["ERSPANHardwareId"]>;
}

/** [FooOverUDP] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevFooOverUDPDirectives {
  /** Encapsulation: FooOverUDP or GenericUDPEncapsulation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Encapsulation?: ValueOf<(typeof netdevSections)["FooOverUDP"]["Encapsulation"]>;
  /** UDP port listened on. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Port?: ValueOf<(typeof netdevSections)["FooOverUDP"]["Port"]>;
  /** UDP port of the peer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PeerPort?: ValueOf<(typeof netdevSections)["FooOverUDP"]["PeerPort"]>;
  /** IP protocol carried inside (number or name, e.g. "gre"). */
  readonly Protocol?: ValueOf<(typeof netdevSections)["FooOverUDP"]["Protocol"]>;
  /** Address of the peer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Peer?: ValueOf<(typeof netdevSections)["FooOverUDP"]["Peer"]>;
  /** Local address. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Local?: ValueOf<(typeof netdevSections)["FooOverUDP"]["Local"]>;
}

/** [Peer] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevPeerDirectives {
  /** Interface name of the other end of the veth pair. */
  readonly Name?: ValueOf<(typeof netdevSections)["Peer"]["Name"]>;
  /** Hardware address of the other end. */
  readonly MACAddress?: ValueOf<(typeof netdevSections)["Peer"]["MACAddress"]>;
}

/** [VXCAN] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevVXCANDirectives {
  /** Interface name of the other end of the vxcan pair. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Peer?: ValueOf<(typeof netdevSections)["VXCAN"]["Peer"]>;
}

/** [Tun] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevTunDirectives {
  /** Use several queues. */
  readonly MultiQueue?: ValueOf<(typeof netdevSections)["Tun"]["MultiQueue"]>;
  /** Prepend packet information to each packet. */
  readonly PacketInfo?: ValueOf<(typeof netdevSections)["Tun"]["PacketInfo"]>;
  /** Use the virtio net header (for offloads). */
  readonly VNetHeader?: ValueOf<(typeof netdevSections)["Tun"]["VNetHeader"]>;
  /** User allowed to open the device. */
  readonly User?: ValueOf<(typeof netdevSections)["Tun"]["User"]>;
  /** Group allowed to open the device. */
  readonly Group?: ValueOf<(typeof netdevSections)["Tun"]["Group"]>;
  /** Keep the carrier up while no program has the device open. */
  readonly KeepCarrier?: ValueOf<(typeof netdevSections)["Tun"]["KeepCarrier"]>;
}

/** [Tap] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevTapDirectives {
  /** Use several queues. */
  readonly MultiQueue?: ValueOf<(typeof netdevSections)["Tap"]["MultiQueue"]>;
  /** Prepend packet information to each packet. */
  readonly PacketInfo?: ValueOf<(typeof netdevSections)["Tap"]["PacketInfo"]>;
  /** Use the virtio net header (for offloads). */
  readonly VNetHeader?: ValueOf<(typeof netdevSections)["Tap"]["VNetHeader"]>;
  /** User allowed to open the device. */
  readonly User?: ValueOf<(typeof netdevSections)["Tap"]["User"]>;
  /** Group allowed to open the device. */
  readonly Group?: ValueOf<(typeof netdevSections)["Tap"]["Group"]>;
  /** Keep the carrier up while no program has the device open. */
  readonly KeepCarrier?: ValueOf<(typeof netdevSections)["Tap"]["KeepCarrier"]>;
}

/** [WireGuard] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevWireGuardDirectives {
  /** Private key of the interface, base64 (prefer PrivateKeyFile=). */
  readonly PrivateKey?: ValueOf<(typeof netdevSections)["WireGuard"]["PrivateKey"]>;
  /** File holding the interface's private key. */
  readonly PrivateKeyFile?: ValueOf<(typeof netdevSections)["WireGuard"]["PrivateKeyFile"]>;
  /** UDP port to listen on ("auto" picks one). */
  readonly ListenPort?: ValueOf<(typeof netdevSections)["WireGuard"]["ListenPort"]>;
  /** Firewall mark set on packets the interface sends. */
  readonly FirewallMark?: ValueOf<(typeof netdevSections)["WireGuard"]["FirewallMark"]>;
  /** Routing table for routes to the peers' AllowedIPs= ("off" for none). */
  readonly RouteTable?: ValueOf<(typeof netdevSections)["WireGuard"]["RouteTable"]>;
  /** Metric of the routes to the peers' AllowedIPs=. */
  readonly RouteMetric?: ValueOf<(typeof netdevSections)["WireGuard"]["RouteMetric"]>;
}

/** [WireGuardPeer] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevWireGuardPeerDirectives {
  /** Public key of the peer, base64 (required). */
  readonly PublicKey?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["PublicKey"]>;
  /** systemd 257+: File (or AF_UNIX socket) the peer's public key is read from, instead of PublicKey=. */
  readonly PublicKeyFile?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["PublicKeyFile"]>;
  /** Optional pre-shared key, base64 (prefer PresharedKeyFile=). */
  readonly PresharedKey?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["PresharedKey"]>;
  /** File holding the pre-shared key. */
  readonly PresharedKeyFile?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["PresharedKeyFile"]>;
  /** Prefixes the peer may send from and that are routed to it. */
  readonly AllowedIPs?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["AllowedIPs"]>;
  /** The peer's address and port, "host:port". */
  readonly Endpoint?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["Endpoint"]>;
  /** Seconds between keep-alive packets ("off" for none). */
  readonly PersistentKeepalive?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["PersistentKeepalive"]>;
  /** Routing table for this peer's AllowedIPs= routes. */
  readonly RouteTable?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["RouteTable"]>;
  /** Metric of this peer's AllowedIPs= routes. */
  readonly RouteMetric?: ValueOf<(typeof netdevSections)["WireGuardPeer"]["RouteMetric"]>;
}

/** [Bond] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevBondDirectives {
  /** Bonding mode: balance-rr, active-backup, balance-xor, broadcast, 802.3ad, balance-tlb or balance-alb. */
  readonly Mode?: ValueOf<(typeof netdevSections)["Bond"]["Mode"]>;
  /** How outgoing traffic is spread over the members. */
  readonly TransmitHashPolicy?: ValueOf<(typeof netdevSections)["Bond"]["TransmitHashPolicy"]>;
  /** LACP packet rate: slow or fast. */
  readonly LACPTransmitRate?: ValueOf<(typeof netdevSections)["Bond"]["LACPTransmitRate"]>;
  /** Interval between link state checks of the members. */
  readonly MIIMonitorSec?: ValueOf<(typeof netdevSections)["Bond"]["MIIMonitorSec"]>;
  /** systemd 256+: Delay between peer notifications after a failover, 0 to 300s. */
  readonly PeerNotifyDelaySec?: ValueOf<(typeof netdevSections)["Bond"]["PeerNotifyDelaySec"]>;
  /** Wait this long before using a member whose link came up. */
  readonly UpDelaySec?: ValueOf<(typeof netdevSections)["Bond"]["UpDelaySec"]>;
  /** Wait this long before dropping a member whose link went down. */
  readonly DownDelaySec?: ValueOf<(typeof netdevSections)["Bond"]["DownDelaySec"]>;
  /** Interval between learning packets (balance-alb, balance-tlb). */
  readonly LearnPacketIntervalSec?: ValueOf<(typeof netdevSections)["Bond"]["LearnPacketIntervalSec"]>;
  /** 802.3ad aggregator selection: stable, bandwidth or count. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly AdSelect?: ValueOf<(typeof netdevSections)["Bond"]["AdSelect"]>;
  /** 802.3ad system priority. */
  readonly AdActorSystemPriority?: ValueOf<(typeof netdevSections)["Bond"]["AdActorSystemPriority"]>;
  /** 802.3ad user port key. */
  readonly AdUserPortKey?: ValueOf<(typeof netdevSections)["Bond"]["AdUserPortKey"]>;
  /** 802.3ad system MAC address. */
  readonly AdActorSystem?: ValueOf<(typeof netdevSections)["Bond"]["AdActorSystem"]>;
  /** How member MAC addresses are set on failover: none, active or follow. */
  readonly FailOverMACPolicy?: ValueOf<(typeof netdevSections)["Bond"]["FailOverMACPolicy"]>;
  /** Whether ARP probes and replies are validated. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly ARPValidate?: ValueOf<(typeof netdevSections)["Bond"]["ARPValidate"]>;
  /** Interval between ARP monitoring probes. */
  readonly ARPIntervalSec?: ValueOf<(typeof netdevSections)["Bond"]["ARPIntervalSec"]>;
  /** Addresses probed by ARP monitoring. */
  readonly ARPIPTargets?: ValueOf<(typeof netdevSections)["Bond"]["ARPIPTargets"]>;
  /** Whether any or all ARP targets must answer. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly ARPAllTargets?: ValueOf<(typeof netdevSections)["Bond"]["ARPAllTargets"]>;
  /** When the primary member becomes active again. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PrimaryReselectPolicy?: ValueOf<(typeof netdevSections)["Bond"]["PrimaryReselectPolicy"]>;
  /** IGMP membership reports sent after a failover. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly ResendIGMP?: ValueOf<(typeof netdevSections)["Bond"]["ResendIGMP"]>;
  /** Packets sent through a member before moving to the next (balance-rr). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PacketsPerSlave?: ValueOf<(typeof netdevSections)["Bond"]["PacketsPerSlave"]>;
  /** Gratuitous ARP packets sent after a failover. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly GratuitousARP?: ValueOf<(typeof netdevSections)["Bond"]["GratuitousARP"]>;
  /** Deliver duplicate frames received on inactive members. */
  readonly AllSlavesActive?: ValueOf<(typeof netdevSections)["Bond"]["AllSlavesActive"]>;
  /** Balance transmit load dynamically (balance-tlb). */
  readonly DynamicTransmitLoadBalancing?: ValueOf<(typeof netdevSections)["Bond"]["DynamicTransmitLoadBalancing"]>;
  /** Members that must be up for the bond to have a carrier. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MinLinks?: ValueOf<(typeof netdevSections)["Bond"]["MinLinks"]>;
  /** systemd 256+: Missed ARP monitor replies after which a link counts as down. */
  readonly ARPMissedMax?: ValueOf<(typeof netdevSections)["Bond"]["ARPMissedMax"]>;
}

/** [Xfrm] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevXfrmDirectives {
  /** Interface ID that ties IPsec policies to this device. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly InterfaceId?: ValueOf<(typeof netdevSections)["Xfrm"]["InterfaceId"]>;
  /** Create the device without an underlying interface. */
  readonly Independent?: ValueOf<(typeof netdevSections)["Xfrm"]["Independent"]>;
}

/** [VRF] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevVRFDirectives {
  /** Routing table of the VRF. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Table?: ValueOf<(typeof netdevSections)["VRF"]["Table"]>;
}

/** [BatmanAdvanced] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevBatmanAdvancedDirectives {
  /** Gateway role in the mesh: off, server or client. */
  readonly GatewayMode?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["GatewayMode"]>;
  /** Aggregate originator messages. */
  readonly Aggregation?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["Aggregation"]>;
  /** Avoid loops through bridged mesh nodes. */
  readonly BridgeLoopAvoidance?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["BridgeLoopAvoidance"]>;
  /** Keep a distributed ARP table in the mesh. */
  readonly DistributedArpTable?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["DistributedArpTable"]>;
  /** Fragment packets larger than the MTU. */
  readonly Fragmentation?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["Fragmentation"]>;
  /** Penalty added to each hop (0-255). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly HopPenalty?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["HopPenalty"]>;
  /** Interval between originator messages. */
  readonly OriginatorIntervalSec?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["OriginatorIntervalSec"]>;
  /** Download bandwidth announced as gateway. */
  readonly GatewayBandwidthDown?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["GatewayBandwidthDown"]>;
  /** Upload bandwidth announced as gateway. */
  readonly GatewayBandwidthUp?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["GatewayBandwidthUp"]>;
  /** Routing algorithm: batman-v or batman-iv. */
  readonly RoutingAlgorithm?: ValueOf<(typeof netdevSections)["BatmanAdvanced"]["RoutingAlgorithm"]>;
}

/** [IPoIB] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevIPoIBDirectives {
  /** InfiniBand partition key. */
  readonly PartitionKey?: ValueOf<(typeof netdevSections)["IPoIB"]["PartitionKey"]>;
  /** IP-over-InfiniBand mode: datagram or connected. */
  readonly Mode?: ValueOf<(typeof netdevSections)["IPoIB"]["Mode"]>;
  /** Make the kernel ignore multicast groups that user space handles. */
  readonly IgnoreUserspaceMulticastGroups?: ValueOf<(typeof netdevSections)["IPoIB"]["IgnoreUserspaceMulticastGroups"]>;
}

/** [WLAN] of systemd-networkd .netdev file (systemd.netdev(5)) */
export interface NetdevWLANDirectives {
  /** Wireless physical device (phy index or name) the interface is created on. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly PhysicalDevice?: ValueOf<(typeof netdevSections)["WLAN"]["PhysicalDevice"]>;
  /** Wireless interface type: station, ap, mesh-point, monitor, … Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Type?: ValueOf<(typeof netdevSections)["WLAN"]["Type"]>;
  /** Enable 4-address (WDS) mode. */
  readonly WDS?: ValueOf<(typeof netdevSections)["WLAN"]["WDS"]>;
}

/** [Match] of udev .link file (systemd.link(5)) */
export interface LinkMatchDirectives {
  /** Match devices whose current hardware address is one of these. */
  readonly MACAddress?: ValueOf<(typeof linkSections)["Match"]["MACAddress"]>;
  /** Match devices whose permanent hardware address is one of these. */
  readonly PermanentMACAddress?: ValueOf<(typeof linkSections)["Match"]["PermanentMACAddress"]>;
  /** Match devices whose udev ID_PATH matches one of these globs. */
  readonly Path?: ValueOf<(typeof linkSections)["Match"]["Path"]>;
  /** Match devices whose driver matches one of these globs. */
  readonly Driver?: ValueOf<(typeof linkSections)["Match"]["Driver"]>;
  /** Match devices whose type (ether, wlan, …) matches one of these globs. */
  readonly Type?: ValueOf<(typeof linkSections)["Match"]["Type"]>;
  /** Match devices whose kind (bond, bridge, …) matches one of these globs. */
  readonly Kind?: ValueOf<(typeof linkSections)["Match"]["Kind"]>;
  /** Match devices whose udev properties have these NAME=value pairs. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Property?: ValueOf<(typeof linkSections)["Match"]["Property"]>;
  /** Match devices whose kernel-given name matches one of these globs. */
  readonly OriginalName?: ValueOf<(typeof linkSections)["Match"]["OriginalName"]>;
  /** Match only on a machine with this hostname or machine ID. */
  readonly Host?: ValueOf<(typeof linkSections)["Match"]["Host"]>;
  /** Match only in (or not in) this kind of virtualization. */
  readonly Virtualization?: ValueOf<(typeof linkSections)["Match"]["Virtualization"]>;
  /** Match only when the kernel command line has this option. */
  readonly KernelCommandLine?: ValueOf<(typeof linkSections)["Match"]["KernelCommandLine"]>;
  /** Match only when the kernel release compares as given. */
  readonly KernelVersion?: ValueOf<(typeof linkSections)["Match"]["KernelVersion"]>;
  /** systemd 258+: Match if a version ("kernel", "systemd" or "glibc") satisfies the expression, as ConditionVersion=; "!" negates. */
  readonly Version?: ValueOf<(typeof linkSections)["Match"]["Version"]>;
  /** Match only when udev received this credential. */
  readonly Credential?: ValueOf<(typeof linkSections)["Match"]["Credential"]>;
  /** Match only on this CPU architecture. */
  readonly Architecture?: ValueOf<(typeof linkSections)["Match"]["Architecture"]>;
  /** Match only with this firmware. */
  readonly Firmware?: ValueOf<(typeof linkSections)["Match"]["Firmware"]>;
  /** systemd 262+: Match if one of the machine's tags matches this glob, as ConditionMachineTag=; "!" negates. */
  readonly MachineTag?: ValueOf<(typeof linkSections)["Match"]["MachineTag"]>;
}

/** [Link] of udev .link file (systemd.link(5)) */
export interface LinkLinkDirectives {
  /** Free-form description of the device. */
  readonly Description?: ValueOf<(typeof linkSections)["Link"]["Description"]>;
  /** systemd 256+: udev properties to set, space-separated "KEY=value" pairs. */
  readonly Property?: ValueOf<(typeof linkSections)["Link"]["Property"]>;
  /** systemd 256+: udev properties to import from the saved database, space-separated names. */
  readonly ImportProperty?: ValueOf<(typeof linkSections)["Link"]["ImportProperty"]>;
  /** systemd 256+: udev properties to unset, space-separated names. */
  readonly UnsetProperty?: ValueOf<(typeof linkSections)["Link"]["UnsetProperty"]>;
  /** The interface alias (ifalias) to set. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Alias?: ValueOf<(typeof linkSections)["Link"]["Alias"]>;
  /** Where the hardware address comes from: persistent, random or none. */
  readonly MACAddressPolicy?: ValueOf<(typeof linkSections)["Link"]["MACAddressPolicy"]>;
  /** Fixed hardware address to set. */
  readonly MACAddress?: ValueOf<(typeof linkSections)["Link"]["MACAddress"]>;
  /** Naming policies tried in order (kernel, database, onboard, slot, path, mac, keep). */
  readonly NamePolicy?: ValueOf<(typeof linkSections)["Link"]["NamePolicy"]>;
  /** Interface name used when no NamePolicy= gives one. */
  readonly Name?: ValueOf<(typeof linkSections)["Link"]["Name"]>;
  /** Naming policies whose names are added as alternative names. */
  readonly AlternativeNamesPolicy?: ValueOf<(typeof linkSections)["Link"]["AlternativeNamesPolicy"]>;
  /** Extra alternative names for the interface. */
  readonly AlternativeName?: ValueOf<(typeof linkSections)["Link"]["AlternativeName"]>;
  /** Number of transmit queues. */
  readonly TransmitQueues?: ValueOf<(typeof linkSections)["Link"]["TransmitQueues"]>;
  /** Number of receive queues. */
  readonly ReceiveQueues?: ValueOf<(typeof linkSections)["Link"]["ReceiveQueues"]>;
  /** Length of the transmit queue, in packets. */
  readonly TransmitQueueLength?: ValueOf<(typeof linkSections)["Link"]["TransmitQueueLength"]>;
  /** MTU of the device, in bytes. */
  readonly MTUBytes?: ValueOf<(typeof linkSections)["Link"]["MTUBytes"]>;
  /** Link speed to set (bits per second, 1000-based suffixes). */
  readonly BitsPerSecond?: ValueOf<(typeof linkSections)["Link"]["BitsPerSecond"]>;
  /** Duplex mode: half or full. */
  readonly Duplex?: ValueOf<(typeof linkSections)["Link"]["Duplex"]>;
  /** Negotiate speed and duplex automatically. */
  readonly AutoNegotiation?: ValueOf<(typeof linkSections)["Link"]["AutoNegotiation"]>;
  /** Wake-on-LAN triggers: phy, unicast, multicast, broadcast, arp, magic, secureon, or off. */
  readonly WakeOnLan?: ValueOf<(typeof linkSections)["Link"]["WakeOnLan"]>;
  /** SecureOn password for Wake-on-LAN magic packets. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly WakeOnLanPassword?: ValueOf<(typeof linkSections)["Link"]["WakeOnLanPassword"]>;
  /** Physical port type: tp, aui, bnc, mii or fibre. */
  readonly Port?: ValueOf<(typeof linkSections)["Link"]["Port"]>;
  /** Link modes advertised during auto-negotiation. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly Advertise?: ValueOf<(typeof linkSections)["Link"]["Advertise"]>;
  /** Offload checksums of received packets to the hardware. */
  readonly ReceiveChecksumOffload?: ValueOf<(typeof linkSections)["Link"]["ReceiveChecksumOffload"]>;
  /** Offload checksums of sent packets to the hardware. */
  readonly TransmitChecksumOffload?: ValueOf<(typeof linkSections)["Link"]["TransmitChecksumOffload"]>;
  /** systemd 260+: Scatter-gather transmit offload (ethtool tx-scatter-gather). */
  readonly ScatterGather?: ValueOf<(typeof linkSections)["Link"]["ScatterGather"]>;
  /** systemd 260+: Scatter-gather offload of fragment lists (ethtool tx-scatter-gather-fraglist). */
  readonly ScatterGatherFragmentList?: ValueOf<(typeof linkSections)["Link"]["ScatterGatherFragmentList"]>;
  /** Let the hardware segment TCP (TSO). */
  readonly TCPSegmentationOffload?: ValueOf<(typeof linkSections)["Link"]["TCPSegmentationOffload"]>;
  /** systemd 260+: TCP segmentation offload with ECN flags set (ethtool tx-tcp-ecn-segmentation). */
  readonly TCPECNSegmentationOffload?: ValueOf<(typeof linkSections)["Link"]["TCPECNSegmentationOffload"]>;
  /** systemd 260+: TCP segmentation offload that may not increment IPv4 IDs (ethtool tx-tcp-mangleid-segmentation). */
  readonly TCPMangleIdSegmentationOffload?: ValueOf<(typeof linkSections)["Link"]["TCPMangleIdSegmentationOffload"]>;
  /** Let the hardware segment TCP over IPv6. */
  readonly TCP6SegmentationOffload?: ValueOf<(typeof linkSections)["Link"]["TCP6SegmentationOffload"]>;
  /** Segment large packets late (GSO). */
  readonly GenericSegmentationOffload?: ValueOf<(typeof linkSections)["Link"]["GenericSegmentationOffload"]>;
  /** systemd 258+: Partial generic segmentation offload (GSO_Partial). */
  readonly PartialGenericSegmentationOffload?: ValueOf<(typeof linkSections)["Link"]["PartialGenericSegmentationOffload"]>;
  /** Merge received packets (GRO). */
  readonly GenericReceiveOffload?: ValueOf<(typeof linkSections)["Link"]["GenericReceiveOffload"]>;
  /** Merge received packets in hardware. */
  readonly GenericReceiveOffloadHardware?: ValueOf<(typeof linkSections)["Link"]["GenericReceiveOffloadHardware"]>;
  /** systemd 260+: Generic receive offload lists for UDP (ethtool rx-gro-list). */
  readonly GenericReceiveOffloadList?: ValueOf<(typeof linkSections)["Link"]["GenericReceiveOffloadList"]>;
  /** systemd 260+: Generic receive offload for forwarded UDP (ethtool rx-udp-gro-forwarding). */
  readonly GenericReceiveOffloadUDPForwarding?: ValueOf<(typeof linkSections)["Link"]["GenericReceiveOffloadUDPForwarding"]>;
  /** Merge received TCP packets in hardware (LRO). */
  readonly LargeReceiveOffload?: ValueOf<(typeof linkSections)["Link"]["LargeReceiveOffload"]>;
  /** systemd 256+: CPUs receive packet steering may use: indices or ranges, or "all". */
  readonly ReceivePacketSteeringCPUMask?: ValueOf<(typeof linkSections)["Link"]["ReceivePacketSteeringCPUMask"]>;
  /** systemd 260+: How the device's interrupts are spread over CPUs: "spread" or "single". */
  readonly IRQAffinityPolicy?: ValueOf<(typeof linkSections)["Link"]["IRQAffinityPolicy"]>;
  /** systemd 260+: CPUs (indices or ranges) the device's interrupts may be placed on. */
  readonly IRQAffinity?: ValueOf<(typeof linkSections)["Link"]["IRQAffinity"]>;
  /** systemd 260+: NUMA node whose CPUs take the device's interrupts: a number, or "local". */
  readonly IRQAffinityNUMA?: ValueOf<(typeof linkSections)["Link"]["IRQAffinityNUMA"]>;
  /** Strip VLAN tags of received frames in hardware. */
  readonly ReceiveVLANCTAGHardwareAcceleration?: ValueOf<(typeof linkSections)["Link"]["ReceiveVLANCTAGHardwareAcceleration"]>;
  /** Insert VLAN tags of sent frames in hardware. */
  readonly TransmitVLANCTAGHardwareAcceleration?: ValueOf<(typeof linkSections)["Link"]["TransmitVLANCTAGHardwareAcceleration"]>;
  /** Filter received frames by VLAN in hardware. */
  readonly ReceiveVLANCTAGFilter?: ValueOf<(typeof linkSections)["Link"]["ReceiveVLANCTAGFilter"]>;
  /** Insert 802.1ad service VLAN tags in hardware. */
  readonly TransmitVLANSTAGHardwareAcceleration?: ValueOf<(typeof linkSections)["Link"]["TransmitVLANSTAGHardwareAcceleration"]>;
  /** Enable hardware n-tuple receive filters. */
  readonly NTupleFilter?: ValueOf<(typeof linkSections)["Link"]["NTupleFilter"]>;
  /** systemd 258+: Keep the frame check sequence on received frames. */
  readonly ReceiveFCS?: ValueOf<(typeof linkSections)["Link"]["ReceiveFCS"]>;
  /** systemd 258+: Also receive damaged Ethernet frames. */
  readonly ReceiveAll?: ValueOf<(typeof linkSections)["Link"]["ReceiveAll"]>;
  /** Number of receive channels. */
  readonly RxChannels?: ValueOf<(typeof linkSections)["Link"]["RxChannels"]>;
  /** Number of transmit channels. */
  readonly TxChannels?: ValueOf<(typeof linkSections)["Link"]["TxChannels"]>;
  /** Number of other (link interrupt) channels. */
  readonly OtherChannels?: ValueOf<(typeof linkSections)["Link"]["OtherChannels"]>;
  /** Number of combined receive and transmit channels. */
  readonly CombinedChannels?: ValueOf<(typeof linkSections)["Link"]["CombinedChannels"]>;
  /** Entries in the receive ring buffer ("max" for the largest). */
  readonly RxBufferSize?: ValueOf<(typeof linkSections)["Link"]["RxBufferSize"]>;
  /** Entries in the mini receive ring buffer. */
  readonly RxMiniBufferSize?: ValueOf<(typeof linkSections)["Link"]["RxMiniBufferSize"]>;
  /** Entries in the jumbo receive ring buffer. */
  readonly RxJumboBufferSize?: ValueOf<(typeof linkSections)["Link"]["RxJumboBufferSize"]>;
  /** Entries in the transmit ring buffer. */
  readonly TxBufferSize?: ValueOf<(typeof linkSections)["Link"]["TxBufferSize"]>;
  /** Honour received pause frames. */
  readonly RxFlowControl?: ValueOf<(typeof linkSections)["Link"]["RxFlowControl"]>;
  /** Send pause frames. */
  readonly TxFlowControl?: ValueOf<(typeof linkSections)["Link"]["TxFlowControl"]>;
  /** Negotiate flow control automatically. */
  readonly AutoNegotiationFlowControl?: ValueOf<(typeof linkSections)["Link"]["AutoNegotiationFlowControl"]>;
  /** Largest packet the device may be given for segmentation. */
  readonly GenericSegmentOffloadMaxBytes?: ValueOf<(typeof linkSections)["Link"]["GenericSegmentOffloadMaxBytes"]>;
  /** Most segments the device may be given at once. */
  readonly GenericSegmentOffloadMaxSegments?: ValueOf<(typeof linkSections)["Link"]["GenericSegmentOffloadMaxSegments"]>;
  /** Adapt receive interrupt coalescing to the traffic. */
  readonly UseAdaptiveRxCoalesce?: ValueOf<(typeof linkSections)["Link"]["UseAdaptiveRxCoalesce"]>;
  /** Adapt transmit interrupt coalescing to the traffic. */
  readonly UseAdaptiveTxCoalesce?: ValueOf<(typeof linkSections)["Link"]["UseAdaptiveTxCoalesce"]>;
  /** Delay before a receive interrupt. */
  readonly RxCoalesceSec?: ValueOf<(typeof linkSections)["Link"]["RxCoalesceSec"]>;
  /** Delay before a receive interrupt while one is being handled. */
  readonly RxCoalesceIrqSec?: ValueOf<(typeof linkSections)["Link"]["RxCoalesceIrqSec"]>;
  /** Receive interrupt delay at low packet rates. */
  readonly RxCoalesceLowSec?: ValueOf<(typeof linkSections)["Link"]["RxCoalesceLowSec"]>;
  /** Receive interrupt delay at high packet rates. */
  readonly RxCoalesceHighSec?: ValueOf<(typeof linkSections)["Link"]["RxCoalesceHighSec"]>;
  /** Delay before a transmit interrupt. */
  readonly TxCoalesceSec?: ValueOf<(typeof linkSections)["Link"]["TxCoalesceSec"]>;
  /** Delay before a transmit interrupt while one is being handled. */
  readonly TxCoalesceIrqSec?: ValueOf<(typeof linkSections)["Link"]["TxCoalesceIrqSec"]>;
  /** Transmit interrupt delay at low packet rates. */
  readonly TxCoalesceLowSec?: ValueOf<(typeof linkSections)["Link"]["TxCoalesceLowSec"]>;
  /** Transmit interrupt delay at high packet rates. */
  readonly TxCoalesceHighSec?: ValueOf<(typeof linkSections)["Link"]["TxCoalesceHighSec"]>;
  /** Received frames that trigger an interrupt. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly RxMaxCoalescedFrames?: ValueOf<(typeof linkSections)["Link"]["RxMaxCoalescedFrames"]>;
  /** Received frames that trigger an interrupt while one is being handled. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly RxMaxCoalescedIrqFrames?: ValueOf<(typeof linkSections)["Link"]["RxMaxCoalescedIrqFrames"]>;
  /** Received frames per interrupt at low packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly RxMaxCoalescedLowFrames?: ValueOf<(typeof linkSections)["Link"]["RxMaxCoalescedLowFrames"]>;
  /** Received frames per interrupt at high packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly RxMaxCoalescedHighFrames?: ValueOf<(typeof linkSections)["Link"]["RxMaxCoalescedHighFrames"]>;
  /** Sent frames that trigger an interrupt. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TxMaxCoalescedFrames?: ValueOf<(typeof linkSections)["Link"]["TxMaxCoalescedFrames"]>;
  /** Sent frames that trigger an interrupt while one is being handled. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TxMaxCoalescedIrqFrames?: ValueOf<(typeof linkSections)["Link"]["TxMaxCoalescedIrqFrames"]>;
  /** Sent frames per interrupt at low packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TxMaxCoalescedLowFrames?: ValueOf<(typeof linkSections)["Link"]["TxMaxCoalescedLowFrames"]>;
  /** Sent frames per interrupt at high packet rates. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly TxMaxCoalescedHighFrames?: ValueOf<(typeof linkSections)["Link"]["TxMaxCoalescedHighFrames"]>;
  /** Packet rate below which the low coalescing settings apply. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly CoalescePacketRateLow?: ValueOf<(typeof linkSections)["Link"]["CoalescePacketRateLow"]>;
  /** Packet rate above which the high coalescing settings apply. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly CoalescePacketRateHigh?: ValueOf<(typeof linkSections)["Link"]["CoalescePacketRateHigh"]>;
  /** How often the packet rate is sampled for adaptive coalescing. */
  readonly CoalescePacketRateSampleIntervalSec?: ValueOf<(typeof linkSections)["Link"]["CoalescePacketRateSampleIntervalSec"]>;
  /** How often the device updates its statistics block. */
  readonly StatisticsBlockCoalesceSec?: ValueOf<(typeof linkSections)["Link"]["StatisticsBlockCoalesceSec"]>;
  /** Twisted-pair crossover: straight, crossover or auto. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly MDI?: ValueOf<(typeof linkSections)["Link"]["MDI"]>;
}

/** [SR-IOV] of udev .link file (systemd.link(5)) */
export interface LinkSRIOVDirectives {
  /** Index of the SR-IOV virtual function this section configures. */
  readonly VirtualFunction?: ValueOf<(typeof linkSections)["SR-IOV"]["VirtualFunction"]>;
  /** VLAN ID of the virtual function. */
  readonly VLANId?: ValueOf<(typeof linkSections)["SR-IOV"]["VLANId"]>;
  /** Quality-of-service priority of the virtual function. */
  readonly QualityOfService?: ValueOf<(typeof linkSections)["SR-IOV"]["QualityOfService"]>;
  /** VLAN protocol of the virtual function: 802.1Q or 802.1ad. */
  readonly VLANProtocol?: ValueOf<(typeof linkSections)["SR-IOV"]["VLANProtocol"]>;
  /** Check that the virtual function sends only from its own MAC address. */
  readonly MACSpoofCheck?: ValueOf<(typeof linkSections)["SR-IOV"]["MACSpoofCheck"]>;
  /** Let the virtual function query the RSS configuration. */
  readonly QueryReceiveSideScaling?: ValueOf<(typeof linkSections)["SR-IOV"]["QueryReceiveSideScaling"]>;
  /** Trust the virtual function to change settings that affect security or performance. */
  readonly Trust?: ValueOf<(typeof linkSections)["SR-IOV"]["Trust"]>;
  /** Link state of the virtual function: up, down, or following the physical function ("auto"). */
  readonly LinkState?: ValueOf<(typeof linkSections)["SR-IOV"]["LinkState"]>;
  /** Hardware address of the virtual function. */
  readonly MACAddress?: ValueOf<(typeof linkSections)["SR-IOV"]["MACAddress"]>;
}

/** [EnergyEfficientEthernet] of udev .link file (systemd.link(5)) */
export interface LinkEnergyEfficientEthernetDirectives {
  /** systemd 258+: Turn Energy Efficient Ethernet on or off. */
  readonly Enable?: ValueOf<(typeof linkSections)["EnergyEfficientEthernet"]["Enable"]>;
  /** systemd 258+: Let the transmitter enter Low Power Idle. */
  readonly TxLowPowerIdle?: ValueOf<(typeof linkSections)["EnergyEfficientEthernet"]["TxLowPowerIdle"]>;
  /** systemd 258+: How long after transmitting the transmitter stays out of Low Power Idle. */
  readonly TxLowPowerIdleSec?: ValueOf<(typeof linkSections)["EnergyEfficientEthernet"]["TxLowPowerIdleSec"]>;
  /** systemd 258+: Link modes advertised as Energy Efficient Ethernet capable (names as for Advertise=). */
  readonly LinkMode?: ValueOf<(typeof linkSections)["EnergyEfficientEthernet"]["LinkMode"]>;
}

/** [Exec] of systemd-nspawn .nspawn file (systemd.nspawn(5)) */
export interface NspawnExecDirectives {
  /** Boot the container's init system instead of running a single command. */
  readonly Boot?: ValueOf<(typeof nspawnSections)["Exec"]["Boot"]>;
  /** Run on a throw-away snapshot that is removed when the container exits. */
  readonly Ephemeral?: ValueOf<(typeof nspawnSections)["Exec"]["Ephemeral"]>;
  /** Run the command as PID 2 under a minimal init stub. */
  readonly ProcessTwo?: ValueOf<(typeof nspawnSections)["Exec"]["ProcessTwo"]>;
  /** Arguments for the container's command (or for init when booting). */
  readonly Parameters?: ValueOf<(typeof nspawnSections)["Exec"]["Parameters"]>;
  /** Variables set in the container: { NAME: "value" }. */
  readonly Environment?: ValueOf<(typeof nspawnSections)["Exec"]["Environment"]>;
  /** User the container's command runs as. */
  readonly User?: ValueOf<(typeof nspawnSections)["Exec"]["User"]>;
  /** Directory the container's command starts in. */
  readonly WorkingDirectory?: ValueOf<(typeof nspawnSections)["Exec"]["WorkingDirectory"]>;
  /** Directory of the image that becomes the container's root ("new[:old]"). */
  readonly PivotRoot?: ValueOf<(typeof nspawnSections)["Exec"]["PivotRoot"]>;
  /** Extra capabilities granted to the container. */
  readonly Capability?: ValueOf<(typeof nspawnSections)["Exec"]["Capability"]>;
  /** Capabilities taken away from the container. */
  readonly DropCapability?: ValueOf<(typeof nspawnSections)["Exec"]["DropCapability"]>;
  /** Capabilities put into the command's ambient set. */
  readonly AmbientCapability?: ValueOf<(typeof nspawnSections)["Exec"]["AmbientCapability"]>;
  /** Forbid the container's processes from gaining privileges. */
  readonly NoNewPrivileges?: ValueOf<(typeof nspawnSections)["Exec"]["NoNewPrivileges"]>;
  /** Signal that asks the container to shut down. */
  readonly KillSignal?: ValueOf<(typeof nspawnSections)["Exec"]["KillSignal"]>;
  /** Architecture uname(2) reports inside the container: x86 or x86-64. */
  readonly Personality?: ValueOf<(typeof nspawnSections)["Exec"]["Personality"]>;
  /** Machine ID given to the container. */
  readonly MachineID?: ValueOf<(typeof nspawnSections)["Exec"]["MachineID"]>;
  /** User namespacing: yes, no, pick, or a UID range "base[:count]". */
  readonly PrivateUsers?: ValueOf<(typeof nspawnSections)["Exec"]["PrivateUsers"]>;
  /** systemd 260+: Number of extra 64K UID/GID ranges delegated to the container for nested containers. */
  readonly PrivateUsersDelegate?: ValueOf<(typeof nspawnSections)["Exec"]["PrivateUsersDelegate"]>;
  /** Wait for the container to report readiness with sd_notify(). Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly NotifyReady?: ValueOf<(typeof nspawnSections)["Exec"]["NotifyReady"]>;
  /** System calls allowed in the container ("~" lists forbidden ones). */
  readonly SystemCallFilter?: ValueOf<(typeof nspawnSections)["Exec"]["SystemCallFilter"]>;
  /** systemd 261+: Socket address families the container may use, as --restrict-address-families=. */
  readonly RestrictAddressFamilies?: ValueOf<(typeof nspawnSections)["Exec"]["RestrictAddressFamilies"]>;
  /** Limit on CPU time in the container (RLIMIT_CPU). */
  readonly LimitCPU?: ValueOf<(typeof nspawnSections)["Exec"]["LimitCPU"]>;
  /** Limit on the size of files written (RLIMIT_FSIZE). */
  readonly LimitFSIZE?: ValueOf<(typeof nspawnSections)["Exec"]["LimitFSIZE"]>;
  /** Limit on the data segment size (RLIMIT_DATA). */
  readonly LimitDATA?: ValueOf<(typeof nspawnSections)["Exec"]["LimitDATA"]>;
  /** Limit on the stack size (RLIMIT_STACK). */
  readonly LimitSTACK?: ValueOf<(typeof nspawnSections)["Exec"]["LimitSTACK"]>;
  /** Limit on core dump size (RLIMIT_CORE). */
  readonly LimitCORE?: ValueOf<(typeof nspawnSections)["Exec"]["LimitCORE"]>;
  /** Limit on resident memory (RLIMIT_RSS). */
  readonly LimitRSS?: ValueOf<(typeof nspawnSections)["Exec"]["LimitRSS"]>;
  /** Limit on open file descriptors (RLIMIT_NOFILE). */
  readonly LimitNOFILE?: ValueOf<(typeof nspawnSections)["Exec"]["LimitNOFILE"]>;
  /** Limit on address space size (RLIMIT_AS). */
  readonly LimitAS?: ValueOf<(typeof nspawnSections)["Exec"]["LimitAS"]>;
  /** Limit on the number of processes (RLIMIT_NPROC). */
  readonly LimitNPROC?: ValueOf<(typeof nspawnSections)["Exec"]["LimitNPROC"]>;
  /** Limit on locked memory (RLIMIT_MEMLOCK). */
  readonly LimitMEMLOCK?: ValueOf<(typeof nspawnSections)["Exec"]["LimitMEMLOCK"]>;
  /** Limit on file locks (RLIMIT_LOCKS). */
  readonly LimitLOCKS?: ValueOf<(typeof nspawnSections)["Exec"]["LimitLOCKS"]>;
  /** Limit on queued signals (RLIMIT_SIGPENDING). */
  readonly LimitSIGPENDING?: ValueOf<(typeof nspawnSections)["Exec"]["LimitSIGPENDING"]>;
  /** Limit on POSIX message queue bytes (RLIMIT_MSGQUEUE). */
  readonly LimitMSGQUEUE?: ValueOf<(typeof nspawnSections)["Exec"]["LimitMSGQUEUE"]>;
  /** Limit on raising the nice level (RLIMIT_NICE). */
  readonly LimitNICE?: ValueOf<(typeof nspawnSections)["Exec"]["LimitNICE"]>;
  /** Limit on real-time priority (RLIMIT_RTPRIO). */
  readonly LimitRTPRIO?: ValueOf<(typeof nspawnSections)["Exec"]["LimitRTPRIO"]>;
  /** Limit on real-time CPU time (RLIMIT_RTTIME). */
  readonly LimitRTTIME?: ValueOf<(typeof nspawnSections)["Exec"]["LimitRTTIME"]>;
  /** OOM killer score adjustment of the container (-1000 to 1000). */
  readonly OOMScoreAdjust?: ValueOf<(typeof nspawnSections)["Exec"]["OOMScoreAdjust"]>;
  /** CPUs the container may run on. */
  readonly CPUAffinity?: ValueOf<(typeof nspawnSections)["Exec"]["CPUAffinity"]>;
  /** Hostname set inside the container. */
  readonly Hostname?: ValueOf<(typeof nspawnSections)["Exec"]["Hostname"]>;
  /** How /etc/resolv.conf is provided inside the container. */
  readonly ResolvConf?: ValueOf<(typeof nspawnSections)["Exec"]["ResolvConf"]>;
  /** How /etc/localtime is provided inside the container. */
  readonly Timezone?: ValueOf<(typeof nspawnSections)["Exec"]["Timezone"]>;
  /** Whether the container's journal is linked into the host's. */
  readonly LinkJournal?: ValueOf<(typeof nspawnSections)["Exec"]["LinkJournal"]>;
  /** Turn sync(), fsync() and similar into no-ops in the container. Typed as text: its syntax is too irregular to type, so hearth checks only that it fits on one line. */
  readonly SuppressSync?: ValueOf<(typeof nspawnSections)["Exec"]["SuppressSync"]>;
}

/** [Files] of systemd-nspawn .nspawn file (systemd.nspawn(5)) */
export interface NspawnFilesDirectives {
  /** Mount the container's root file system read-only. */
  readonly ReadOnly?: ValueOf<(typeof nspawnSections)["Files"]["ReadOnly"]>;
  /** Boot with a volatile root (yes), volatile /var only (state), or persistent (no). */
  readonly Volatile?: ValueOf<(typeof nspawnSections)["Files"]["Volatile"]>;
  /** Bind mounts from the host, "source[:destination[:options]]". */
  readonly Bind?: ValueOf<(typeof nspawnSections)["Files"]["Bind"]>;
  /** Read-only bind mounts from the host. */
  readonly BindReadOnly?: ValueOf<(typeof nspawnSections)["Files"]["BindReadOnly"]>;
  /** Host users made available inside the container. */
  readonly BindUser?: ValueOf<(typeof nspawnSections)["Files"]["BindUser"]>;
  /** systemd 258+: Shell written into the records of users bound with BindUser=, as --bind-user-shell=. */
  readonly BindUserShell?: ValueOf<(typeof nspawnSections)["Files"]["BindUserShell"]>;
  /** tmpfs mounts inside the container, "path[:options]". */
  readonly TemporaryFileSystem?: ValueOf<(typeof nspawnSections)["Files"]["TemporaryFileSystem"]>;
  /** Paths made inaccessible inside the container. */
  readonly Inaccessible?: ValueOf<(typeof nspawnSections)["Files"]["Inaccessible"]>;
  /** Overlay mounts, "lower:…:upper:destination". */
  readonly Overlay?: ValueOf<(typeof nspawnSections)["Files"]["Overlay"]>;
  /** Read-only overlay mounts, "lower:…:destination". */
  readonly OverlayReadOnly?: ValueOf<(typeof nspawnSections)["Files"]["OverlayReadOnly"]>;
  /** How file ownership is adapted to user namespacing: off, chown, map or auto. */
  readonly PrivateUsersOwnership?: ValueOf<(typeof nspawnSections)["Files"]["PrivateUsersOwnership"]>;
}

/** [Network] of systemd-nspawn .nspawn file (systemd.nspawn(5)) */
export interface NspawnNetworkDirectives {
  /** Give the container its own network namespace. */
  readonly Private?: ValueOf<(typeof nspawnSections)["Network"]["Private"]>;
  /** systemd 259+: Network namespace file (e.g. /run/netns/NAME) the container runs in. */
  readonly NamespacePath?: ValueOf<(typeof nspawnSections)["Network"]["NamespacePath"]>;
  /** Connect the container to the host through a veth pair. */
  readonly VirtualEthernet?: ValueOf<(typeof nspawnSections)["Network"]["VirtualEthernet"]>;
  /** Extra veth pairs, "host-name[:container-name]". */
  readonly VirtualEthernetExtra?: ValueOf<(typeof nspawnSections)["Network"]["VirtualEthernetExtra"]>;
  /** Host network interfaces moved into the container. */
  readonly Interface?: ValueOf<(typeof nspawnSections)["Network"]["Interface"]>;
  /** Host interfaces on which a MACVLAN device is created for the container. */
  readonly MACVLAN?: ValueOf<(typeof nspawnSections)["Network"]["MACVLAN"]>;
  /** Host interfaces on which an IPVLAN device is created for the container. */
  readonly IPVLAN?: ValueOf<(typeof nspawnSections)["Network"]["IPVLAN"]>;
  /** Host bridge the container's veth is added to. */
  readonly Bridge?: ValueOf<(typeof nspawnSections)["Network"]["Bridge"]>;
  /** Network zone (a shared bridge) the container's veth joins. */
  readonly Zone?: ValueOf<(typeof nspawnSections)["Network"]["Zone"]>;
  /** Ports forwarded from the host, "[protocol:]host-port[:container-port]". */
  readonly Port?: ValueOf<(typeof nspawnSections)["Network"]["Port"]>;
}

/** [Resolve] of systemd-resolved drop-in, resolved.conf.d/*.conf (resolved.conf(5)) */
export interface ResolvedResolveDirectives {
  /** DNS servers used system-wide, optionally with ":port", "%interface" and "#server-name". */
  readonly DNS?: ValueOf<(typeof resolvedSections)["Resolve"]["DNS"]>;
  /** DNS servers used when no other is known. */
  readonly FallbackDNS?: ValueOf<(typeof resolvedSections)["Resolve"]["FallbackDNS"]>;
  /** Search domains used system-wide; "~" marks routing-only domains. */
  readonly Domains?: ValueOf<(typeof resolvedSections)["Resolve"]["Domains"]>;
  /** Link-Local Multicast Name Resolution: on, off, or resolve only. */
  readonly LLMNR?: ValueOf<(typeof resolvedSections)["Resolve"]["LLMNR"]>;
  /** Multicast DNS: on, off, or resolve only. */
  readonly MulticastDNS?: ValueOf<(typeof resolvedSections)["Resolve"]["MulticastDNS"]>;
  /** DNSSEC validation: on, off or allow-downgrade. */
  readonly DNSSEC?: ValueOf<(typeof resolvedSections)["Resolve"]["DNSSEC"]>;
  /** DNS-over-TLS: on, off or opportunistic. */
  readonly DNSOverTLS?: ValueOf<(typeof resolvedSections)["Resolve"]["DNSOverTLS"]>;
  /** Cache answers: yes, no, or all but negative ones. */
  readonly Cache?: ValueOf<(typeof resolvedSections)["Resolve"]["Cache"]>;
  /** Also cache answers from DNS servers on the local host. */
  readonly CacheFromLocalhost?: ValueOf<(typeof resolvedSections)["Resolve"]["CacheFromLocalhost"]>;
  /** systemd 261+: Most records in the unicast DNS cache of each scope (0 to 16777216; default 4096). */
  readonly DNSCacheSize?: ValueOf<(typeof resolvedSections)["Resolve"]["DNSCacheSize"]>;
  /** systemd 261+: Most records in the Multicast DNS cache of each scope (0 to 16777216; default 4096). */
  readonly MulticastDNSCacheSize?: ValueOf<(typeof resolvedSections)["Resolve"]["MulticastDNSCacheSize"]>;
  /** systemd 261+: Most records in the LLMNR cache of each scope (0 to 16777216; default 4096). */
  readonly LLMNRCacheSize?: ValueOf<(typeof resolvedSections)["Resolve"]["LLMNRCacheSize"]>;
  /** Run the stub resolver on 127.0.0.53: on, off, or UDP or TCP only. */
  readonly DNSStubListener?: ValueOf<(typeof resolvedSections)["Resolve"]["DNSStubListener"]>;
  /** systemd 258+: DNS record types whose queries are refused, space-separated. */
  readonly RefuseRecordTypes?: ValueOf<(typeof resolvedSections)["Resolve"]["RefuseRecordTypes"]>;
  /** Extra addresses the stub resolver listens on. */
  readonly DNSStubListenerExtra?: ValueOf<(typeof resolvedSections)["Resolve"]["DNSStubListenerExtra"]>;
  /** Answer from /etc/hosts. */
  readonly ReadEtcHosts?: ValueOf<(typeof resolvedSections)["Resolve"]["ReadEtcHosts"]>;
  /** systemd 261+: Serve the static resource records of /etc/systemd/resolve/static.d/*.rr and similar directories. */
  readonly ReadStaticRecords?: ValueOf<(typeof resolvedSections)["Resolve"]["ReadStaticRecords"]>;
  /** Send single-label names to unicast DNS servers. */
  readonly ResolveUnicastSingleLabel?: ValueOf<(typeof resolvedSections)["Resolve"]["ResolveUnicastSingleLabel"]>;
  /** systemd 254+: How long records may be served stale after their TTL ran out (0: never). */
  readonly StaleRetentionSec?: ValueOf<(typeof resolvedSections)["Resolve"]["StaleRetentionSec"]>;
}

/** Configuration file type → section → the interface of its directives. */
export interface ConfigSectionDirectives {
  readonly network: {
    readonly Match: NetworkMatchDirectives;
    readonly Link: NetworkLinkDirectives;
    readonly "SR-IOV": NetworkSRIOVDirectives;
    readonly Network: NetworkNetworkDirectives;
    readonly Address: NetworkAddressDirectives;
    readonly Neighbor: NetworkNeighborDirectives;
    readonly IPv6AddressLabel: NetworkIPv6AddressLabelDirectives;
    readonly RoutingPolicyRule: NetworkRoutingPolicyRuleDirectives;
    readonly NextHop: NetworkNextHopDirectives;
    readonly Route: NetworkRouteDirectives;
    readonly DHCPv4: NetworkDHCPv4Directives;
    readonly DHCPv6: NetworkDHCPv6Directives;
    readonly DHCPPrefixDelegation: NetworkDHCPPrefixDelegationDirectives;
    readonly IPv6AcceptRA: NetworkIPv6AcceptRADirectives;
    readonly DHCPRelay: NetworkDHCPRelayDirectives;
    readonly DHCPServer: NetworkDHCPServerDirectives;
    readonly DHCPServerStaticLease: NetworkDHCPServerStaticLeaseDirectives;
    readonly IPv6SendRA: NetworkIPv6SendRADirectives;
    readonly IPv6Prefix: NetworkIPv6PrefixDirectives;
    readonly IPv6RoutePrefix: NetworkIPv6RoutePrefixDirectives;
    readonly IPv6PREF64Prefix: NetworkIPv6PREF64PrefixDirectives;
    readonly Bridge: NetworkBridgeDirectives;
    readonly BridgeFDB: NetworkBridgeFDBDirectives;
    readonly BridgeMDB: NetworkBridgeMDBDirectives;
    readonly LLDP: NetworkLLDPDirectives;
    readonly CAN: NetworkCANDirectives;
    readonly IPoIB: NetworkIPoIBDirectives;
    readonly QDisc: NetworkQDiscDirectives;
    readonly NetworkEmulator: NetworkNetworkEmulatorDirectives;
    readonly TokenBucketFilter: NetworkTokenBucketFilterDirectives;
    readonly PIE: NetworkPIEDirectives;
    readonly FlowQueuePIE: NetworkFlowQueuePIEDirectives;
    readonly StochasticFairBlue: NetworkStochasticFairBlueDirectives;
    readonly StochasticFairnessQueueing: NetworkStochasticFairnessQueueingDirectives;
    readonly BFIFO: NetworkBFIFODirectives;
    readonly PFIFO: NetworkPFIFODirectives;
    readonly PFIFOHeadDrop: NetworkPFIFOHeadDropDirectives;
    readonly PFIFOFast: NetworkPFIFOFastDirectives;
    readonly CAKE: NetworkCAKEDirectives;
    readonly ControlledDelay: NetworkControlledDelayDirectives;
    readonly DeficitRoundRobinScheduler: NetworkDeficitRoundRobinSchedulerDirectives;
    readonly DeficitRoundRobinSchedulerClass: NetworkDeficitRoundRobinSchedulerClassDirectives;
    readonly EnhancedTransmissionSelection: NetworkEnhancedTransmissionSelectionDirectives;
    readonly GenericRandomEarlyDetection: NetworkGenericRandomEarlyDetectionDirectives;
    readonly FairQueueingControlledDelay: NetworkFairQueueingControlledDelayDirectives;
    readonly FairQueueing: NetworkFairQueueingDirectives;
    readonly TrivialLinkEqualizer: NetworkTrivialLinkEqualizerDirectives;
    readonly HierarchyTokenBucket: NetworkHierarchyTokenBucketDirectives;
    readonly HierarchyTokenBucketClass: NetworkHierarchyTokenBucketClassDirectives;
    readonly ClassfulMultiQueueing: NetworkClassfulMultiQueueingDirectives;
    readonly BandMultiQueueing: NetworkBandMultiQueueingDirectives;
    readonly HeavyHitterFilter: NetworkHeavyHitterFilterDirectives;
    readonly QuickFairQueueing: NetworkQuickFairQueueingDirectives;
    readonly QuickFairQueueingClass: NetworkQuickFairQueueingClassDirectives;
    readonly BridgeVLAN: NetworkBridgeVLANDirectives;
    readonly MobileNetwork: NetworkMobileNetworkDirectives;
  };
  readonly netdev: {
    readonly Match: NetdevMatchDirectives;
    readonly NetDev: NetdevNetDevDirectives;
    readonly Bridge: NetdevBridgeDirectives;
    readonly VLAN: NetdevVLANDirectives;
    readonly MACVLAN: NetdevMACVLANDirectives;
    readonly MACVTAP: NetdevMACVTAPDirectives;
    readonly IPVLAN: NetdevIPVLANDirectives;
    readonly IPVTAP: NetdevIPVTAPDirectives;
    readonly VXLAN: NetdevVXLANDirectives;
    readonly GENEVE: NetdevGENEVEDirectives;
    readonly HSR: NetdevHSRDirectives;
    readonly BareUDP: NetdevBareUDPDirectives;
    readonly L2TP: NetdevL2TPDirectives;
    readonly L2TPSession: NetdevL2TPSessionDirectives;
    readonly MACsec: NetdevMACsecDirectives;
    readonly MACsecReceiveChannel: NetdevMACsecReceiveChannelDirectives;
    readonly MACsecTransmitAssociation: NetdevMACsecTransmitAssociationDirectives;
    readonly MACsecReceiveAssociation: NetdevMACsecReceiveAssociationDirectives;
    readonly Tunnel: NetdevTunnelDirectives;
    readonly FooOverUDP: NetdevFooOverUDPDirectives;
    readonly Peer: NetdevPeerDirectives;
    readonly VXCAN: NetdevVXCANDirectives;
    readonly Tun: NetdevTunDirectives;
    readonly Tap: NetdevTapDirectives;
    readonly WireGuard: NetdevWireGuardDirectives;
    readonly WireGuardPeer: NetdevWireGuardPeerDirectives;
    readonly Bond: NetdevBondDirectives;
    readonly Xfrm: NetdevXfrmDirectives;
    readonly VRF: NetdevVRFDirectives;
    readonly BatmanAdvanced: NetdevBatmanAdvancedDirectives;
    readonly IPoIB: NetdevIPoIBDirectives;
    readonly WLAN: NetdevWLANDirectives;
  };
  readonly link: {
    readonly Match: LinkMatchDirectives;
    readonly Link: LinkLinkDirectives;
    readonly "SR-IOV": LinkSRIOVDirectives;
    readonly EnergyEfficientEthernet: LinkEnergyEfficientEthernetDirectives;
  };
  readonly nspawn: {
    readonly Exec: NspawnExecDirectives;
    readonly Files: NspawnFilesDirectives;
    readonly Network: NspawnNetworkDirectives;
  };
  readonly resolved: {
    readonly Resolve: ResolvedResolveDirectives;
  };
}
