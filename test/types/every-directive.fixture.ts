// GENERATED FILE: do not edit. Regenerate with `npm run gen:directives` (scripts/gen-directives/fixtures.ts).
// Every directive of the table: a valid example tsc accepts, and a wrong one it must reject.
import type { FileType, SectionsFor } from "../../dsl/directives.ts";

type Block<T extends FileType, S extends keyof SectionsFor<T>> = Exclude<NonNullable<SectionsFor<T>[S]>, readonly unknown[]>;
const ok = <T extends FileType, S extends keyof SectionsFor<T>>(_type: T, _section: S, block: Block<T, S>): Block<T, S> => block;

ok("service", "Unit", {
  "Description": "text",
  "Documentation": ["one two"],
  "Wants": ["example.service"],
  "Requires": ["example.service"],
  "Requisite": ["example.service"],
  "BindsTo": ["example.service"],
  "PartOf": ["example.service"],
  "Upholds": ["example.service"],
  "Conflicts": ["example.service"],
  "Before": ["example.service"],
  "After": ["example.service"],
  "OnFailure": ["example.service"],
  "OnSuccess": ["example.service"],
  "PropagatesReloadTo": ["example.service"],
  "ReloadPropagatedFrom": ["example.service"],
  "PropagatesStopTo": ["example.service"],
  "StopPropagatedFrom": ["example.service"],
  "JoinsNamespaceOf": ["example.service"],
  "RequiresMountsFor": ["/srv/example"],
  "WantsMountsFor": ["/srv/example"],
  "OnSuccessJobMode": "fail",
  "OnFailureJobMode": "fail",
  "IgnoreOnIsolate": true,
  "StopWhenUnneeded": true,
  "RefuseManualStart": true,
  "RefuseManualStop": true,
  "AllowIsolate": true,
  "DefaultDependencies": true,
  "SurviveFinalKillSignal": true,
  "CollectMode": "inactive",
  "FailureAction": "none",
  "SuccessAction": "none",
  "FailureActionExitStatus": 0,
  "SuccessActionExitStatus": 0,
  "JobTimeoutSec": "1min 30s",
  "JobRunningTimeoutSec": "1min 30s",
  "JobTimeoutAction": "none",
  "JobTimeoutRebootArgument": "text",
  "StartLimitIntervalSec": "1min 30s",
  "StartLimitBurst": 0,
  "StartLimitAction": "none",
  "RebootArgument": "text",
  "SourcePath": "/srv/example",
  "ConditionArchitecture": ["item"],
  "ConditionFirmware": ["item"],
  "ConditionVirtualization": ["item"],
  "ConditionHost": ["item"],
  "ConditionFraction": ["item"],
  "ConditionKernelCommandLine": ["item"],
  "ConditionKernelVersion": ["item"],
  "ConditionVersion": ["item"],
  "ConditionCredential": ["item"],
  "ConditionEnvironment": ["item"],
  "ConditionSecurity": ["item"],
  "ConditionCapability": ["item"],
  "ConditionACPower": true,
  "ConditionNeedsUpdate": ["item"],
  "ConditionFirstBoot": true,
  "ConditionPathExists": ["/srv/example"],
  "ConditionPathExistsGlob": ["/srv/example"],
  "ConditionPathIsDirectory": ["/srv/example"],
  "ConditionPathIsSymbolicLink": ["/srv/example"],
  "ConditionPathIsMountPoint": ["/srv/example"],
  "ConditionPathIsReadWrite": ["/srv/example"],
  "ConditionPathIsEncrypted": ["/srv/example"],
  "ConditionPathIsSocket": ["/srv/example"],
  "ConditionDirectoryNotEmpty": ["/srv/example"],
  "ConditionFileNotEmpty": ["/srv/example"],
  "ConditionFileIsExecutable": ["/srv/example"],
  "ConditionUser": ["item"],
  "ConditionGroup": ["item"],
  "ConditionControlGroupController": ["item"],
  "ConditionMemory": ["item"],
  "ConditionCPUs": ["item"],
  "ConditionCPUFeature": ["item"],
  "ConditionOSRelease": ["item"],
  "ConditionMachineTag": ["item"],
  "ConditionMemoryPressure": ["item"],
  "ConditionCPUPressure": ["item"],
  "ConditionIOPressure": ["item"],
  "ConditionKernelModuleLoaded": ["item"],
  "AssertArchitecture": ["item"],
  "AssertVirtualization": ["item"],
  "AssertHost": ["item"],
  "AssertFraction": ["item"],
  "AssertKernelCommandLine": ["item"],
  "AssertKernelVersion": ["item"],
  "AssertVersion": ["item"],
  "AssertCredential": ["item"],
  "AssertEnvironment": ["item"],
  "AssertSecurity": ["item"],
  "AssertCapability": ["item"],
  "AssertACPower": true,
  "AssertNeedsUpdate": ["item"],
  "AssertFirstBoot": true,
  "AssertPathExists": ["/srv/example"],
  "AssertPathExistsGlob": ["/srv/example"],
  "AssertPathIsDirectory": ["/srv/example"],
  "AssertPathIsSymbolicLink": ["/srv/example"],
  "AssertPathIsMountPoint": ["/srv/example"],
  "AssertPathIsReadWrite": ["/srv/example"],
  "AssertPathIsEncrypted": ["/srv/example"],
  "AssertPathIsSocket": ["/srv/example"],
  "AssertDirectoryNotEmpty": ["/srv/example"],
  "AssertFileNotEmpty": ["/srv/example"],
  "AssertFileIsExecutable": ["/srv/example"],
  "AssertUser": ["item"],
  "AssertGroup": ["item"],
  "AssertControlGroupController": ["item"],
  "AssertMemory": ["item"],
  "AssertCPUs": ["item"],
  "AssertCPUFeature": ["item"],
  "AssertOSRelease": ["item"],
  "AssertMachineTag": ["item"],
  "AssertMemoryPressure": ["item"],
  "AssertCPUPressure": ["item"],
  "AssertIOPressure": ["item"],
  "AssertKernelModuleLoaded": ["item"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Description": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Documentation": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Wants": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Requires": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Requisite": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "BindsTo": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "PartOf": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Upholds": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Conflicts": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "Before": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "After": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "OnFailure": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "OnSuccess": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "PropagatesReloadTo": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ReloadPropagatedFrom": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "PropagatesStopTo": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "StopPropagatedFrom": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "JoinsNamespaceOf": ["example"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "RequiresMountsFor": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "WantsMountsFor": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "OnSuccessJobMode": "no-such-value",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "OnFailureJobMode": "no-such-value",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "IgnoreOnIsolate": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "StopWhenUnneeded": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "RefuseManualStart": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "RefuseManualStop": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AllowIsolate": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "DefaultDependencies": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "SurviveFinalKillSignal": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "CollectMode": "no-such-value",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "FailureAction": "no-such-value",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "SuccessAction": "no-such-value",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "FailureActionExitStatus": "lots",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "SuccessActionExitStatus": "lots",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "JobTimeoutSec": "soon",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "JobRunningTimeoutSec": "soon",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "JobTimeoutAction": "no-such-value",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "JobTimeoutRebootArgument": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "StartLimitIntervalSec": "soon",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "StartLimitBurst": "lots",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "StartLimitAction": "no-such-value",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "RebootArgument": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "SourcePath": "relative/path",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionArchitecture": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionFirmware": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionVirtualization": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionHost": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionFraction": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionKernelCommandLine": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionKernelVersion": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionVersion": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionCredential": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionEnvironment": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionSecurity": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionCapability": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionACPower": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionNeedsUpdate": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionFirstBoot": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathExists": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathExistsGlob": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathIsDirectory": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathIsSymbolicLink": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathIsMountPoint": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathIsReadWrite": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathIsEncrypted": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionPathIsSocket": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionDirectoryNotEmpty": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionFileNotEmpty": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionFileIsExecutable": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionUser": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionGroup": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionControlGroupController": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionMemory": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionCPUs": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionCPUFeature": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionOSRelease": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionMachineTag": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionMemoryPressure": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionCPUPressure": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionIOPressure": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "ConditionKernelModuleLoaded": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertArchitecture": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertVirtualization": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertHost": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertFraction": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertKernelCommandLine": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertKernelVersion": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertVersion": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertCredential": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertEnvironment": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertSecurity": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertCapability": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertACPower": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertNeedsUpdate": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertFirstBoot": "yes",
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathExists": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathExistsGlob": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathIsDirectory": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathIsSymbolicLink": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathIsMountPoint": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathIsReadWrite": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathIsEncrypted": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertPathIsSocket": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertDirectoryNotEmpty": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertFileNotEmpty": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertFileIsExecutable": ["relative/path"],
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertUser": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertGroup": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertControlGroupController": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertMemory": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertCPUs": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertCPUFeature": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertOSRelease": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertMachineTag": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertMemoryPressure": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertCPUPressure": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertIOPressure": 42,
});
ok("service", "Unit", {
  // @ts-expect-error wrong value
  "AssertKernelModuleLoaded": 42,
});
ok("service", "Service", {
  "Type": "simple",
  "ExitType": "main",
  "RemainAfterExit": true,
  "GuessMainPID": true,
  "PIDFile": "/srv/example",
  "BusName": "text",
  "ExecStart": ["/bin/true", "--flag"],
  "ExecStartPre": ["/bin/true", "--flag"],
  "ExecStartPost": ["/bin/true", "--flag"],
  "ExecCondition": ["/bin/true", "--flag"],
  "ExecReload": ["/bin/true", "--flag"],
  "ExecReloadPost": ["/bin/true", "--flag"],
  "ExecStop": ["/bin/true", "--flag"],
  "ExecStopPost": ["/bin/true", "--flag"],
  "RestartSec": "1min 30s",
  "RestartSteps": 0,
  "RestartMaxDelaySec": "1min 30s",
  "RestartRandomizedDelaySec": "1min 30s",
  "TimeoutStartSec": "1min 30s",
  "TimeoutStopSec": "1min 30s",
  "TimeoutAbortSec": "1min 30s",
  "TimeoutSec": "1min 30s",
  "TimeoutStartFailureMode": "terminate",
  "TimeoutStopFailureMode": "terminate",
  "RuntimeMaxSec": "1min 30s",
  "RuntimeRandomizedExtraSec": "1min 30s",
  "WatchdogSec": "1min 30s",
  "Restart": "no",
  "RestartMode": "normal",
  "SuccessExitStatus": ["item"],
  "RestartPreventExitStatus": ["item"],
  "RestartForceExitStatus": ["item"],
  "RootDirectoryStartOnly": true,
  "NonBlocking": true,
  "NotifyAccess": "none",
  "Sockets": ["example.service"],
  "FileDescriptorStoreMax": 0,
  "FileDescriptorStorePreserve": true,
  "LUOSession": ["one two"],
  "USBFunctionDescriptors": "/srv/example",
  "USBFunctionStrings": "/srv/example",
  "OOMPolicy": "continue",
  "OpenFile": ["item"],
  "ReloadSignal": "SIGHUP",
  "RefreshOnReload": ["item"],
  "ExecSearchPath": ["one two"],
  "WorkingDirectory": "/srv/example",
  "RootDirectory": "/srv/example",
  "RootImage": "/srv/example",
  "RootImageOptions": ["one two"],
  "RootEphemeral": true,
  "RootHash": "text",
  "RootHashSignature": "text",
  "RootVerity": "/srv/example",
  "RootImagePolicy": "text",
  "MountImagePolicy": "text",
  "ExtensionImagePolicy": "text",
  "RootMStack": "/srv/example",
  "MountAPIVFS": true,
  "BindLogSockets": true,
  "ProtectProc": "noaccess",
  "ProcSubset": "all",
  "BindPaths": ["/srv/a:/srv/b"],
  "BindReadOnlyPaths": ["/srv/a:/srv/b"],
  "MountImages": ["one two"],
  "ExtensionImages": ["one two"],
  "ExtensionDirectories": ["/srv/example"],
  "User": "text",
  "Group": "text",
  "DynamicUser": true,
  "SupplementaryGroups": ["item"],
  "SetLoginEnvironment": true,
  "PAMName": "text",
  "CapabilityBoundingSet": ["item"],
  "AmbientCapabilities": ["item"],
  "NoNewPrivileges": true,
  "SecureBits": ["item"],
  "SELinuxContext": "text",
  "AppArmorProfile": "text",
  "SmackProcessLabel": "text",
  "LimitCPU": "1024:4096",
  "LimitFSIZE": "1024:4096",
  "LimitDATA": "1024:4096",
  "LimitSTACK": "1024:4096",
  "LimitCORE": "1024:4096",
  "LimitRSS": "1024:4096",
  "LimitNOFILE": "1024:4096",
  "LimitAS": "1024:4096",
  "LimitNPROC": "1024:4096",
  "LimitMEMLOCK": "1024:4096",
  "LimitLOCKS": "1024:4096",
  "LimitSIGPENDING": "1024:4096",
  "LimitMSGQUEUE": "1024:4096",
  "LimitNICE": "1024:4096",
  "LimitRTPRIO": "1024:4096",
  "LimitRTTIME": "1024:4096",
  "UMask": "0750",
  "CoredumpFilter": ["item"],
  "KeyringMode": "inherit",
  "OOMScoreAdjust": 0,
  "TimerSlackNSec": "1min 30s",
  "Personality": "x86",
  "IgnoreSIGPIPE": true,
  "Nice": 0,
  "CPUSchedulingPolicy": "other",
  "CPUSchedulingPriority": 0,
  "CPUSchedulingResetOnFork": true,
  "CPUAffinity": ["item"],
  "NUMAPolicy": "default",
  "NUMAMask": "text",
  "IOSchedulingClass": "realtime",
  "IOSchedulingPriority": 0,
  "ProtectSystem": true,
  "ProtectHome": true,
  "RuntimeDirectory": ["example"],
  "StateDirectory": ["example"],
  "CacheDirectory": ["example"],
  "LogsDirectory": ["example"],
  "ConfigurationDirectory": ["example"],
  "RuntimeDirectoryMode": "0750",
  "StateDirectoryMode": "0750",
  "CacheDirectoryMode": "0750",
  "LogsDirectoryMode": "0750",
  "ConfigurationDirectoryMode": "0750",
  "StateDirectoryQuota": "512M",
  "CacheDirectoryQuota": "512M",
  "LogsDirectoryQuota": "512M",
  "StateDirectoryAccounting": true,
  "CacheDirectoryAccounting": true,
  "LogsDirectoryAccounting": true,
  "RuntimeDirectoryPreserve": true,
  "TimeoutCleanSec": "1min 30s",
  "ReadWritePaths": ["/srv/example"],
  "ReadOnlyPaths": ["/srv/example"],
  "InaccessiblePaths": ["/srv/example"],
  "ExecPaths": ["/srv/example"],
  "NoExecPaths": ["/srv/example"],
  "TemporaryFileSystem": ["one two"],
  "PrivateTmp": true,
  "PrivateDevices": true,
  "PrivateNetwork": true,
  "UserNamespacePath": "/srv/example",
  "NetworkNamespacePath": "/srv/example",
  "PrivateIPC": true,
  "IPCNamespacePath": "/srv/example",
  "MemoryKSM": true,
  "MemoryTHP": "inherit",
  "PrivatePIDs": true,
  "PrivateUsers": true,
  "ProtectHostname": true,
  "ProtectClock": true,
  "ProtectKernelTunables": true,
  "ProtectKernelModules": true,
  "ProtectKernelLogs": true,
  "ProtectControlGroups": true,
  "RestrictAddressFamilies": ["item"],
  "RestrictFileSystems": ["item"],
  "RestrictNamespaces": ["item"],
  "DelegateNamespaces": ["item"],
  "PrivateBPF": true,
  "BPFDelegateCommands": "text",
  "BPFDelegateMaps": "text",
  "BPFDelegatePrograms": "text",
  "BPFDelegateAttachments": "text",
  "LockPersonality": true,
  "MemoryDenyWriteExecute": true,
  "RestrictRealtime": true,
  "RestrictSUIDSGID": true,
  "RemoveIPC": true,
  "PrivateMounts": true,
  "MountFlags": "shared",
  "SystemCallFilter": ["item"],
  "SystemCallErrorNumber": "text",
  "SystemCallArchitectures": ["item"],
  "SystemCallLog": ["item"],
  "Environment": { EXAMPLE: "value" },
  "EnvironmentFile": ["/srv/example"],
  "PassEnvironment": ["item"],
  "UnsetEnvironment": ["item"],
  "StandardInput": "null",
  "StandardOutput": "inherit",
  "StandardError": "inherit",
  "StandardInputText": ["item"],
  "StandardInputData": ["item"],
  "LogLevelMax": "emerg",
  "LogExtraFields": ["one two"],
  "LogRateLimitIntervalSec": "1min 30s",
  "LogRateLimitBurst": 0,
  "LogFilterPatterns": ["item"],
  "LogNamespace": "text",
  "SyslogIdentifier": "text",
  "SyslogFacility": "kern",
  "SyslogLevel": "emerg",
  "SyslogLevelPrefix": true,
  "TTYPath": "/srv/example",
  "TTYReset": true,
  "TTYVHangup": true,
  "TTYRows": 0,
  "TTYColumns": 0,
  "TTYVTDisallocate": true,
  "LoadCredential": ["item"],
  "LoadCredentialEncrypted": ["item"],
  "ImportCredential": ["item"],
  "SetCredential": ["item"],
  "SetCredentialEncrypted": ["item"],
  "UtmpIdentifier": "text",
  "UtmpMode": "init",
  "KillMode": "control-group",
  "KillSignal": "SIGHUP",
  "RestartKillSignal": "SIGHUP",
  "SendSIGHUP": true,
  "SendSIGKILL": true,
  "FinalKillSignal": "SIGHUP",
  "WatchdogSignal": "SIGHUP",
  "CPUAccounting": true,
  "CPUWeight": 1,
  "StartupCPUWeight": 1,
  "CPUQuota": "50%",
  "CPUQuotaPeriodSec": "1min 30s",
  "AllowedCPUs": "text",
  "StartupAllowedCPUs": "text",
  "AllowedMemoryNodes": "text",
  "StartupAllowedMemoryNodes": "text",
  "CPUSetPartition": "member",
  "MemoryAccounting": true,
  "MemoryMin": "512M",
  "MemoryLow": "512M",
  "StartupMemoryLow": "512M",
  "MemoryHigh": "512M",
  "StartupMemoryHigh": "512M",
  "MemoryMax": "512M",
  "StartupMemoryMax": "512M",
  "MemorySwapMax": "512M",
  "StartupMemorySwapMax": "512M",
  "MemoryZSwapMax": "512M",
  "StartupMemoryZSwapMax": "512M",
  "MemoryZSwapWriteback": true,
  "TasksAccounting": true,
  "TasksMax": 1,
  "IOAccounting": true,
  "IOWeight": 1,
  "StartupIOWeight": 1,
  "IODeviceWeight": ["item"],
  "IOReadBandwidthMax": ["item"],
  "IOWriteBandwidthMax": ["item"],
  "IOReadIOPSMax": ["item"],
  "IOWriteIOPSMax": ["item"],
  "IODeviceLatencyTargetSec": ["item"],
  "IPAccounting": true,
  "IPAddressAllow": ["item"],
  "IPAddressDeny": ["item"],
  "IPIngressFilterPath": ["/srv/example"],
  "IPEgressFilterPath": ["/srv/example"],
  "BPFProgram": ["item"],
  "SocketBindAllow": ["item"],
  "SocketBindDeny": ["item"],
  "RestrictNetworkInterfaces": ["item"],
  "BindNetworkInterface": "text",
  "NFTSet": "text",
  "DeviceAllow": ["item"],
  "DevicePolicy": "auto",
  "Slice": "example.service",
  "Delegate": ["item"],
  "DelegateSubgroup": "text",
  "DisableControllers": ["item"],
  "ManagedOOMSwap": "auto",
  "ManagedOOMMemoryPressure": "auto",
  "ManagedOOMMemoryPressureLimit": "50%",
  "ManagedOOMMemoryPressureDurationSec": "1min 30s",
  "ManagedOOMPreference": "none",
  "OOMRules": "text",
  "MemoryPressureWatch": true,
  "MemoryPressureThresholdSec": "1min 30s",
  "CPUPressureWatch": true,
  "CPUPressureThresholdSec": "1min 30s",
  "IOPressureWatch": true,
  "IOPressureThresholdSec": "1min 30s",
  "CoredumpReceive": true,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Type": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExitType": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RemainAfterExit": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "GuessMainPID": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PIDFile": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BusName": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecStart": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecStartPre": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecStartPost": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecCondition": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecReload": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecReloadPost": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecStop": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecStopPost": "/bin/true --flag",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartSteps": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartMaxDelaySec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartRandomizedDelaySec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimeoutStartSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimeoutStopSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimeoutAbortSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimeoutSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimeoutStartFailureMode": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimeoutStopFailureMode": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RuntimeMaxSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RuntimeRandomizedExtraSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "WatchdogSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Restart": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartMode": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SuccessExitStatus": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartPreventExitStatus": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartForceExitStatus": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootDirectoryStartOnly": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NonBlocking": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NotifyAccess": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Sockets": ["example"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "FileDescriptorStoreMax": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "FileDescriptorStorePreserve": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LUOSession": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "USBFunctionDescriptors": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "USBFunctionStrings": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "OOMPolicy": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "OpenFile": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ReloadSignal": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RefreshOnReload": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecSearchPath": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "WorkingDirectory": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootDirectory": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootImage": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootImageOptions": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootEphemeral": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootHash": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootHashSignature": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootVerity": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootImagePolicy": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MountImagePolicy": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExtensionImagePolicy": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RootMStack": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MountAPIVFS": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BindLogSockets": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectProc": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProcSubset": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BindPaths": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BindReadOnlyPaths": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MountImages": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExtensionImages": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExtensionDirectories": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Group": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "DynamicUser": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SupplementaryGroups": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SetLoginEnvironment": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PAMName": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CapabilityBoundingSet": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "AmbientCapabilities": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NoNewPrivileges": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SecureBits": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SELinuxContext": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "AppArmorProfile": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SmackProcessLabel": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitCPU": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitFSIZE": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitDATA": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitSTACK": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitCORE": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitRSS": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitNOFILE": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitAS": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitNPROC": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitMEMLOCK": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitLOCKS": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitSIGPENDING": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitMSGQUEUE": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitNICE": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitRTPRIO": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LimitRTTIME": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "UMask": "0o750",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CoredumpFilter": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "KeyringMode": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "OOMScoreAdjust": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimerSlackNSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Personality": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IgnoreSIGPIPE": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Nice": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUSchedulingPolicy": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUSchedulingPriority": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUSchedulingResetOnFork": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUAffinity": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NUMAPolicy": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NUMAMask": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOSchedulingClass": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOSchedulingPriority": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectSystem": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectHome": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RuntimeDirectory": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StateDirectory": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CacheDirectory": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogsDirectory": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ConfigurationDirectory": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryMode": "0o750",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StateDirectoryMode": "0o750",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CacheDirectoryMode": "0o750",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogsDirectoryMode": "0o750",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ConfigurationDirectoryMode": "0o750",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StateDirectoryQuota": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CacheDirectoryQuota": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogsDirectoryQuota": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StateDirectoryAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CacheDirectoryAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogsDirectoryAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryPreserve": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TimeoutCleanSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ReadWritePaths": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ReadOnlyPaths": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "InaccessiblePaths": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ExecPaths": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NoExecPaths": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TemporaryFileSystem": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivateTmp": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivateDevices": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivateNetwork": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "UserNamespacePath": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NetworkNamespacePath": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivateIPC": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IPCNamespacePath": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryKSM": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryTHP": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivatePIDs": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivateUsers": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectHostname": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectClock": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectKernelTunables": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectKernelModules": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectKernelLogs": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ProtectControlGroups": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestrictAddressFamilies": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestrictFileSystems": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestrictNamespaces": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "DelegateNamespaces": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivateBPF": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BPFDelegateCommands": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BPFDelegateMaps": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BPFDelegatePrograms": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BPFDelegateAttachments": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LockPersonality": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryDenyWriteExecute": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestrictRealtime": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestrictSUIDSGID": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RemoveIPC": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PrivateMounts": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MountFlags": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SystemCallFilter": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SystemCallErrorNumber": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SystemCallArchitectures": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SystemCallLog": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Environment": { EXAMPLE: 42 },
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "EnvironmentFile": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "PassEnvironment": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "UnsetEnvironment": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StandardInput": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StandardOutput": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StandardError": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StandardInputText": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StandardInputData": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogLevelMax": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogExtraFields": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogRateLimitIntervalSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogRateLimitBurst": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogFilterPatterns": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LogNamespace": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SyslogIdentifier": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SyslogFacility": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SyslogLevel": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SyslogLevelPrefix": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TTYPath": "relative/path",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TTYReset": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TTYVHangup": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TTYRows": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TTYColumns": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TTYVTDisallocate": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LoadCredential": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "LoadCredentialEncrypted": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ImportCredential": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SetCredential": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SetCredentialEncrypted": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "UtmpIdentifier": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "UtmpMode": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "KillMode": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "KillSignal": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestartKillSignal": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SendSIGHUP": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SendSIGKILL": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "FinalKillSignal": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "WatchdogSignal": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUWeight": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupCPUWeight": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUQuota": 50,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUQuotaPeriodSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "AllowedCPUs": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupAllowedCPUs": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "AllowedMemoryNodes": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupAllowedMemoryNodes": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUSetPartition": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryMin": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryLow": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupMemoryLow": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryHigh": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupMemoryHigh": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryMax": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupMemoryMax": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemorySwapMax": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupMemorySwapMax": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryZSwapMax": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupMemoryZSwapMax": "512MB",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryZSwapWriteback": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TasksAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "TasksMax": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOWeight": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "StartupIOWeight": "lots",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IODeviceWeight": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOReadBandwidthMax": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOWriteBandwidthMax": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOReadIOPSMax": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOWriteIOPSMax": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IODeviceLatencyTargetSec": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IPAccounting": "yes",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IPAddressAllow": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IPAddressDeny": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IPIngressFilterPath": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IPEgressFilterPath": ["relative/path"],
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BPFProgram": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SocketBindAllow": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "SocketBindDeny": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "RestrictNetworkInterfaces": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "BindNetworkInterface": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "DeviceAllow": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "DevicePolicy": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Slice": "example",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "Delegate": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "DelegateSubgroup": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "DisableControllers": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ManagedOOMSwap": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressure": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureLimit": 50,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureDurationSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "ManagedOOMPreference": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "OOMRules": 42,
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryPressureWatch": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "MemoryPressureThresholdSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUPressureWatch": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CPUPressureThresholdSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOPressureWatch": "no-such-value",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "IOPressureThresholdSec": "soon",
});
ok("service", "Service", {
  // @ts-expect-error wrong value
  "CoredumpReceive": "yes",
});
ok("service", "Install", {
  "Alias": ["example.service"],
  "WantedBy": ["example.service"],
  "RequiredBy": ["example.service"],
  "UpheldBy": ["example.service"],
  "Also": ["example.service"],
  "DefaultInstance": "text",
});
ok("service", "Install", {
  // @ts-expect-error wrong value
  "Alias": ["example"],
});
ok("service", "Install", {
  // @ts-expect-error wrong value
  "WantedBy": ["example"],
});
ok("service", "Install", {
  // @ts-expect-error wrong value
  "RequiredBy": ["example"],
});
ok("service", "Install", {
  // @ts-expect-error wrong value
  "UpheldBy": ["example"],
});
ok("service", "Install", {
  // @ts-expect-error wrong value
  "Also": ["example"],
});
ok("service", "Install", {
  // @ts-expect-error wrong value
  "DefaultInstance": 42,
});
ok("socket", "Socket", {
  "ListenStream": [8080],
  "ListenDatagram": [8080],
  "ListenSequentialPacket": [8080],
  "ListenFIFO": [8080],
  "ListenSpecial": [8080],
  "ListenNetlink": [8080],
  "ListenMessageQueue": [8080],
  "ListenUSBFunction": [8080],
  "SocketProtocol": "udplite",
  "BindIPv6Only": "default",
  "Backlog": 0,
  "BindToDevice": "text",
  "SocketUser": "text",
  "SocketGroup": "text",
  "SocketMode": "0750",
  "DirectoryMode": "0750",
  "Accept": true,
  "Writable": true,
  "FlushPending": true,
  "MaxConnections": 0,
  "MaxConnectionsPerSource": 0,
  "KeepAlive": true,
  "KeepAliveTimeSec": "1min 30s",
  "KeepAliveIntervalSec": "1min 30s",
  "KeepAliveProbes": 0,
  "NoDelay": true,
  "Priority": 0,
  "DeferAcceptSec": "1min 30s",
  "ReceiveBuffer": "512M",
  "SendBuffer": "512M",
  "IPTOS": "text",
  "IPTTL": 1,
  "Mark": 0,
  "ReusePort": true,
  "SmackLabel": "text",
  "SmackLabelIPIn": "text",
  "SmackLabelIPOut": "text",
  "XAttrEntryPoint": ["item"],
  "XAttrListen": ["item"],
  "XAttrAccept": ["item"],
  "SELinuxContextFromNet": true,
  "PipeSize": "512M",
  "MessageQueueMaxMessages": 0,
  "MessageQueueMessageSize": 0,
  "FreeBind": true,
  "Transparent": true,
  "Broadcast": true,
  "PassCredentials": true,
  "PassPIDFD": true,
  "PassSecurity": true,
  "PassPacketInfo": true,
  "AcceptFileDescriptors": true,
  "Timestamping": "off",
  "TCPCongestion": "text",
  "ExecStartPre": ["/bin/true", "--flag"],
  "ExecStartPost": ["/bin/true", "--flag"],
  "ExecStopPre": ["/bin/true", "--flag"],
  "ExecStopPost": ["/bin/true", "--flag"],
  "TimeoutSec": "1min 30s",
  "Service": "example.service",
  "RemoveOnStop": true,
  "Symlinks": ["/srv/example"],
  "FileDescriptorName": "text",
  "TriggerLimitIntervalSec": "1min 30s",
  "TriggerLimitBurst": 0,
  "PollLimitIntervalSec": "1min 30s",
  "PollLimitBurst": 0,
  "DeferTrigger": true,
  "DeferTriggerMaxSec": "1min 30s",
  "PassFileDescriptorsToExec": true,
  "ExecSearchPath": ["one two"],
  "WorkingDirectory": "/srv/example",
  "RootDirectory": "/srv/example",
  "RootImage": "/srv/example",
  "RootImageOptions": ["one two"],
  "RootEphemeral": true,
  "RootHash": "text",
  "RootHashSignature": "text",
  "RootVerity": "/srv/example",
  "RootImagePolicy": "text",
  "MountImagePolicy": "text",
  "ExtensionImagePolicy": "text",
  "RootMStack": "/srv/example",
  "MountAPIVFS": true,
  "BindLogSockets": true,
  "ProtectProc": "noaccess",
  "ProcSubset": "all",
  "BindPaths": ["/srv/a:/srv/b"],
  "BindReadOnlyPaths": ["/srv/a:/srv/b"],
  "MountImages": ["one two"],
  "ExtensionImages": ["one two"],
  "ExtensionDirectories": ["/srv/example"],
  "User": "text",
  "Group": "text",
  "DynamicUser": true,
  "SupplementaryGroups": ["item"],
  "SetLoginEnvironment": true,
  "PAMName": "text",
  "CapabilityBoundingSet": ["item"],
  "AmbientCapabilities": ["item"],
  "NoNewPrivileges": true,
  "SecureBits": ["item"],
  "SELinuxContext": "text",
  "AppArmorProfile": "text",
  "SmackProcessLabel": "text",
  "LimitCPU": "1024:4096",
  "LimitFSIZE": "1024:4096",
  "LimitDATA": "1024:4096",
  "LimitSTACK": "1024:4096",
  "LimitCORE": "1024:4096",
  "LimitRSS": "1024:4096",
  "LimitNOFILE": "1024:4096",
  "LimitAS": "1024:4096",
  "LimitNPROC": "1024:4096",
  "LimitMEMLOCK": "1024:4096",
  "LimitLOCKS": "1024:4096",
  "LimitSIGPENDING": "1024:4096",
  "LimitMSGQUEUE": "1024:4096",
  "LimitNICE": "1024:4096",
  "LimitRTPRIO": "1024:4096",
  "LimitRTTIME": "1024:4096",
  "UMask": "0750",
  "CoredumpFilter": ["item"],
  "KeyringMode": "inherit",
  "OOMScoreAdjust": 0,
  "TimerSlackNSec": "1min 30s",
  "Personality": "x86",
  "IgnoreSIGPIPE": true,
  "Nice": 0,
  "CPUSchedulingPolicy": "other",
  "CPUSchedulingPriority": 0,
  "CPUSchedulingResetOnFork": true,
  "CPUAffinity": ["item"],
  "NUMAPolicy": "default",
  "NUMAMask": "text",
  "IOSchedulingClass": "realtime",
  "IOSchedulingPriority": 0,
  "ProtectSystem": true,
  "ProtectHome": true,
  "RuntimeDirectory": ["example"],
  "StateDirectory": ["example"],
  "CacheDirectory": ["example"],
  "LogsDirectory": ["example"],
  "ConfigurationDirectory": ["example"],
  "RuntimeDirectoryMode": "0750",
  "StateDirectoryMode": "0750",
  "CacheDirectoryMode": "0750",
  "LogsDirectoryMode": "0750",
  "ConfigurationDirectoryMode": "0750",
  "StateDirectoryQuota": "512M",
  "CacheDirectoryQuota": "512M",
  "LogsDirectoryQuota": "512M",
  "StateDirectoryAccounting": true,
  "CacheDirectoryAccounting": true,
  "LogsDirectoryAccounting": true,
  "RuntimeDirectoryPreserve": true,
  "TimeoutCleanSec": "1min 30s",
  "ReadWritePaths": ["/srv/example"],
  "ReadOnlyPaths": ["/srv/example"],
  "InaccessiblePaths": ["/srv/example"],
  "ExecPaths": ["/srv/example"],
  "NoExecPaths": ["/srv/example"],
  "TemporaryFileSystem": ["one two"],
  "PrivateTmp": true,
  "PrivateDevices": true,
  "PrivateNetwork": true,
  "UserNamespacePath": "/srv/example",
  "NetworkNamespacePath": "/srv/example",
  "PrivateIPC": true,
  "IPCNamespacePath": "/srv/example",
  "MemoryKSM": true,
  "MemoryTHP": "inherit",
  "PrivatePIDs": true,
  "PrivateUsers": true,
  "ProtectHostname": true,
  "ProtectClock": true,
  "ProtectKernelTunables": true,
  "ProtectKernelModules": true,
  "ProtectKernelLogs": true,
  "ProtectControlGroups": true,
  "RestrictAddressFamilies": ["item"],
  "RestrictFileSystems": ["item"],
  "RestrictNamespaces": ["item"],
  "DelegateNamespaces": ["item"],
  "PrivateBPF": true,
  "BPFDelegateCommands": "text",
  "BPFDelegateMaps": "text",
  "BPFDelegatePrograms": "text",
  "BPFDelegateAttachments": "text",
  "LockPersonality": true,
  "MemoryDenyWriteExecute": true,
  "RestrictRealtime": true,
  "RestrictSUIDSGID": true,
  "RemoveIPC": true,
  "PrivateMounts": true,
  "MountFlags": "shared",
  "SystemCallFilter": ["item"],
  "SystemCallErrorNumber": "text",
  "SystemCallArchitectures": ["item"],
  "SystemCallLog": ["item"],
  "Environment": { EXAMPLE: "value" },
  "EnvironmentFile": ["/srv/example"],
  "PassEnvironment": ["item"],
  "UnsetEnvironment": ["item"],
  "StandardInput": "null",
  "StandardOutput": "inherit",
  "StandardError": "inherit",
  "StandardInputText": ["item"],
  "StandardInputData": ["item"],
  "LogLevelMax": "emerg",
  "LogExtraFields": ["one two"],
  "LogRateLimitIntervalSec": "1min 30s",
  "LogRateLimitBurst": 0,
  "LogFilterPatterns": ["item"],
  "LogNamespace": "text",
  "SyslogIdentifier": "text",
  "SyslogFacility": "kern",
  "SyslogLevel": "emerg",
  "SyslogLevelPrefix": true,
  "TTYPath": "/srv/example",
  "TTYReset": true,
  "TTYVHangup": true,
  "TTYRows": 0,
  "TTYColumns": 0,
  "TTYVTDisallocate": true,
  "LoadCredential": ["item"],
  "LoadCredentialEncrypted": ["item"],
  "ImportCredential": ["item"],
  "SetCredential": ["item"],
  "SetCredentialEncrypted": ["item"],
  "UtmpIdentifier": "text",
  "UtmpMode": "init",
  "KillMode": "control-group",
  "KillSignal": "SIGHUP",
  "RestartKillSignal": "SIGHUP",
  "SendSIGHUP": true,
  "SendSIGKILL": true,
  "FinalKillSignal": "SIGHUP",
  "WatchdogSignal": "SIGHUP",
  "CPUAccounting": true,
  "CPUWeight": 1,
  "StartupCPUWeight": 1,
  "CPUQuota": "50%",
  "CPUQuotaPeriodSec": "1min 30s",
  "AllowedCPUs": "text",
  "StartupAllowedCPUs": "text",
  "AllowedMemoryNodes": "text",
  "StartupAllowedMemoryNodes": "text",
  "CPUSetPartition": "member",
  "MemoryAccounting": true,
  "MemoryMin": "512M",
  "MemoryLow": "512M",
  "StartupMemoryLow": "512M",
  "MemoryHigh": "512M",
  "StartupMemoryHigh": "512M",
  "MemoryMax": "512M",
  "StartupMemoryMax": "512M",
  "MemorySwapMax": "512M",
  "StartupMemorySwapMax": "512M",
  "MemoryZSwapMax": "512M",
  "StartupMemoryZSwapMax": "512M",
  "MemoryZSwapWriteback": true,
  "TasksAccounting": true,
  "TasksMax": 1,
  "IOAccounting": true,
  "IOWeight": 1,
  "StartupIOWeight": 1,
  "IODeviceWeight": ["item"],
  "IOReadBandwidthMax": ["item"],
  "IOWriteBandwidthMax": ["item"],
  "IOReadIOPSMax": ["item"],
  "IOWriteIOPSMax": ["item"],
  "IODeviceLatencyTargetSec": ["item"],
  "IPAccounting": true,
  "IPAddressAllow": ["item"],
  "IPAddressDeny": ["item"],
  "IPIngressFilterPath": ["/srv/example"],
  "IPEgressFilterPath": ["/srv/example"],
  "BPFProgram": ["item"],
  "SocketBindAllow": ["item"],
  "SocketBindDeny": ["item"],
  "RestrictNetworkInterfaces": ["item"],
  "BindNetworkInterface": "text",
  "NFTSet": "text",
  "DeviceAllow": ["item"],
  "DevicePolicy": "auto",
  "Slice": "example.service",
  "Delegate": ["item"],
  "DelegateSubgroup": "text",
  "DisableControllers": ["item"],
  "ManagedOOMSwap": "auto",
  "ManagedOOMMemoryPressure": "auto",
  "ManagedOOMMemoryPressureLimit": "50%",
  "ManagedOOMMemoryPressureDurationSec": "1min 30s",
  "ManagedOOMPreference": "none",
  "OOMRules": "text",
  "MemoryPressureWatch": true,
  "MemoryPressureThresholdSec": "1min 30s",
  "CPUPressureWatch": true,
  "CPUPressureThresholdSec": "1min 30s",
  "IOPressureWatch": true,
  "IOPressureThresholdSec": "1min 30s",
  "CoredumpReceive": true,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenStream": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenDatagram": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenSequentialPacket": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenFIFO": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenSpecial": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenNetlink": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenMessageQueue": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ListenUSBFunction": [true],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SocketProtocol": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BindIPv6Only": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Backlog": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BindToDevice": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SocketUser": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SocketGroup": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SocketMode": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DirectoryMode": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Accept": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Writable": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "FlushPending": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MaxConnections": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MaxConnectionsPerSource": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "KeepAlive": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "KeepAliveTimeSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "KeepAliveIntervalSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "KeepAliveProbes": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "NoDelay": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Priority": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DeferAcceptSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ReceiveBuffer": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SendBuffer": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPTOS": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPTTL": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Mark": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ReusePort": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SmackLabel": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SmackLabelIPIn": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SmackLabelIPOut": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "XAttrEntryPoint": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "XAttrListen": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "XAttrAccept": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SELinuxContextFromNet": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PipeSize": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MessageQueueMaxMessages": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MessageQueueMessageSize": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "FreeBind": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Transparent": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Broadcast": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PassCredentials": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PassPIDFD": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PassSecurity": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PassPacketInfo": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "AcceptFileDescriptors": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Timestamping": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TCPCongestion": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExecStartPre": "/bin/true --flag",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExecStartPost": "/bin/true --flag",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExecStopPre": "/bin/true --flag",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExecStopPost": "/bin/true --flag",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TimeoutSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Service": "example",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RemoveOnStop": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Symlinks": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "FileDescriptorName": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TriggerLimitIntervalSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TriggerLimitBurst": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PollLimitIntervalSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PollLimitBurst": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DeferTrigger": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DeferTriggerMaxSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PassFileDescriptorsToExec": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExecSearchPath": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "WorkingDirectory": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootDirectory": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootImage": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootImageOptions": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootEphemeral": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootHash": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootHashSignature": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootVerity": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootImagePolicy": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MountImagePolicy": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExtensionImagePolicy": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RootMStack": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MountAPIVFS": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BindLogSockets": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectProc": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProcSubset": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BindPaths": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BindReadOnlyPaths": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MountImages": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExtensionImages": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExtensionDirectories": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Group": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DynamicUser": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SupplementaryGroups": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SetLoginEnvironment": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PAMName": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CapabilityBoundingSet": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "AmbientCapabilities": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "NoNewPrivileges": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SecureBits": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SELinuxContext": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "AppArmorProfile": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SmackProcessLabel": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitCPU": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitFSIZE": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitDATA": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitSTACK": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitCORE": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitRSS": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitNOFILE": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitAS": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitNPROC": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitMEMLOCK": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitLOCKS": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitSIGPENDING": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitMSGQUEUE": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitNICE": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitRTPRIO": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LimitRTTIME": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "UMask": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CoredumpFilter": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "KeyringMode": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "OOMScoreAdjust": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TimerSlackNSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Personality": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IgnoreSIGPIPE": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Nice": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUSchedulingPolicy": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUSchedulingPriority": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUSchedulingResetOnFork": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUAffinity": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "NUMAPolicy": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "NUMAMask": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOSchedulingClass": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOSchedulingPriority": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectSystem": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectHome": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RuntimeDirectory": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StateDirectory": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CacheDirectory": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogsDirectory": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ConfigurationDirectory": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryMode": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StateDirectoryMode": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CacheDirectoryMode": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogsDirectoryMode": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ConfigurationDirectoryMode": "0o750",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StateDirectoryQuota": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CacheDirectoryQuota": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogsDirectoryQuota": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StateDirectoryAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CacheDirectoryAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogsDirectoryAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryPreserve": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TimeoutCleanSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ReadWritePaths": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ReadOnlyPaths": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "InaccessiblePaths": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ExecPaths": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "NoExecPaths": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TemporaryFileSystem": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivateTmp": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivateDevices": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivateNetwork": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "UserNamespacePath": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "NetworkNamespacePath": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivateIPC": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPCNamespacePath": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryKSM": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryTHP": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivatePIDs": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivateUsers": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectHostname": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectClock": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectKernelTunables": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectKernelModules": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectKernelLogs": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ProtectControlGroups": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RestrictAddressFamilies": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RestrictFileSystems": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RestrictNamespaces": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DelegateNamespaces": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivateBPF": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BPFDelegateCommands": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BPFDelegateMaps": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BPFDelegatePrograms": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BPFDelegateAttachments": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LockPersonality": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryDenyWriteExecute": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RestrictRealtime": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RestrictSUIDSGID": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RemoveIPC": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PrivateMounts": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MountFlags": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SystemCallFilter": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SystemCallErrorNumber": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SystemCallArchitectures": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SystemCallLog": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Environment": { EXAMPLE: 42 },
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "EnvironmentFile": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "PassEnvironment": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "UnsetEnvironment": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StandardInput": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StandardOutput": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StandardError": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StandardInputText": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StandardInputData": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogLevelMax": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogExtraFields": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogRateLimitIntervalSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogRateLimitBurst": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogFilterPatterns": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LogNamespace": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SyslogIdentifier": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SyslogFacility": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SyslogLevel": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SyslogLevelPrefix": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TTYPath": "relative/path",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TTYReset": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TTYVHangup": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TTYRows": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TTYColumns": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TTYVTDisallocate": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LoadCredential": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "LoadCredentialEncrypted": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ImportCredential": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SetCredential": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SetCredentialEncrypted": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "UtmpIdentifier": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "UtmpMode": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "KillMode": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "KillSignal": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RestartKillSignal": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SendSIGHUP": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SendSIGKILL": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "FinalKillSignal": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "WatchdogSignal": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUWeight": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupCPUWeight": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUQuota": 50,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUQuotaPeriodSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "AllowedCPUs": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupAllowedCPUs": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "AllowedMemoryNodes": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupAllowedMemoryNodes": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUSetPartition": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryMin": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryLow": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupMemoryLow": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryHigh": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupMemoryHigh": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryMax": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupMemoryMax": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemorySwapMax": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupMemorySwapMax": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryZSwapMax": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupMemoryZSwapMax": "512MB",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryZSwapWriteback": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TasksAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "TasksMax": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOWeight": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "StartupIOWeight": "lots",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IODeviceWeight": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOReadBandwidthMax": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOWriteBandwidthMax": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOReadIOPSMax": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOWriteIOPSMax": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IODeviceLatencyTargetSec": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPAccounting": "yes",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPAddressAllow": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPAddressDeny": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPIngressFilterPath": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IPEgressFilterPath": ["relative/path"],
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BPFProgram": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SocketBindAllow": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "SocketBindDeny": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "RestrictNetworkInterfaces": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "BindNetworkInterface": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DeviceAllow": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DevicePolicy": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Slice": "example",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "Delegate": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DelegateSubgroup": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "DisableControllers": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ManagedOOMSwap": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressure": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureLimit": 50,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureDurationSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "ManagedOOMPreference": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "OOMRules": 42,
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryPressureWatch": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "MemoryPressureThresholdSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUPressureWatch": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CPUPressureThresholdSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOPressureWatch": "no-such-value",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "IOPressureThresholdSec": "soon",
});
ok("socket", "Socket", {
  // @ts-expect-error wrong value
  "CoredumpReceive": "yes",
});
ok("timer", "Timer", {
  "OnActiveSec": ["5min"],
  "OnBootSec": ["5min"],
  "OnStartupSec": ["5min"],
  "OnUnitActiveSec": ["5min"],
  "OnUnitInactiveSec": ["5min"],
  "OnCalendar": ["item"],
  "AccuracySec": "1min 30s",
  "RandomizedDelaySec": "1min 30s",
  "FixedRandomDelay": true,
  "RandomizedOffsetSec": "1min 30s",
  "DeferReactivation": true,
  "OnClockChange": true,
  "OnTimezoneChange": true,
  "Unit": "example.service",
  "Persistent": true,
  "WakeSystem": true,
  "RemainAfterElapse": true,
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnActiveSec": ["soon"],
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnBootSec": ["soon"],
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnStartupSec": ["soon"],
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnUnitActiveSec": ["soon"],
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnUnitInactiveSec": ["soon"],
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnCalendar": 42,
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "AccuracySec": "soon",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "RandomizedDelaySec": "soon",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "FixedRandomDelay": "yes",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "RandomizedOffsetSec": "soon",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "DeferReactivation": "yes",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnClockChange": "yes",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "OnTimezoneChange": "yes",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "Unit": "example",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "Persistent": "yes",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "WakeSystem": "yes",
});
ok("timer", "Timer", {
  // @ts-expect-error wrong value
  "RemainAfterElapse": "yes",
});
ok("path", "Path", {
  "PathExists": ["/srv/example"],
  "PathExistsGlob": ["/srv/example"],
  "PathChanged": ["/srv/example"],
  "PathModified": ["/srv/example"],
  "DirectoryNotEmpty": ["/srv/example"],
  "Unit": "example.service",
  "MakeDirectory": true,
  "DirectoryMode": "0750",
  "TriggerLimitIntervalSec": "1min 30s",
  "TriggerLimitBurst": 0,
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "PathExists": ["relative/path"],
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "PathExistsGlob": ["relative/path"],
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "PathChanged": ["relative/path"],
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "PathModified": ["relative/path"],
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "DirectoryNotEmpty": ["relative/path"],
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "Unit": "example",
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "MakeDirectory": "yes",
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "DirectoryMode": "0o750",
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "TriggerLimitIntervalSec": "soon",
});
ok("path", "Path", {
  // @ts-expect-error wrong value
  "TriggerLimitBurst": "lots",
});
ok("mount", "Mount", {
  "What": "text",
  "Where": "/srv/example",
  "Type": "text",
  "Options": "text",
  "SloppyOptions": true,
  "LazyUnmount": true,
  "ReadWriteOnly": true,
  "ForceUnmount": true,
  "DirectoryMode": "0750",
  "TimeoutSec": "1min 30s",
  "ExecSearchPath": ["one two"],
  "WorkingDirectory": "/srv/example",
  "RootDirectory": "/srv/example",
  "RootImage": "/srv/example",
  "RootImageOptions": ["one two"],
  "RootEphemeral": true,
  "RootHash": "text",
  "RootHashSignature": "text",
  "RootVerity": "/srv/example",
  "RootImagePolicy": "text",
  "MountImagePolicy": "text",
  "ExtensionImagePolicy": "text",
  "RootMStack": "/srv/example",
  "MountAPIVFS": true,
  "BindLogSockets": true,
  "ProtectProc": "noaccess",
  "ProcSubset": "all",
  "BindPaths": ["/srv/a:/srv/b"],
  "BindReadOnlyPaths": ["/srv/a:/srv/b"],
  "MountImages": ["one two"],
  "ExtensionImages": ["one two"],
  "ExtensionDirectories": ["/srv/example"],
  "User": "text",
  "Group": "text",
  "DynamicUser": true,
  "SupplementaryGroups": ["item"],
  "SetLoginEnvironment": true,
  "PAMName": "text",
  "CapabilityBoundingSet": ["item"],
  "AmbientCapabilities": ["item"],
  "NoNewPrivileges": true,
  "SecureBits": ["item"],
  "SELinuxContext": "text",
  "AppArmorProfile": "text",
  "SmackProcessLabel": "text",
  "LimitCPU": "1024:4096",
  "LimitFSIZE": "1024:4096",
  "LimitDATA": "1024:4096",
  "LimitSTACK": "1024:4096",
  "LimitCORE": "1024:4096",
  "LimitRSS": "1024:4096",
  "LimitNOFILE": "1024:4096",
  "LimitAS": "1024:4096",
  "LimitNPROC": "1024:4096",
  "LimitMEMLOCK": "1024:4096",
  "LimitLOCKS": "1024:4096",
  "LimitSIGPENDING": "1024:4096",
  "LimitMSGQUEUE": "1024:4096",
  "LimitNICE": "1024:4096",
  "LimitRTPRIO": "1024:4096",
  "LimitRTTIME": "1024:4096",
  "UMask": "0750",
  "CoredumpFilter": ["item"],
  "KeyringMode": "inherit",
  "OOMScoreAdjust": 0,
  "TimerSlackNSec": "1min 30s",
  "Personality": "x86",
  "IgnoreSIGPIPE": true,
  "Nice": 0,
  "CPUSchedulingPolicy": "other",
  "CPUSchedulingPriority": 0,
  "CPUSchedulingResetOnFork": true,
  "CPUAffinity": ["item"],
  "NUMAPolicy": "default",
  "NUMAMask": "text",
  "IOSchedulingClass": "realtime",
  "IOSchedulingPriority": 0,
  "ProtectSystem": true,
  "ProtectHome": true,
  "RuntimeDirectory": ["example"],
  "StateDirectory": ["example"],
  "CacheDirectory": ["example"],
  "LogsDirectory": ["example"],
  "ConfigurationDirectory": ["example"],
  "RuntimeDirectoryMode": "0750",
  "StateDirectoryMode": "0750",
  "CacheDirectoryMode": "0750",
  "LogsDirectoryMode": "0750",
  "ConfigurationDirectoryMode": "0750",
  "StateDirectoryQuota": "512M",
  "CacheDirectoryQuota": "512M",
  "LogsDirectoryQuota": "512M",
  "StateDirectoryAccounting": true,
  "CacheDirectoryAccounting": true,
  "LogsDirectoryAccounting": true,
  "RuntimeDirectoryPreserve": true,
  "TimeoutCleanSec": "1min 30s",
  "ReadWritePaths": ["/srv/example"],
  "ReadOnlyPaths": ["/srv/example"],
  "InaccessiblePaths": ["/srv/example"],
  "ExecPaths": ["/srv/example"],
  "NoExecPaths": ["/srv/example"],
  "TemporaryFileSystem": ["one two"],
  "PrivateTmp": true,
  "PrivateDevices": true,
  "PrivateNetwork": true,
  "UserNamespacePath": "/srv/example",
  "NetworkNamespacePath": "/srv/example",
  "PrivateIPC": true,
  "IPCNamespacePath": "/srv/example",
  "MemoryKSM": true,
  "MemoryTHP": "inherit",
  "PrivatePIDs": true,
  "PrivateUsers": true,
  "ProtectHostname": true,
  "ProtectClock": true,
  "ProtectKernelTunables": true,
  "ProtectKernelModules": true,
  "ProtectKernelLogs": true,
  "ProtectControlGroups": true,
  "RestrictAddressFamilies": ["item"],
  "RestrictFileSystems": ["item"],
  "RestrictNamespaces": ["item"],
  "DelegateNamespaces": ["item"],
  "PrivateBPF": true,
  "BPFDelegateCommands": "text",
  "BPFDelegateMaps": "text",
  "BPFDelegatePrograms": "text",
  "BPFDelegateAttachments": "text",
  "LockPersonality": true,
  "MemoryDenyWriteExecute": true,
  "RestrictRealtime": true,
  "RestrictSUIDSGID": true,
  "RemoveIPC": true,
  "PrivateMounts": true,
  "MountFlags": "shared",
  "SystemCallFilter": ["item"],
  "SystemCallErrorNumber": "text",
  "SystemCallArchitectures": ["item"],
  "SystemCallLog": ["item"],
  "Environment": { EXAMPLE: "value" },
  "EnvironmentFile": ["/srv/example"],
  "PassEnvironment": ["item"],
  "UnsetEnvironment": ["item"],
  "StandardInput": "null",
  "StandardOutput": "inherit",
  "StandardError": "inherit",
  "StandardInputText": ["item"],
  "StandardInputData": ["item"],
  "LogLevelMax": "emerg",
  "LogExtraFields": ["one two"],
  "LogRateLimitIntervalSec": "1min 30s",
  "LogRateLimitBurst": 0,
  "LogFilterPatterns": ["item"],
  "LogNamespace": "text",
  "SyslogIdentifier": "text",
  "SyslogFacility": "kern",
  "SyslogLevel": "emerg",
  "SyslogLevelPrefix": true,
  "TTYPath": "/srv/example",
  "TTYReset": true,
  "TTYVHangup": true,
  "TTYRows": 0,
  "TTYColumns": 0,
  "TTYVTDisallocate": true,
  "LoadCredential": ["item"],
  "LoadCredentialEncrypted": ["item"],
  "ImportCredential": ["item"],
  "SetCredential": ["item"],
  "SetCredentialEncrypted": ["item"],
  "UtmpIdentifier": "text",
  "UtmpMode": "init",
  "KillMode": "control-group",
  "KillSignal": "SIGHUP",
  "RestartKillSignal": "SIGHUP",
  "SendSIGHUP": true,
  "SendSIGKILL": true,
  "FinalKillSignal": "SIGHUP",
  "WatchdogSignal": "SIGHUP",
  "CPUAccounting": true,
  "CPUWeight": 1,
  "StartupCPUWeight": 1,
  "CPUQuota": "50%",
  "CPUQuotaPeriodSec": "1min 30s",
  "AllowedCPUs": "text",
  "StartupAllowedCPUs": "text",
  "AllowedMemoryNodes": "text",
  "StartupAllowedMemoryNodes": "text",
  "CPUSetPartition": "member",
  "MemoryAccounting": true,
  "MemoryMin": "512M",
  "MemoryLow": "512M",
  "StartupMemoryLow": "512M",
  "MemoryHigh": "512M",
  "StartupMemoryHigh": "512M",
  "MemoryMax": "512M",
  "StartupMemoryMax": "512M",
  "MemorySwapMax": "512M",
  "StartupMemorySwapMax": "512M",
  "MemoryZSwapMax": "512M",
  "StartupMemoryZSwapMax": "512M",
  "MemoryZSwapWriteback": true,
  "TasksAccounting": true,
  "TasksMax": 1,
  "IOAccounting": true,
  "IOWeight": 1,
  "StartupIOWeight": 1,
  "IODeviceWeight": ["item"],
  "IOReadBandwidthMax": ["item"],
  "IOWriteBandwidthMax": ["item"],
  "IOReadIOPSMax": ["item"],
  "IOWriteIOPSMax": ["item"],
  "IODeviceLatencyTargetSec": ["item"],
  "IPAccounting": true,
  "IPAddressAllow": ["item"],
  "IPAddressDeny": ["item"],
  "IPIngressFilterPath": ["/srv/example"],
  "IPEgressFilterPath": ["/srv/example"],
  "BPFProgram": ["item"],
  "SocketBindAllow": ["item"],
  "SocketBindDeny": ["item"],
  "RestrictNetworkInterfaces": ["item"],
  "BindNetworkInterface": "text",
  "NFTSet": "text",
  "DeviceAllow": ["item"],
  "DevicePolicy": "auto",
  "Slice": "example.service",
  "Delegate": ["item"],
  "DelegateSubgroup": "text",
  "DisableControllers": ["item"],
  "ManagedOOMSwap": "auto",
  "ManagedOOMMemoryPressure": "auto",
  "ManagedOOMMemoryPressureLimit": "50%",
  "ManagedOOMMemoryPressureDurationSec": "1min 30s",
  "ManagedOOMPreference": "none",
  "OOMRules": "text",
  "MemoryPressureWatch": true,
  "MemoryPressureThresholdSec": "1min 30s",
  "CPUPressureWatch": true,
  "CPUPressureThresholdSec": "1min 30s",
  "IOPressureWatch": true,
  "IOPressureThresholdSec": "1min 30s",
  "CoredumpReceive": true,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "What": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Where": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Type": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Options": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SloppyOptions": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LazyUnmount": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ReadWriteOnly": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ForceUnmount": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "DirectoryMode": "0o750",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TimeoutSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ExecSearchPath": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "WorkingDirectory": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootDirectory": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootImage": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootImageOptions": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootEphemeral": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootHash": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootHashSignature": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootVerity": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootImagePolicy": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MountImagePolicy": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ExtensionImagePolicy": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RootMStack": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MountAPIVFS": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BindLogSockets": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectProc": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProcSubset": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BindPaths": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BindReadOnlyPaths": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MountImages": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ExtensionImages": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ExtensionDirectories": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Group": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "DynamicUser": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SupplementaryGroups": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SetLoginEnvironment": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PAMName": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CapabilityBoundingSet": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "AmbientCapabilities": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "NoNewPrivileges": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SecureBits": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SELinuxContext": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "AppArmorProfile": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SmackProcessLabel": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitCPU": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitFSIZE": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitDATA": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitSTACK": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitCORE": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitRSS": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitNOFILE": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitAS": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitNPROC": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitMEMLOCK": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitLOCKS": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitSIGPENDING": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitMSGQUEUE": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitNICE": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitRTPRIO": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LimitRTTIME": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "UMask": "0o750",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CoredumpFilter": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "KeyringMode": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "OOMScoreAdjust": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TimerSlackNSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Personality": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IgnoreSIGPIPE": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Nice": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUSchedulingPolicy": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUSchedulingPriority": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUSchedulingResetOnFork": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUAffinity": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "NUMAPolicy": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "NUMAMask": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOSchedulingClass": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOSchedulingPriority": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectSystem": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectHome": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RuntimeDirectory": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StateDirectory": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CacheDirectory": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogsDirectory": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ConfigurationDirectory": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryMode": "0o750",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StateDirectoryMode": "0o750",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CacheDirectoryMode": "0o750",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogsDirectoryMode": "0o750",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ConfigurationDirectoryMode": "0o750",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StateDirectoryQuota": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CacheDirectoryQuota": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogsDirectoryQuota": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StateDirectoryAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CacheDirectoryAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogsDirectoryAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryPreserve": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TimeoutCleanSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ReadWritePaths": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ReadOnlyPaths": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "InaccessiblePaths": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ExecPaths": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "NoExecPaths": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TemporaryFileSystem": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivateTmp": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivateDevices": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivateNetwork": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "UserNamespacePath": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "NetworkNamespacePath": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivateIPC": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IPCNamespacePath": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryKSM": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryTHP": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivatePIDs": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivateUsers": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectHostname": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectClock": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectKernelTunables": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectKernelModules": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectKernelLogs": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ProtectControlGroups": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RestrictAddressFamilies": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RestrictFileSystems": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RestrictNamespaces": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "DelegateNamespaces": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivateBPF": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BPFDelegateCommands": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BPFDelegateMaps": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BPFDelegatePrograms": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BPFDelegateAttachments": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LockPersonality": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryDenyWriteExecute": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RestrictRealtime": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RestrictSUIDSGID": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RemoveIPC": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PrivateMounts": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MountFlags": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SystemCallFilter": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SystemCallErrorNumber": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SystemCallArchitectures": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SystemCallLog": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Environment": { EXAMPLE: 42 },
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "EnvironmentFile": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "PassEnvironment": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "UnsetEnvironment": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StandardInput": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StandardOutput": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StandardError": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StandardInputText": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StandardInputData": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogLevelMax": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogExtraFields": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogRateLimitIntervalSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogRateLimitBurst": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogFilterPatterns": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LogNamespace": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SyslogIdentifier": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SyslogFacility": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SyslogLevel": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SyslogLevelPrefix": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TTYPath": "relative/path",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TTYReset": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TTYVHangup": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TTYRows": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TTYColumns": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TTYVTDisallocate": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LoadCredential": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "LoadCredentialEncrypted": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ImportCredential": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SetCredential": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SetCredentialEncrypted": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "UtmpIdentifier": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "UtmpMode": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "KillMode": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "KillSignal": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RestartKillSignal": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SendSIGHUP": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SendSIGKILL": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "FinalKillSignal": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "WatchdogSignal": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUWeight": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupCPUWeight": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUQuota": 50,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUQuotaPeriodSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "AllowedCPUs": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupAllowedCPUs": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "AllowedMemoryNodes": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupAllowedMemoryNodes": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUSetPartition": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryMin": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryLow": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupMemoryLow": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryHigh": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupMemoryHigh": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryMax": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupMemoryMax": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemorySwapMax": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupMemorySwapMax": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryZSwapMax": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupMemoryZSwapMax": "512MB",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryZSwapWriteback": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TasksAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "TasksMax": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOWeight": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "StartupIOWeight": "lots",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IODeviceWeight": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOReadBandwidthMax": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOWriteBandwidthMax": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOReadIOPSMax": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOWriteIOPSMax": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IODeviceLatencyTargetSec": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IPAccounting": "yes",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IPAddressAllow": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IPAddressDeny": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IPIngressFilterPath": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IPEgressFilterPath": ["relative/path"],
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BPFProgram": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SocketBindAllow": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "SocketBindDeny": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "RestrictNetworkInterfaces": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "BindNetworkInterface": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "DeviceAllow": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "DevicePolicy": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Slice": "example",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "Delegate": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "DelegateSubgroup": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "DisableControllers": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ManagedOOMSwap": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressure": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureLimit": 50,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureDurationSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "ManagedOOMPreference": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "OOMRules": 42,
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryPressureWatch": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "MemoryPressureThresholdSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUPressureWatch": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CPUPressureThresholdSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOPressureWatch": "no-such-value",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "IOPressureThresholdSec": "soon",
});
ok("mount", "Mount", {
  // @ts-expect-error wrong value
  "CoredumpReceive": "yes",
});
ok("automount", "Automount", {
  "Where": "/srv/example",
  "ExtraOptions": "text",
  "DirectoryMode": "0750",
  "TimeoutIdleSec": "1min 30s",
});
ok("automount", "Automount", {
  // @ts-expect-error wrong value
  "Where": "relative/path",
});
ok("automount", "Automount", {
  // @ts-expect-error wrong value
  "ExtraOptions": 42,
});
ok("automount", "Automount", {
  // @ts-expect-error wrong value
  "DirectoryMode": "0o750",
});
ok("automount", "Automount", {
  // @ts-expect-error wrong value
  "TimeoutIdleSec": "soon",
});
ok("swap", "Swap", {
  "What": "text",
  "Priority": 0,
  "Options": "text",
  "TimeoutSec": "1min 30s",
  "ExecSearchPath": ["one two"],
  "WorkingDirectory": "/srv/example",
  "RootDirectory": "/srv/example",
  "RootImage": "/srv/example",
  "RootImageOptions": ["one two"],
  "RootEphemeral": true,
  "RootHash": "text",
  "RootHashSignature": "text",
  "RootVerity": "/srv/example",
  "RootImagePolicy": "text",
  "MountImagePolicy": "text",
  "ExtensionImagePolicy": "text",
  "RootMStack": "/srv/example",
  "MountAPIVFS": true,
  "BindLogSockets": true,
  "ProtectProc": "noaccess",
  "ProcSubset": "all",
  "BindPaths": ["/srv/a:/srv/b"],
  "BindReadOnlyPaths": ["/srv/a:/srv/b"],
  "MountImages": ["one two"],
  "ExtensionImages": ["one two"],
  "ExtensionDirectories": ["/srv/example"],
  "User": "text",
  "Group": "text",
  "DynamicUser": true,
  "SupplementaryGroups": ["item"],
  "SetLoginEnvironment": true,
  "PAMName": "text",
  "CapabilityBoundingSet": ["item"],
  "AmbientCapabilities": ["item"],
  "NoNewPrivileges": true,
  "SecureBits": ["item"],
  "SELinuxContext": "text",
  "AppArmorProfile": "text",
  "SmackProcessLabel": "text",
  "LimitCPU": "1024:4096",
  "LimitFSIZE": "1024:4096",
  "LimitDATA": "1024:4096",
  "LimitSTACK": "1024:4096",
  "LimitCORE": "1024:4096",
  "LimitRSS": "1024:4096",
  "LimitNOFILE": "1024:4096",
  "LimitAS": "1024:4096",
  "LimitNPROC": "1024:4096",
  "LimitMEMLOCK": "1024:4096",
  "LimitLOCKS": "1024:4096",
  "LimitSIGPENDING": "1024:4096",
  "LimitMSGQUEUE": "1024:4096",
  "LimitNICE": "1024:4096",
  "LimitRTPRIO": "1024:4096",
  "LimitRTTIME": "1024:4096",
  "UMask": "0750",
  "CoredumpFilter": ["item"],
  "KeyringMode": "inherit",
  "OOMScoreAdjust": 0,
  "TimerSlackNSec": "1min 30s",
  "Personality": "x86",
  "IgnoreSIGPIPE": true,
  "Nice": 0,
  "CPUSchedulingPolicy": "other",
  "CPUSchedulingPriority": 0,
  "CPUSchedulingResetOnFork": true,
  "CPUAffinity": ["item"],
  "NUMAPolicy": "default",
  "NUMAMask": "text",
  "IOSchedulingClass": "realtime",
  "IOSchedulingPriority": 0,
  "ProtectSystem": true,
  "ProtectHome": true,
  "RuntimeDirectory": ["example"],
  "StateDirectory": ["example"],
  "CacheDirectory": ["example"],
  "LogsDirectory": ["example"],
  "ConfigurationDirectory": ["example"],
  "RuntimeDirectoryMode": "0750",
  "StateDirectoryMode": "0750",
  "CacheDirectoryMode": "0750",
  "LogsDirectoryMode": "0750",
  "ConfigurationDirectoryMode": "0750",
  "StateDirectoryQuota": "512M",
  "CacheDirectoryQuota": "512M",
  "LogsDirectoryQuota": "512M",
  "StateDirectoryAccounting": true,
  "CacheDirectoryAccounting": true,
  "LogsDirectoryAccounting": true,
  "RuntimeDirectoryPreserve": true,
  "TimeoutCleanSec": "1min 30s",
  "ReadWritePaths": ["/srv/example"],
  "ReadOnlyPaths": ["/srv/example"],
  "InaccessiblePaths": ["/srv/example"],
  "ExecPaths": ["/srv/example"],
  "NoExecPaths": ["/srv/example"],
  "TemporaryFileSystem": ["one two"],
  "PrivateTmp": true,
  "PrivateDevices": true,
  "PrivateNetwork": true,
  "UserNamespacePath": "/srv/example",
  "NetworkNamespacePath": "/srv/example",
  "PrivateIPC": true,
  "IPCNamespacePath": "/srv/example",
  "MemoryKSM": true,
  "MemoryTHP": "inherit",
  "PrivatePIDs": true,
  "PrivateUsers": true,
  "ProtectHostname": true,
  "ProtectClock": true,
  "ProtectKernelTunables": true,
  "ProtectKernelModules": true,
  "ProtectKernelLogs": true,
  "ProtectControlGroups": true,
  "RestrictAddressFamilies": ["item"],
  "RestrictFileSystems": ["item"],
  "RestrictNamespaces": ["item"],
  "DelegateNamespaces": ["item"],
  "PrivateBPF": true,
  "BPFDelegateCommands": "text",
  "BPFDelegateMaps": "text",
  "BPFDelegatePrograms": "text",
  "BPFDelegateAttachments": "text",
  "LockPersonality": true,
  "MemoryDenyWriteExecute": true,
  "RestrictRealtime": true,
  "RestrictSUIDSGID": true,
  "RemoveIPC": true,
  "PrivateMounts": true,
  "MountFlags": "shared",
  "SystemCallFilter": ["item"],
  "SystemCallErrorNumber": "text",
  "SystemCallArchitectures": ["item"],
  "SystemCallLog": ["item"],
  "Environment": { EXAMPLE: "value" },
  "EnvironmentFile": ["/srv/example"],
  "PassEnvironment": ["item"],
  "UnsetEnvironment": ["item"],
  "StandardInput": "null",
  "StandardOutput": "inherit",
  "StandardError": "inherit",
  "StandardInputText": ["item"],
  "StandardInputData": ["item"],
  "LogLevelMax": "emerg",
  "LogExtraFields": ["one two"],
  "LogRateLimitIntervalSec": "1min 30s",
  "LogRateLimitBurst": 0,
  "LogFilterPatterns": ["item"],
  "LogNamespace": "text",
  "SyslogIdentifier": "text",
  "SyslogFacility": "kern",
  "SyslogLevel": "emerg",
  "SyslogLevelPrefix": true,
  "TTYPath": "/srv/example",
  "TTYReset": true,
  "TTYVHangup": true,
  "TTYRows": 0,
  "TTYColumns": 0,
  "TTYVTDisallocate": true,
  "LoadCredential": ["item"],
  "LoadCredentialEncrypted": ["item"],
  "ImportCredential": ["item"],
  "SetCredential": ["item"],
  "SetCredentialEncrypted": ["item"],
  "UtmpIdentifier": "text",
  "UtmpMode": "init",
  "KillMode": "control-group",
  "KillSignal": "SIGHUP",
  "RestartKillSignal": "SIGHUP",
  "SendSIGHUP": true,
  "SendSIGKILL": true,
  "FinalKillSignal": "SIGHUP",
  "WatchdogSignal": "SIGHUP",
  "CPUAccounting": true,
  "CPUWeight": 1,
  "StartupCPUWeight": 1,
  "CPUQuota": "50%",
  "CPUQuotaPeriodSec": "1min 30s",
  "AllowedCPUs": "text",
  "StartupAllowedCPUs": "text",
  "AllowedMemoryNodes": "text",
  "StartupAllowedMemoryNodes": "text",
  "CPUSetPartition": "member",
  "MemoryAccounting": true,
  "MemoryMin": "512M",
  "MemoryLow": "512M",
  "StartupMemoryLow": "512M",
  "MemoryHigh": "512M",
  "StartupMemoryHigh": "512M",
  "MemoryMax": "512M",
  "StartupMemoryMax": "512M",
  "MemorySwapMax": "512M",
  "StartupMemorySwapMax": "512M",
  "MemoryZSwapMax": "512M",
  "StartupMemoryZSwapMax": "512M",
  "MemoryZSwapWriteback": true,
  "TasksAccounting": true,
  "TasksMax": 1,
  "IOAccounting": true,
  "IOWeight": 1,
  "StartupIOWeight": 1,
  "IODeviceWeight": ["item"],
  "IOReadBandwidthMax": ["item"],
  "IOWriteBandwidthMax": ["item"],
  "IOReadIOPSMax": ["item"],
  "IOWriteIOPSMax": ["item"],
  "IODeviceLatencyTargetSec": ["item"],
  "IPAccounting": true,
  "IPAddressAllow": ["item"],
  "IPAddressDeny": ["item"],
  "IPIngressFilterPath": ["/srv/example"],
  "IPEgressFilterPath": ["/srv/example"],
  "BPFProgram": ["item"],
  "SocketBindAllow": ["item"],
  "SocketBindDeny": ["item"],
  "RestrictNetworkInterfaces": ["item"],
  "BindNetworkInterface": "text",
  "NFTSet": "text",
  "DeviceAllow": ["item"],
  "DevicePolicy": "auto",
  "Slice": "example.service",
  "Delegate": ["item"],
  "DelegateSubgroup": "text",
  "DisableControllers": ["item"],
  "ManagedOOMSwap": "auto",
  "ManagedOOMMemoryPressure": "auto",
  "ManagedOOMMemoryPressureLimit": "50%",
  "ManagedOOMMemoryPressureDurationSec": "1min 30s",
  "ManagedOOMPreference": "none",
  "OOMRules": "text",
  "MemoryPressureWatch": true,
  "MemoryPressureThresholdSec": "1min 30s",
  "CPUPressureWatch": true,
  "CPUPressureThresholdSec": "1min 30s",
  "IOPressureWatch": true,
  "IOPressureThresholdSec": "1min 30s",
  "CoredumpReceive": true,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "What": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Priority": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Options": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TimeoutSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ExecSearchPath": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "WorkingDirectory": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootDirectory": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootImage": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootImageOptions": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootEphemeral": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootHash": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootHashSignature": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootVerity": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootImagePolicy": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MountImagePolicy": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ExtensionImagePolicy": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RootMStack": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MountAPIVFS": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BindLogSockets": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectProc": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProcSubset": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BindPaths": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BindReadOnlyPaths": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MountImages": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ExtensionImages": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ExtensionDirectories": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Group": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "DynamicUser": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SupplementaryGroups": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SetLoginEnvironment": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PAMName": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CapabilityBoundingSet": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "AmbientCapabilities": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "NoNewPrivileges": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SecureBits": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SELinuxContext": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "AppArmorProfile": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SmackProcessLabel": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitCPU": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitFSIZE": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitDATA": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitSTACK": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitCORE": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitRSS": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitNOFILE": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitAS": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitNPROC": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitMEMLOCK": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitLOCKS": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitSIGPENDING": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitMSGQUEUE": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitNICE": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitRTPRIO": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LimitRTTIME": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "UMask": "0o750",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CoredumpFilter": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "KeyringMode": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "OOMScoreAdjust": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TimerSlackNSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Personality": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IgnoreSIGPIPE": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Nice": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUSchedulingPolicy": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUSchedulingPriority": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUSchedulingResetOnFork": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUAffinity": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "NUMAPolicy": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "NUMAMask": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOSchedulingClass": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOSchedulingPriority": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectSystem": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectHome": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RuntimeDirectory": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StateDirectory": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CacheDirectory": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogsDirectory": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ConfigurationDirectory": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryMode": "0o750",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StateDirectoryMode": "0o750",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CacheDirectoryMode": "0o750",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogsDirectoryMode": "0o750",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ConfigurationDirectoryMode": "0o750",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StateDirectoryQuota": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CacheDirectoryQuota": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogsDirectoryQuota": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StateDirectoryAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CacheDirectoryAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogsDirectoryAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RuntimeDirectoryPreserve": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TimeoutCleanSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ReadWritePaths": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ReadOnlyPaths": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "InaccessiblePaths": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ExecPaths": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "NoExecPaths": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TemporaryFileSystem": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivateTmp": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivateDevices": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivateNetwork": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "UserNamespacePath": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "NetworkNamespacePath": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivateIPC": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IPCNamespacePath": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryKSM": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryTHP": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivatePIDs": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivateUsers": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectHostname": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectClock": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectKernelTunables": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectKernelModules": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectKernelLogs": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ProtectControlGroups": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RestrictAddressFamilies": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RestrictFileSystems": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RestrictNamespaces": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "DelegateNamespaces": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivateBPF": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BPFDelegateCommands": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BPFDelegateMaps": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BPFDelegatePrograms": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BPFDelegateAttachments": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LockPersonality": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryDenyWriteExecute": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RestrictRealtime": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RestrictSUIDSGID": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RemoveIPC": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PrivateMounts": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MountFlags": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SystemCallFilter": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SystemCallErrorNumber": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SystemCallArchitectures": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SystemCallLog": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Environment": { EXAMPLE: 42 },
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "EnvironmentFile": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "PassEnvironment": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "UnsetEnvironment": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StandardInput": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StandardOutput": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StandardError": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StandardInputText": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StandardInputData": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogLevelMax": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogExtraFields": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogRateLimitIntervalSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogRateLimitBurst": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogFilterPatterns": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LogNamespace": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SyslogIdentifier": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SyslogFacility": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SyslogLevel": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SyslogLevelPrefix": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TTYPath": "relative/path",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TTYReset": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TTYVHangup": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TTYRows": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TTYColumns": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TTYVTDisallocate": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LoadCredential": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "LoadCredentialEncrypted": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ImportCredential": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SetCredential": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SetCredentialEncrypted": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "UtmpIdentifier": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "UtmpMode": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "KillMode": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "KillSignal": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RestartKillSignal": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SendSIGHUP": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SendSIGKILL": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "FinalKillSignal": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "WatchdogSignal": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUWeight": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupCPUWeight": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUQuota": 50,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUQuotaPeriodSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "AllowedCPUs": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupAllowedCPUs": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "AllowedMemoryNodes": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupAllowedMemoryNodes": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUSetPartition": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryMin": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryLow": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupMemoryLow": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryHigh": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupMemoryHigh": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryMax": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupMemoryMax": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemorySwapMax": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupMemorySwapMax": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryZSwapMax": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupMemoryZSwapMax": "512MB",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryZSwapWriteback": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TasksAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "TasksMax": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOWeight": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "StartupIOWeight": "lots",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IODeviceWeight": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOReadBandwidthMax": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOWriteBandwidthMax": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOReadIOPSMax": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOWriteIOPSMax": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IODeviceLatencyTargetSec": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IPAccounting": "yes",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IPAddressAllow": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IPAddressDeny": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IPIngressFilterPath": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IPEgressFilterPath": ["relative/path"],
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BPFProgram": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SocketBindAllow": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "SocketBindDeny": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "RestrictNetworkInterfaces": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "BindNetworkInterface": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "DeviceAllow": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "DevicePolicy": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Slice": "example",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "Delegate": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "DelegateSubgroup": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "DisableControllers": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ManagedOOMSwap": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressure": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureLimit": 50,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureDurationSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "ManagedOOMPreference": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "OOMRules": 42,
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryPressureWatch": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "MemoryPressureThresholdSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUPressureWatch": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CPUPressureThresholdSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOPressureWatch": "no-such-value",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "IOPressureThresholdSec": "soon",
});
ok("swap", "Swap", {
  // @ts-expect-error wrong value
  "CoredumpReceive": "yes",
});
ok("slice", "Slice", {
  "ConcurrencyHardMax": 0,
  "ConcurrencySoftMax": 0,
  "ActivatingConcurrencyMax": 0,
  "CPUAccounting": true,
  "CPUWeight": 1,
  "StartupCPUWeight": 1,
  "CPUQuota": "50%",
  "CPUQuotaPeriodSec": "1min 30s",
  "AllowedCPUs": "text",
  "StartupAllowedCPUs": "text",
  "AllowedMemoryNodes": "text",
  "StartupAllowedMemoryNodes": "text",
  "CPUSetPartition": "member",
  "MemoryAccounting": true,
  "MemoryMin": "512M",
  "MemoryLow": "512M",
  "StartupMemoryLow": "512M",
  "MemoryHigh": "512M",
  "StartupMemoryHigh": "512M",
  "MemoryMax": "512M",
  "StartupMemoryMax": "512M",
  "MemorySwapMax": "512M",
  "StartupMemorySwapMax": "512M",
  "MemoryZSwapMax": "512M",
  "StartupMemoryZSwapMax": "512M",
  "MemoryZSwapWriteback": true,
  "TasksAccounting": true,
  "TasksMax": 1,
  "IOAccounting": true,
  "IOWeight": 1,
  "StartupIOWeight": 1,
  "IODeviceWeight": ["item"],
  "IOReadBandwidthMax": ["item"],
  "IOWriteBandwidthMax": ["item"],
  "IOReadIOPSMax": ["item"],
  "IOWriteIOPSMax": ["item"],
  "IODeviceLatencyTargetSec": ["item"],
  "IPAccounting": true,
  "IPAddressAllow": ["item"],
  "IPAddressDeny": ["item"],
  "IPIngressFilterPath": ["/srv/example"],
  "IPEgressFilterPath": ["/srv/example"],
  "BPFProgram": ["item"],
  "SocketBindAllow": ["item"],
  "SocketBindDeny": ["item"],
  "RestrictNetworkInterfaces": ["item"],
  "BindNetworkInterface": "text",
  "NFTSet": "text",
  "DeviceAllow": ["item"],
  "DevicePolicy": "auto",
  "Slice": "example.service",
  "Delegate": ["item"],
  "DelegateSubgroup": "text",
  "DisableControllers": ["item"],
  "ManagedOOMSwap": "auto",
  "ManagedOOMMemoryPressure": "auto",
  "ManagedOOMMemoryPressureLimit": "50%",
  "ManagedOOMMemoryPressureDurationSec": "1min 30s",
  "ManagedOOMPreference": "none",
  "OOMRules": "text",
  "MemoryPressureWatch": true,
  "MemoryPressureThresholdSec": "1min 30s",
  "CPUPressureWatch": true,
  "CPUPressureThresholdSec": "1min 30s",
  "IOPressureWatch": true,
  "IOPressureThresholdSec": "1min 30s",
  "CoredumpReceive": true,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ConcurrencyHardMax": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ConcurrencySoftMax": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ActivatingConcurrencyMax": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CPUAccounting": "yes",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CPUWeight": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupCPUWeight": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CPUQuota": 50,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CPUQuotaPeriodSec": "soon",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "AllowedCPUs": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupAllowedCPUs": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "AllowedMemoryNodes": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupAllowedMemoryNodes": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CPUSetPartition": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryAccounting": "yes",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryMin": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryLow": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupMemoryLow": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryHigh": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupMemoryHigh": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryMax": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupMemoryMax": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemorySwapMax": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupMemorySwapMax": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryZSwapMax": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupMemoryZSwapMax": "512MB",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryZSwapWriteback": "yes",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "TasksAccounting": "yes",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "TasksMax": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOAccounting": "yes",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOWeight": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "StartupIOWeight": "lots",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IODeviceWeight": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOReadBandwidthMax": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOWriteBandwidthMax": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOReadIOPSMax": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOWriteIOPSMax": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IODeviceLatencyTargetSec": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IPAccounting": "yes",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IPAddressAllow": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IPAddressDeny": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IPIngressFilterPath": ["relative/path"],
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IPEgressFilterPath": ["relative/path"],
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "BPFProgram": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "SocketBindAllow": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "SocketBindDeny": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "RestrictNetworkInterfaces": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "BindNetworkInterface": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "DeviceAllow": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "DevicePolicy": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "Slice": "example",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "Delegate": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "DelegateSubgroup": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "DisableControllers": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ManagedOOMSwap": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressure": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureLimit": 50,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ManagedOOMMemoryPressureDurationSec": "soon",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "ManagedOOMPreference": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "OOMRules": 42,
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryPressureWatch": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "MemoryPressureThresholdSec": "soon",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CPUPressureWatch": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CPUPressureThresholdSec": "soon",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOPressureWatch": "no-such-value",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "IOPressureThresholdSec": "soon",
});
ok("slice", "Slice", {
  // @ts-expect-error wrong value
  "CoredumpReceive": "yes",
});
ok("network", "Match", {
  "MACAddress": ["02:00:5e:00:53:01"],
  "PermanentMACAddress": ["02:00:5e:00:53:01"],
  "Path": ["one two"],
  "Driver": ["one two"],
  "Type": ["one two"],
  "Kind": ["one two"],
  "Property": "text",
  "Name": ["one two"],
  "WLANInterfaceType": "text",
  "SSID": ["one two"],
  "BSSID": ["item"],
  "Host": ["item"],
  "Virtualization": ["item"],
  "KernelCommandLine": ["item"],
  "KernelVersion": ["item"],
  "Version": ["item"],
  "Credential": ["item"],
  "Architecture": ["item"],
  "Firmware": ["item"],
  "MachineTag": ["item"],
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "MACAddress": ["02:00"],
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "PermanentMACAddress": ["02:00"],
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Path": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Driver": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Type": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Kind": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Property": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Name": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "WLANInterfaceType": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "SSID": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "BSSID": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Host": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Virtualization": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "KernelCommandLine": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "KernelVersion": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Version": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Credential": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Architecture": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "Firmware": 42,
});
ok("network", "Match", {
  // @ts-expect-error wrong value
  "MachineTag": 42,
});
ok("network", "Link", {
  "MACAddress": "02:00:5e:00:53:01",
  "MTUBytes": "512M",
  "ARP": true,
  "Multicast": true,
  "AllMulticast": true,
  "Promiscuous": true,
  "Unmanaged": true,
  "Group": 0,
  "RequiredForOnline": "text",
  "RequiredFamilyForOnline": "ipv4",
  "ActivationPolicy": "up",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "MTUBytes": "512MB",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "ARP": "yes",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "Multicast": "yes",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "AllMulticast": "yes",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "Promiscuous": "yes",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "Unmanaged": "yes",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "Group": "lots",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "RequiredForOnline": 42,
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "RequiredFamilyForOnline": "no-such-value",
});
ok("network", "Link", {
  // @ts-expect-error wrong value
  "ActivationPolicy": "no-such-value",
});
ok("network", "SR-IOV", {
  "VirtualFunction": 0,
  "VLANId": 1,
  "QualityOfService": 1,
  "VLANProtocol": "802.1Q",
  "MACSpoofCheck": true,
  "QueryReceiveSideScaling": true,
  "Trust": true,
  "LinkState": true,
  "MACAddress": "02:00:5e:00:53:01",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "VirtualFunction": "lots",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "VLANId": "lots",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "QualityOfService": "lots",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "VLANProtocol": "no-such-value",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "MACSpoofCheck": "yes",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "QueryReceiveSideScaling": "yes",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "Trust": "yes",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "LinkState": "no-such-value",
});
ok("network", "SR-IOV", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("network", "Network", {
  "Description": "text",
  "DHCP": true,
  "DHCPRelay": "upstream",
  "DHCPServer": true,
  "LinkLocalAddressing": true,
  "IPv6LinkLocalAddressGenerationMode": "eui64",
  "IPv6StableSecretAddress": "2001:db8::1",
  "IPv4LLStartAddress": "192.0.2.1",
  "IPv4LLRoute": true,
  "DefaultRouteOnDevice": true,
  "LLMNR": true,
  "MulticastDNS": true,
  "DNSOverTLS": true,
  "DNSSEC": true,
  "DNSSECNegativeTrustAnchors": ["one two"],
  "LLDP": true,
  "EmitLLDP": true,
  "BindCarrier": ["one two"],
  "Address": ["192.0.2.1"],
  "Gateway": ["192.0.2.1"],
  "DNS": ["item"],
  "UseDomains": true,
  "Domains": ["one two"],
  "DNSDefaultRoute": true,
  "NTP": ["one two"],
  "IPv4Forwarding": true,
  "IPv6Forwarding": true,
  "IPForward": true,
  "IPMasquerade": "ipv4",
  "IPv6PrivacyExtensions": true,
  "IPv6AcceptRA": true,
  "IPv6DuplicateAddressDetection": 0,
  "IPv6HopLimit": 0,
  "IPv6RetransmissionTimeSec": "1min 30s",
  "IPv4DuplicateAddressDetectionTimeoutSec": "1min 30s",
  "IPv4ReversePathFilter": false,
  "MulticastIGMPVersion": false,
  "IPv4AcceptLocal": true,
  "IPv4RouteLocalnet": true,
  "IPv4SrcValidMark": true,
  "IPv4ProxyARP": true,
  "IPv4ProxyARPPrivateVLAN": true,
  "IPv6ProxyNDP": true,
  "ProxyNeighbor": ["192.0.2.1"],
  "IPv6ProxyNDPAddress": ["2001:db8::1"],
  "IPv6SendRA": true,
  "DHCPPrefixDelegation": true,
  "IPv6MTUBytes": "512M",
  "MPLSRouting": true,
  "KeepMaster": true,
  "BatmanAdvanced": "text",
  "Bond": "text",
  "Bridge": "text",
  "VRF": "text",
  "IPoIB": ["item"],
  "IPVLAN": ["item"],
  "IPVTAP": ["item"],
  "MACsec": ["item"],
  "MACVLAN": ["item"],
  "MACVTAP": ["item"],
  "Tunnel": ["item"],
  "VLAN": ["item"],
  "VXLAN": ["item"],
  "Xfrm": ["item"],
  "ActiveSlave": true,
  "PrimarySlave": true,
  "ConfigureWithoutCarrier": true,
  "IgnoreCarrierLoss": "1min 30s",
  "KeepConfiguration": true,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Description": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DHCP": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DHCPRelay": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DHCPServer": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "LinkLocalAddressing": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6LinkLocalAddressGenerationMode": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6StableSecretAddress": "not-an-address",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4LLStartAddress": "not-an-address",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4LLRoute": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DefaultRouteOnDevice": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "LLMNR": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "MulticastDNS": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DNSOverTLS": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DNSSEC": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DNSSECNegativeTrustAnchors": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "LLDP": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "EmitLLDP": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "BindCarrier": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Address": ["not-an-address"],
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Gateway": ["not-an-address"],
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DNS": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "UseDomains": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Domains": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DNSDefaultRoute": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "NTP": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4Forwarding": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6Forwarding": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPForward": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPMasquerade": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6PrivacyExtensions": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6AcceptRA": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6DuplicateAddressDetection": "lots",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6HopLimit": "lots",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6RetransmissionTimeSec": "soon",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4DuplicateAddressDetectionTimeoutSec": "soon",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4ReversePathFilter": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "MulticastIGMPVersion": "no-such-value",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4AcceptLocal": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4RouteLocalnet": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4SrcValidMark": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4ProxyARP": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv4ProxyARPPrivateVLAN": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6ProxyNDP": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "ProxyNeighbor": ["not-an-address"],
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6ProxyNDPAddress": ["not-an-address"],
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6SendRA": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "DHCPPrefixDelegation": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPv6MTUBytes": "512MB",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "MPLSRouting": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "KeepMaster": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "BatmanAdvanced": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Bond": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Bridge": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "VRF": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPoIB": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPVLAN": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IPVTAP": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "MACsec": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "MACVLAN": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "MACVTAP": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Tunnel": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "VLAN": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "VXLAN": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "Xfrm": 42,
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "ActiveSlave": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "PrimarySlave": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "ConfigureWithoutCarrier": "yes",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "IgnoreCarrierLoss": "soon",
});
ok("network", "Network", {
  // @ts-expect-error wrong value
  "KeepConfiguration": "no-such-value",
});
ok("network", "Address", {
  "Address": "192.0.2.1",
  "Peer": "192.0.2.1",
  "Broadcast": "192.0.2.1",
  "Label": "text",
  "PreferredLifetime": "forever",
  "Scope": "text",
  "RouteMetric": 0,
  "HomeAddress": true,
  "DuplicateAddressDetection": "ipv4",
  "ManageTemporaryAddress": true,
  "AddPrefixRoute": true,
  "AutoJoin": true,
  "NetLabel": "text",
  "NFTSet": "text",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "Address": "not-an-address",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "Peer": "not-an-address",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "Broadcast": "not-an-address",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "Label": 42,
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "PreferredLifetime": "no-such-value",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "Scope": 42,
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "HomeAddress": "yes",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "DuplicateAddressDetection": "no-such-value",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "ManageTemporaryAddress": "yes",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "AddPrefixRoute": "yes",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "AutoJoin": "yes",
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "NetLabel": 42,
});
ok("network", "Address", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("network", "Neighbor", {
  "Address": "192.0.2.1",
  "LinkLayerAddress": "text",
});
ok("network", "Neighbor", {
  // @ts-expect-error wrong value
  "Address": "not-an-address",
});
ok("network", "Neighbor", {
  // @ts-expect-error wrong value
  "LinkLayerAddress": 42,
});
ok("network", "IPv6AddressLabel", {
  "Label": 0,
  "Prefix": "2001:db8::1/64",
});
ok("network", "IPv6AddressLabel", {
  // @ts-expect-error wrong value
  "Label": "lots",
});
ok("network", "IPv6AddressLabel", {
  // @ts-expect-error wrong value
  "Prefix": "not-an-address",
});
ok("network", "RoutingPolicyRule", {
  "TypeOfService": 0,
  "From": "192.0.2.1",
  "To": "192.0.2.1",
  "FirewallMark": 1,
  "Table": "text",
  "Priority": 0,
  "GoTo": 1,
  "IncomingInterface": "text",
  "OutgoingInterface": "text",
  "L3MasterDevice": true,
  "SourcePort": "text",
  "DestinationPort": "text",
  "IPProtocol": "text",
  "InvertRule": true,
  "Family": "ipv4",
  "User": "text",
  "SuppressPrefixLength": 0,
  "SuppressInterfaceGroup": 0,
  "Type": "blackhole",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "TypeOfService": "lots",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "From": "not-an-address",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "To": "not-an-address",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "FirewallMark": "lots",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "Table": 42,
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "Priority": "lots",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "GoTo": "lots",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "IncomingInterface": 42,
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "OutgoingInterface": 42,
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "L3MasterDevice": "yes",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "SourcePort": 42,
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "DestinationPort": 42,
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "IPProtocol": 42,
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "InvertRule": "yes",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "Family": "no-such-value",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "SuppressPrefixLength": "lots",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "SuppressInterfaceGroup": "lots",
});
ok("network", "RoutingPolicyRule", {
  // @ts-expect-error wrong value
  "Type": "no-such-value",
});
ok("network", "NextHop", {
  "Id": 1,
  "Gateway": "192.0.2.1",
  "Family": "ipv4",
  "OnLink": true,
  "Blackhole": true,
  "Group": ["one two"],
});
ok("network", "NextHop", {
  // @ts-expect-error wrong value
  "Id": "lots",
});
ok("network", "NextHop", {
  // @ts-expect-error wrong value
  "Gateway": "not-an-address",
});
ok("network", "NextHop", {
  // @ts-expect-error wrong value
  "Family": "no-such-value",
});
ok("network", "NextHop", {
  // @ts-expect-error wrong value
  "OnLink": "yes",
});
ok("network", "NextHop", {
  // @ts-expect-error wrong value
  "Blackhole": "yes",
});
ok("network", "NextHop", {
  // @ts-expect-error wrong value
  "Group": 42,
});
ok("network", "Route", {
  "Gateway": "192.0.2.1",
  "GatewayOnLink": true,
  "Destination": "192.0.2.1",
  "Source": "192.0.2.1",
  "Metric": 0,
  "IPv6Preference": "low",
  "Scope": "global",
  "PreferredSource": "192.0.2.1",
  "Table": "text",
  "HopLimit": 1,
  "Protocol": "text",
  "Type": "unicast",
  "InitialCongestionWindow": 1,
  "InitialAdvertisedReceiveWindow": 1,
  "QuickAck": true,
  "FastOpenNoCookie": true,
  "TTLPropagate": true,
  "MTUBytes": "512M",
  "TCPAdvertisedMaximumSegmentSize": 1,
  "TCPCongestionControlAlgorithm": "text",
  "TCPRetransmissionTimeoutSec": "1min 30s",
  "MultiPathRoute": ["item"],
  "NextHop": 1,
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Gateway": "not-an-address",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "GatewayOnLink": "yes",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Destination": "not-an-address",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Source": "not-an-address",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Metric": "lots",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "IPv6Preference": "no-such-value",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Scope": "no-such-value",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "PreferredSource": "not-an-address",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Table": 42,
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "HopLimit": "lots",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Protocol": 42,
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "Type": "no-such-value",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "InitialCongestionWindow": "lots",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "InitialAdvertisedReceiveWindow": "lots",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "QuickAck": "yes",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "FastOpenNoCookie": "yes",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "TTLPropagate": "yes",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "MTUBytes": "512MB",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "TCPAdvertisedMaximumSegmentSize": "lots",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "TCPCongestionControlAlgorithm": 42,
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "TCPRetransmissionTimeoutSec": "soon",
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "MultiPathRoute": 42,
});
ok("network", "Route", {
  // @ts-expect-error wrong value
  "NextHop": "lots",
});
ok("network", "DHCPv4", {
  "RequestAddress": "192.0.2.1",
  "SendHostname": true,
  "Hostname": "text",
  "MUDURL": "text",
  "ClientIdentifier": "mac",
  "VendorClassIdentifier": "text",
  "UserClass": "text",
  "DUIDType": "text",
  "DUIDRawData": "text",
  "IAID": 0,
  "RapidCommit": true,
  "Anonymize": true,
  "RequestOptions": 1,
  "SendOption": ["item"],
  "SendVendorOption": ["item"],
  "IPServiceType": "none",
  "SocketPriority": 0,
  "BOOTP": true,
  "Label": "text",
  "UseDNS": true,
  "RoutesToDNS": true,
  "UseNTP": true,
  "RoutesToNTP": true,
  "UseSIP": true,
  "UseCaptivePortal": true,
  "UseDNR": true,
  "UseMTU": true,
  "UseHostname": true,
  "UseDomains": true,
  "UseRoutes": true,
  "RouteMetric": 0,
  "RouteTable": 1,
  "RouteMTUBytes": "512M",
  "QuickAck": true,
  "InitialCongestionWindow": 1,
  "InitialAdvertisedReceiveWindow": 1,
  "UseGateway": true,
  "UseTimezone": true,
  "Use6RD": true,
  "UnassignedSubnetPolicy": "none",
  "IPv6OnlyMode": true,
  "FallbackLeaseLifetimeSec": "forever",
  "RequestBroadcast": "text",
  "MaxAttempts": 1,
  "ListenPort": 1,
  "ServerPort": 1,
  "DenyList": ["192.0.2.1"],
  "AllowList": ["192.0.2.1"],
  "SendRelease": true,
  "SendDecline": true,
  "NetLabel": "text",
  "NFTSet": "text",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RequestAddress": "not-an-address",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "SendHostname": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "Hostname": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "MUDURL": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "ClientIdentifier": "no-such-value",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "VendorClassIdentifier": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UserClass": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "DUIDType": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "DUIDRawData": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "IAID": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RapidCommit": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "Anonymize": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RequestOptions": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "SendOption": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "SendVendorOption": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "IPServiceType": "no-such-value",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "SocketPriority": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "BOOTP": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "Label": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseDNS": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RoutesToDNS": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseNTP": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RoutesToNTP": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseSIP": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseCaptivePortal": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseDNR": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseMTU": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseHostname": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseDomains": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseRoutes": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RouteTable": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RouteMTUBytes": "512MB",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "QuickAck": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "InitialCongestionWindow": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "InitialAdvertisedReceiveWindow": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseGateway": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UseTimezone": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "Use6RD": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "UnassignedSubnetPolicy": "no-such-value",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "IPv6OnlyMode": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "FallbackLeaseLifetimeSec": "no-such-value",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "RequestBroadcast": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "MaxAttempts": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "ListenPort": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "ServerPort": "lots",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "DenyList": ["not-an-address"],
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "AllowList": ["not-an-address"],
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "SendRelease": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "SendDecline": "yes",
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "NetLabel": 42,
});
ok("network", "DHCPv4", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("network", "DHCPv6", {
  "MUDURL": "text",
  "IAID": 0,
  "DUIDType": "text",
  "DUIDRawData": "text",
  "RequestOptions": 1,
  "SendOption": ["item"],
  "SendVendorOption": ["item"],
  "UserClass": ["item"],
  "VendorClass": "text",
  "PrefixDelegationHint": 1,
  "UnassignedSubnetPolicy": "none",
  "RouteTable": "text",
  "RapidCommit": true,
  "SendHostname": true,
  "Hostname": "text",
  "UseAddress": true,
  "UseCaptivePortal": true,
  "UseDelegatedPrefix": true,
  "UseDNS": true,
  "UseDNR": true,
  "UseNTP": true,
  "UseSIP": true,
  "UseHostname": true,
  "UseDomains": true,
  "NetLabel": "text",
  "SendRelease": true,
  "NFTSet": "text",
  "WithoutRA": false,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "MUDURL": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "IAID": "lots",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "DUIDType": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "DUIDRawData": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "RequestOptions": "lots",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "SendOption": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "SendVendorOption": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UserClass": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "VendorClass": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "PrefixDelegationHint": "lots",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UnassignedSubnetPolicy": "no-such-value",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "RouteTable": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "RapidCommit": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "SendHostname": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "Hostname": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseAddress": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseCaptivePortal": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseDelegatedPrefix": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseDNS": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseDNR": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseNTP": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseSIP": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseHostname": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "UseDomains": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "NetLabel": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "SendRelease": "yes",
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("network", "DHCPv6", {
  // @ts-expect-error wrong value
  "WithoutRA": "no-such-value",
});
ok("network", "DHCPPrefixDelegation", {
  "UplinkInterface": "text",
  "SubnetId": "text",
  "Announce": true,
  "Assign": true,
  "Token": "text",
  "ManageTemporaryAddress": true,
  "RouteMetric": 0,
  "NetLabel": "text",
  "NFTSet": "text",
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "UplinkInterface": 42,
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "SubnetId": 42,
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "Announce": "yes",
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "Assign": "yes",
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "Token": 42,
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "ManageTemporaryAddress": "yes",
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "NetLabel": 42,
});
ok("network", "DHCPPrefixDelegation", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("network", "IPv6AcceptRA", {
  "UseRedirect": true,
  "Token": ["item"],
  "UseDNS": true,
  "UseDNR": true,
  "UseDomains": true,
  "RouteTable": 1,
  "RouteMetric": 0,
  "QuickAck": true,
  "UseMTU": true,
  "UseHopLimit": true,
  "UseReachableTime": true,
  "UseRetransmissionTime": true,
  "UseGateway": true,
  "UseRoutePrefix": true,
  "UseCaptivePortal": true,
  "UsePREF64": true,
  "UseAutonomousPrefix": true,
  "UseOnLinkPrefix": true,
  "RouterDenyList": ["2001:db8::1"],
  "RouterAllowList": ["2001:db8::1"],
  "PrefixDenyList": ["2001:db8::1"],
  "PrefixAllowList": ["2001:db8::1"],
  "RouteDenyList": ["2001:db8::1"],
  "RouteAllowList": ["2001:db8::1"],
  "DHCPv6Client": true,
  "NetLabel": "text",
  "NFTSet": "text",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseRedirect": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "Token": 42,
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseDNS": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseDNR": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseDomains": "no-such-value",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "RouteTable": "lots",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "QuickAck": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseMTU": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseHopLimit": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseReachableTime": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseRetransmissionTime": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseGateway": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseRoutePrefix": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseCaptivePortal": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UsePREF64": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseAutonomousPrefix": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "UseOnLinkPrefix": "yes",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "RouterDenyList": ["not-an-address"],
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "RouterAllowList": ["not-an-address"],
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "PrefixDenyList": ["not-an-address"],
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "PrefixAllowList": ["not-an-address"],
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "RouteDenyList": ["not-an-address"],
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "RouteAllowList": ["not-an-address"],
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "DHCPv6Client": "no-such-value",
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "NetLabel": 42,
});
ok("network", "IPv6AcceptRA", {
  // @ts-expect-error wrong value
  "NFTSet": 42,
});
ok("network", "DHCPRelay", {
  "AgentAddress": "192.0.2.1",
  "GatewayAddress": "192.0.2.1",
  "CircuitId": "text",
  "VirtualSubnetSelection": "text",
  "ExtraOption": ["item"],
  "InterfacePriority": 0,
});
ok("network", "DHCPRelay", {
  // @ts-expect-error wrong value
  "AgentAddress": "not-an-address",
});
ok("network", "DHCPRelay", {
  // @ts-expect-error wrong value
  "GatewayAddress": "not-an-address",
});
ok("network", "DHCPRelay", {
  // @ts-expect-error wrong value
  "CircuitId": 42,
});
ok("network", "DHCPRelay", {
  // @ts-expect-error wrong value
  "VirtualSubnetSelection": 42,
});
ok("network", "DHCPRelay", {
  // @ts-expect-error wrong value
  "ExtraOption": 42,
});
ok("network", "DHCPRelay", {
  // @ts-expect-error wrong value
  "InterfacePriority": "lots",
});
ok("network", "DHCPServer", {
  "ServerAddress": "192.0.2.1/24",
  "PoolOffset": 0,
  "PoolSize": 0,
  "DefaultLeaseTimeSec": "1min 30s",
  "MaxLeaseTimeSec": "1min 30s",
  "UplinkInterface": "text",
  "EmitDNS": true,
  "DNS": ["192.0.2.1"],
  "EmitNTP": true,
  "NTP": ["192.0.2.1"],
  "EmitSIP": true,
  "SIP": ["192.0.2.1"],
  "EmitPOP3": true,
  "POP3": ["192.0.2.1"],
  "EmitSMTP": true,
  "SMTP": ["192.0.2.1"],
  "EmitLPR": true,
  "LPR": ["192.0.2.1"],
  "EmitRouter": true,
  "Router": "192.0.2.1",
  "EmitTimezone": true,
  "Timezone": "text",
  "EmitDomain": true,
  "Domain": "text",
  "BootServerAddress": "192.0.2.1",
  "BootServerName": "text",
  "BootFilename": "text",
  "IPv6OnlyPreferredSec": "1min 30s",
  "SendOption": ["item"],
  "SendVendorOption": ["item"],
  "RapidCommit": true,
  "PersistLeases": true,
  "LocalLeaseDomain": "text",
  "BindToInterface": true,
  "RelayTarget": "192.0.2.1",
  "RelayAgentCircuitId": "text",
  "RelayAgentRemoteId": "text",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "ServerAddress": "not-an-address",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "PoolOffset": "lots",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "PoolSize": "lots",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "DefaultLeaseTimeSec": "soon",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "MaxLeaseTimeSec": "soon",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "UplinkInterface": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitDNS": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "DNS": ["not-an-address"],
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitNTP": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "NTP": ["not-an-address"],
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitSIP": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "SIP": ["not-an-address"],
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitPOP3": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "POP3": ["not-an-address"],
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitSMTP": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "SMTP": ["not-an-address"],
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitLPR": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "LPR": ["not-an-address"],
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitRouter": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "Router": "not-an-address",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitTimezone": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "Timezone": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "EmitDomain": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "Domain": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "BootServerAddress": "not-an-address",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "BootServerName": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "BootFilename": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "IPv6OnlyPreferredSec": "soon",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "SendOption": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "SendVendorOption": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "RapidCommit": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "PersistLeases": "no-such-value",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "LocalLeaseDomain": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "BindToInterface": "yes",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "RelayTarget": "not-an-address",
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "RelayAgentCircuitId": 42,
});
ok("network", "DHCPServer", {
  // @ts-expect-error wrong value
  "RelayAgentRemoteId": 42,
});
ok("network", "DHCPServerStaticLease", {
  "MACAddress": "02:00:5e:00:53:01",
  "Address": "192.0.2.1",
  "Hostname": "text",
});
ok("network", "DHCPServerStaticLease", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("network", "DHCPServerStaticLease", {
  // @ts-expect-error wrong value
  "Address": "not-an-address",
});
ok("network", "DHCPServerStaticLease", {
  // @ts-expect-error wrong value
  "Hostname": 42,
});
ok("network", "IPv6SendRA", {
  "Managed": true,
  "OtherInformation": true,
  "RouterLifetimeSec": "1min 30s",
  "ReachableTimeSec": "1min 30s",
  "RetransmitSec": "1min 30s",
  "RouterPreference": "high",
  "HopLimit": 0,
  "UplinkInterface": "text",
  "EmitDNS": true,
  "DNS": ["2001:db8::1"],
  "EmitDomains": true,
  "Domains": ["one two"],
  "DNSLifetimeSec": "1min 30s",
  "HomeAgent": true,
  "HomeAgentLifetimeSec": "1min 30s",
  "HomeAgentPreference": 0,
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "Managed": "yes",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "OtherInformation": "yes",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "RouterLifetimeSec": "soon",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "ReachableTimeSec": "soon",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "RetransmitSec": "soon",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "RouterPreference": "no-such-value",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "HopLimit": "lots",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "UplinkInterface": 42,
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "EmitDNS": "yes",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "DNS": ["not-an-address"],
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "EmitDomains": "yes",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "Domains": 42,
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "DNSLifetimeSec": "soon",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "HomeAgent": "yes",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "HomeAgentLifetimeSec": "soon",
});
ok("network", "IPv6SendRA", {
  // @ts-expect-error wrong value
  "HomeAgentPreference": "lots",
});
ok("network", "IPv6Prefix", {
  "AddressAutoconfiguration": true,
  "OnLink": true,
  "Prefix": "2001:db8::1/64",
  "PreferredLifetimeSec": "1min 30s",
  "ValidLifetimeSec": "1min 30s",
  "Assign": true,
  "Token": "text",
  "RouteMetric": 0,
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "AddressAutoconfiguration": "yes",
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "OnLink": "yes",
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "Prefix": "not-an-address",
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "PreferredLifetimeSec": "soon",
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "ValidLifetimeSec": "soon",
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "Assign": "yes",
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "Token": 42,
});
ok("network", "IPv6Prefix", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("network", "IPv6RoutePrefix", {
  "Route": "2001:db8::1/64",
  "LifetimeSec": "1min 30s",
  "Preference": "high",
});
ok("network", "IPv6RoutePrefix", {
  // @ts-expect-error wrong value
  "Route": "not-an-address",
});
ok("network", "IPv6RoutePrefix", {
  // @ts-expect-error wrong value
  "LifetimeSec": "soon",
});
ok("network", "IPv6RoutePrefix", {
  // @ts-expect-error wrong value
  "Preference": "no-such-value",
});
ok("network", "IPv6PREF64Prefix", {
  "Prefix": "2001:db8::1/64",
  "LifetimeSec": "1min 30s",
});
ok("network", "IPv6PREF64Prefix", {
  // @ts-expect-error wrong value
  "Prefix": "not-an-address",
});
ok("network", "IPv6PREF64Prefix", {
  // @ts-expect-error wrong value
  "LifetimeSec": "soon",
});
ok("network", "Bridge", {
  "UnicastFlood": true,
  "MulticastFlood": true,
  "MulticastToUnicast": true,
  "NeighborSuppression": true,
  "Learning": true,
  "HairPin": true,
  "Isolated": true,
  "UseBPDU": true,
  "FastLeave": true,
  "AllowPortToBeRoot": true,
  "ProxyARP": true,
  "ProxyARPWiFi": true,
  "MulticastRouter": false,
  "Cost": 1,
  "Priority": 0,
  "Locked": true,
  "MACAuthenticationBypass": true,
  "VLANTunnel": true,
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "UnicastFlood": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "MulticastFlood": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "MulticastToUnicast": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "NeighborSuppression": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "Learning": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "HairPin": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "Isolated": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "UseBPDU": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "FastLeave": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "AllowPortToBeRoot": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "ProxyARP": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "ProxyARPWiFi": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "MulticastRouter": "no-such-value",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "Cost": "lots",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "Priority": "lots",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "Locked": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "MACAuthenticationBypass": "yes",
});
ok("network", "Bridge", {
  // @ts-expect-error wrong value
  "VLANTunnel": "yes",
});
ok("network", "BridgeFDB", {
  "MACAddress": "02:00:5e:00:53:01",
  "Destination": "192.0.2.1",
  "VLANId": 0,
  "VNI": 1,
  "AssociatedWith": "use",
  "OutgoingInterface": "text",
});
ok("network", "BridgeFDB", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("network", "BridgeFDB", {
  // @ts-expect-error wrong value
  "Destination": "not-an-address",
});
ok("network", "BridgeFDB", {
  // @ts-expect-error wrong value
  "VLANId": "lots",
});
ok("network", "BridgeFDB", {
  // @ts-expect-error wrong value
  "VNI": "lots",
});
ok("network", "BridgeFDB", {
  // @ts-expect-error wrong value
  "AssociatedWith": "no-such-value",
});
ok("network", "BridgeFDB", {
  // @ts-expect-error wrong value
  "OutgoingInterface": 42,
});
ok("network", "BridgeMDB", {
  "MulticastGroupAddress": "192.0.2.1",
  "VLANId": 0,
});
ok("network", "BridgeMDB", {
  // @ts-expect-error wrong value
  "MulticastGroupAddress": "not-an-address",
});
ok("network", "BridgeMDB", {
  // @ts-expect-error wrong value
  "VLANId": "lots",
});
ok("network", "LLDP", {
  "MUDURL": "text",
});
ok("network", "LLDP", {
  // @ts-expect-error wrong value
  "MUDURL": 42,
});
ok("network", "CAN", {
  "BitRate": 1,
  "SamplePoint": "text",
  "TimeQuantaNSec": "1min 30s",
  "PropagationSegment": "1min 30s",
  "PhaseBufferSegment1": "1min 30s",
  "PhaseBufferSegment2": "1min 30s",
  "SyncJumpWidth": "1min 30s",
  "DataBitRate": "text",
  "DataSamplePoint": "text",
  "DataTimeQuantaNSec": "text",
  "DataPropagationSegment": "text",
  "DataPhaseBufferSegment1": "text",
  "DataPhaseBufferSegment2": "text",
  "DataSyncJumpWidth": "text",
  "FDMode": true,
  "FDNonISO": true,
  "RestartSec": "1min 30s",
  "Termination": 0,
  "TripleSampling": true,
  "BusErrorReporting": true,
  "ListenOnly": true,
  "Loopback": true,
  "OneShot": true,
  "PresumeACK": true,
  "ClassicDataLengthCode": true,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "BitRate": "lots",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "SamplePoint": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "TimeQuantaNSec": "soon",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "PropagationSegment": "soon",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "PhaseBufferSegment1": "soon",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "PhaseBufferSegment2": "soon",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "SyncJumpWidth": "soon",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "DataBitRate": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "DataSamplePoint": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "DataTimeQuantaNSec": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "DataPropagationSegment": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "DataPhaseBufferSegment1": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "DataPhaseBufferSegment2": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "DataSyncJumpWidth": 42,
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "FDMode": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "FDNonISO": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "RestartSec": "soon",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "Termination": "lots",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "TripleSampling": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "BusErrorReporting": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "ListenOnly": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "Loopback": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "OneShot": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "PresumeACK": "yes",
});
ok("network", "CAN", {
  // @ts-expect-error wrong value
  "ClassicDataLengthCode": "yes",
});
ok("network", "IPoIB", {
  "Mode": "datagram",
  "IgnoreUserspaceMulticastGroups": true,
});
ok("network", "IPoIB", {
  // @ts-expect-error wrong value
  "Mode": "no-such-value",
});
ok("network", "IPoIB", {
  // @ts-expect-error wrong value
  "IgnoreUserspaceMulticastGroups": "yes",
});
ok("network", "QDisc", {
  "Parent": "clsact",
  "Handle": "text",
});
ok("network", "QDisc", {
  // @ts-expect-error wrong value
  "Parent": "no-such-value",
});
ok("network", "QDisc", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "NetworkEmulator", {
  "Parent": "text",
  "Handle": "text",
  "DelaySec": "1min 30s",
  "DelayJitterSec": "1min 30s",
  "PacketLimit": 0,
  "LossRate": "text",
  "DuplicateRate": "text",
});
ok("network", "NetworkEmulator", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "NetworkEmulator", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "NetworkEmulator", {
  // @ts-expect-error wrong value
  "DelaySec": "soon",
});
ok("network", "NetworkEmulator", {
  // @ts-expect-error wrong value
  "DelayJitterSec": "soon",
});
ok("network", "NetworkEmulator", {
  // @ts-expect-error wrong value
  "PacketLimit": "lots",
});
ok("network", "NetworkEmulator", {
  // @ts-expect-error wrong value
  "LossRate": 42,
});
ok("network", "NetworkEmulator", {
  // @ts-expect-error wrong value
  "DuplicateRate": 42,
});
ok("network", "TokenBucketFilter", {
  "Parent": "text",
  "Handle": "text",
  "LatencySec": "1min 30s",
  "LimitBytes": "text",
  "BurstBytes": "text",
  "Rate": "text",
  "MPUBytes": "text",
  "PeakRate": "text",
  "MTUBytes": "text",
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "LatencySec": "soon",
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "LimitBytes": 42,
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "BurstBytes": 42,
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "Rate": 42,
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "MPUBytes": 42,
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "PeakRate": 42,
});
ok("network", "TokenBucketFilter", {
  // @ts-expect-error wrong value
  "MTUBytes": 42,
});
ok("network", "PIE", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": 1,
});
ok("network", "PIE", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "PIE", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "PIE", {
  // @ts-expect-error wrong value
  "PacketLimit": "lots",
});
ok("network", "FlowQueuePIE", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": "text",
});
ok("network", "FlowQueuePIE", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "FlowQueuePIE", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "FlowQueuePIE", {
  // @ts-expect-error wrong value
  "PacketLimit": 42,
});
ok("network", "StochasticFairBlue", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": 0,
});
ok("network", "StochasticFairBlue", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "StochasticFairBlue", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "StochasticFairBlue", {
  // @ts-expect-error wrong value
  "PacketLimit": "lots",
});
ok("network", "StochasticFairnessQueueing", {
  "Parent": "text",
  "Handle": "text",
  "PerturbPeriodSec": "1min 30s",
});
ok("network", "StochasticFairnessQueueing", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "StochasticFairnessQueueing", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "StochasticFairnessQueueing", {
  // @ts-expect-error wrong value
  "PerturbPeriodSec": "soon",
});
ok("network", "BFIFO", {
  "Parent": "text",
  "Handle": "text",
  "LimitBytes": "text",
});
ok("network", "BFIFO", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "BFIFO", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "BFIFO", {
  // @ts-expect-error wrong value
  "LimitBytes": 42,
});
ok("network", "PFIFO", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": 0,
});
ok("network", "PFIFO", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "PFIFO", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "PFIFO", {
  // @ts-expect-error wrong value
  "PacketLimit": "lots",
});
ok("network", "PFIFOHeadDrop", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": 0,
});
ok("network", "PFIFOHeadDrop", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "PFIFOHeadDrop", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "PFIFOHeadDrop", {
  // @ts-expect-error wrong value
  "PacketLimit": "lots",
});
ok("network", "PFIFOFast", {
  "Parent": "text",
  "Handle": "text",
});
ok("network", "PFIFOFast", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "PFIFOFast", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "CAKE", {
  "Parent": "text",
  "Handle": "text",
  "Bandwidth": "text",
  "AutoRateIngress": true,
  "OverheadBytes": 0,
  "MPUBytes": 1,
  "CompensationMode": "none",
  "UseRawPacketSize": true,
  "FlowIsolationMode": "text",
  "NAT": true,
  "PriorityQueueingPreset": "text",
  "FirewallMark": 1,
  "Wash": true,
  "SplitGSO": true,
  "RTTSec": "1min 30s",
  "AckFilter": true,
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "Bandwidth": 42,
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "AutoRateIngress": "yes",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "OverheadBytes": "lots",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "MPUBytes": "lots",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "CompensationMode": "no-such-value",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "UseRawPacketSize": "yes",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "FlowIsolationMode": 42,
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "NAT": "yes",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "PriorityQueueingPreset": 42,
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "FirewallMark": "lots",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "Wash": "yes",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "SplitGSO": "yes",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "RTTSec": "soon",
});
ok("network", "CAKE", {
  // @ts-expect-error wrong value
  "AckFilter": "no-such-value",
});
ok("network", "ControlledDelay", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": 0,
  "TargetSec": "1min 30s",
  "IntervalSec": "1min 30s",
  "ECN": true,
  "CEThresholdSec": "1min 30s",
});
ok("network", "ControlledDelay", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "ControlledDelay", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "ControlledDelay", {
  // @ts-expect-error wrong value
  "PacketLimit": "lots",
});
ok("network", "ControlledDelay", {
  // @ts-expect-error wrong value
  "TargetSec": "soon",
});
ok("network", "ControlledDelay", {
  // @ts-expect-error wrong value
  "IntervalSec": "soon",
});
ok("network", "ControlledDelay", {
  // @ts-expect-error wrong value
  "ECN": "yes",
});
ok("network", "ControlledDelay", {
  // @ts-expect-error wrong value
  "CEThresholdSec": "soon",
});
ok("network", "DeficitRoundRobinScheduler", {
  "Parent": "text",
  "Handle": "text",
});
ok("network", "DeficitRoundRobinScheduler", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "DeficitRoundRobinScheduler", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "DeficitRoundRobinSchedulerClass", {
  "Parent": "text",
  "ClassId": "text",
  "QuantumBytes": "text",
});
ok("network", "DeficitRoundRobinSchedulerClass", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "DeficitRoundRobinSchedulerClass", {
  // @ts-expect-error wrong value
  "ClassId": 42,
});
ok("network", "DeficitRoundRobinSchedulerClass", {
  // @ts-expect-error wrong value
  "QuantumBytes": 42,
});
ok("network", "EnhancedTransmissionSelection", {
  "Parent": "text",
  "Handle": "text",
  "Bands": 1,
  "StrictBands": 1,
  "QuantumBytes": ["item"],
  "PriorityMap": [0],
});
ok("network", "EnhancedTransmissionSelection", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "EnhancedTransmissionSelection", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "EnhancedTransmissionSelection", {
  // @ts-expect-error wrong value
  "Bands": "lots",
});
ok("network", "EnhancedTransmissionSelection", {
  // @ts-expect-error wrong value
  "StrictBands": "lots",
});
ok("network", "EnhancedTransmissionSelection", {
  // @ts-expect-error wrong value
  "QuantumBytes": 42,
});
ok("network", "EnhancedTransmissionSelection", {
  // @ts-expect-error wrong value
  "PriorityMap": "lots",
});
ok("network", "GenericRandomEarlyDetection", {
  "Parent": "text",
  "Handle": "text",
  "VirtualQueues": 1,
  "DefaultVirtualQueue": "text",
  "GenericRIO": true,
});
ok("network", "GenericRandomEarlyDetection", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "GenericRandomEarlyDetection", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "GenericRandomEarlyDetection", {
  // @ts-expect-error wrong value
  "VirtualQueues": "lots",
});
ok("network", "GenericRandomEarlyDetection", {
  // @ts-expect-error wrong value
  "DefaultVirtualQueue": 42,
});
ok("network", "GenericRandomEarlyDetection", {
  // @ts-expect-error wrong value
  "GenericRIO": "yes",
});
ok("network", "FairQueueingControlledDelay", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": "text",
  "MemoryLimitBytes": "text",
  "Flows": "text",
  "TargetSec": "1min 30s",
  "IntervalSec": "1min 30s",
  "QuantumBytes": "1min 30s",
  "ECN": true,
  "CEThresholdSec": "1min 30s",
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "PacketLimit": 42,
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "MemoryLimitBytes": 42,
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "Flows": 42,
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "TargetSec": "soon",
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "IntervalSec": "soon",
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "QuantumBytes": "soon",
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "ECN": "yes",
});
ok("network", "FairQueueingControlledDelay", {
  // @ts-expect-error wrong value
  "CEThresholdSec": "soon",
});
ok("network", "FairQueueing", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": "text",
  "FlowLimit": "text",
  "QuantumBytes": "text",
  "InitialQuantumBytes": "text",
  "MaximumRate": "text",
  "Buckets": "text",
  "OrphanMask": 0,
  "Pacing": true,
  "CEThresholdSec": "1min 30s",
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "PacketLimit": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "FlowLimit": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "QuantumBytes": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "InitialQuantumBytes": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "MaximumRate": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "Buckets": 42,
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "OrphanMask": "lots",
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "Pacing": "yes",
});
ok("network", "FairQueueing", {
  // @ts-expect-error wrong value
  "CEThresholdSec": "soon",
});
ok("network", "TrivialLinkEqualizer", {
  "Parent": "text",
  "Handle": "text",
  "Id": "text",
});
ok("network", "TrivialLinkEqualizer", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "TrivialLinkEqualizer", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "TrivialLinkEqualizer", {
  // @ts-expect-error wrong value
  "Id": 42,
});
ok("network", "HierarchyTokenBucket", {
  "Parent": "text",
  "Handle": "text",
  "DefaultClass": "text",
  "RateToQuantum": 0,
});
ok("network", "HierarchyTokenBucket", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "HierarchyTokenBucket", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "HierarchyTokenBucket", {
  // @ts-expect-error wrong value
  "DefaultClass": 42,
});
ok("network", "HierarchyTokenBucket", {
  // @ts-expect-error wrong value
  "RateToQuantum": "lots",
});
ok("network", "HierarchyTokenBucketClass", {
  "Parent": "text",
  "ClassId": "text",
  "Priority": "text",
  "QuantumBytes": "text",
  "MTUBytes": "text",
  "OverheadBytes": 0,
  "Rate": "text",
  "CeilRate": "text",
  "BufferBytes": "text",
  "CeilBufferBytes": "text",
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "ClassId": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "Priority": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "QuantumBytes": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "MTUBytes": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "OverheadBytes": "lots",
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "Rate": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "CeilRate": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "BufferBytes": 42,
});
ok("network", "HierarchyTokenBucketClass", {
  // @ts-expect-error wrong value
  "CeilBufferBytes": 42,
});
ok("network", "ClassfulMultiQueueing", {
  "Parent": "text",
  "Handle": "text",
});
ok("network", "ClassfulMultiQueueing", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "ClassfulMultiQueueing", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "BandMultiQueueing", {
  "Parent": "text",
  "Handle": "text",
});
ok("network", "BandMultiQueueing", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "BandMultiQueueing", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "HeavyHitterFilter", {
  "Parent": "text",
  "Handle": "text",
  "PacketLimit": 0,
});
ok("network", "HeavyHitterFilter", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "HeavyHitterFilter", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "HeavyHitterFilter", {
  // @ts-expect-error wrong value
  "PacketLimit": "lots",
});
ok("network", "QuickFairQueueing", {
  "Parent": "text",
  "Handle": "text",
});
ok("network", "QuickFairQueueing", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "QuickFairQueueing", {
  // @ts-expect-error wrong value
  "Handle": 42,
});
ok("network", "QuickFairQueueingClass", {
  "Parent": "text",
  "ClassId": "text",
  "Weight": 1,
  "MaxPacketBytes": "text",
});
ok("network", "QuickFairQueueingClass", {
  // @ts-expect-error wrong value
  "Parent": 42,
});
ok("network", "QuickFairQueueingClass", {
  // @ts-expect-error wrong value
  "ClassId": 42,
});
ok("network", "QuickFairQueueingClass", {
  // @ts-expect-error wrong value
  "Weight": "lots",
});
ok("network", "QuickFairQueueingClass", {
  // @ts-expect-error wrong value
  "MaxPacketBytes": 42,
});
ok("network", "BridgeVLAN", {
  "VLAN": "text",
  "EgressUntagged": "text",
  "PVID": 1,
});
ok("network", "BridgeVLAN", {
  // @ts-expect-error wrong value
  "VLAN": 42,
});
ok("network", "BridgeVLAN", {
  // @ts-expect-error wrong value
  "EgressUntagged": 42,
});
ok("network", "BridgeVLAN", {
  // @ts-expect-error wrong value
  "PVID": "lots",
});
ok("network", "MobileNetwork", {
  "APN": "text",
  "AllowedAuthenticationMechanisms": "text",
  "User": "text",
  "Password": "text",
  "IPFamily": "ipv4",
  "AllowRoaming": true,
  "PIN": "text",
  "OperatorId": "text",
  "RouteMetric": 0,
  "UseGateway": true,
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "APN": 42,
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "AllowedAuthenticationMechanisms": 42,
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "Password": 42,
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "IPFamily": "no-such-value",
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "AllowRoaming": "yes",
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "PIN": 42,
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "OperatorId": 42,
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("network", "MobileNetwork", {
  // @ts-expect-error wrong value
  "UseGateway": "yes",
});
ok("netdev", "Match", {
  "Host": ["item"],
  "Virtualization": ["item"],
  "KernelCommandLine": ["item"],
  "KernelVersion": ["item"],
  "Version": ["item"],
  "Credential": ["item"],
  "Architecture": ["item"],
  "Firmware": ["item"],
  "MachineTag": ["item"],
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "Host": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "Virtualization": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "KernelCommandLine": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "KernelVersion": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "Version": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "Credential": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "Architecture": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "Firmware": 42,
});
ok("netdev", "Match", {
  // @ts-expect-error wrong value
  "MachineTag": 42,
});
ok("netdev", "NetDev", {
  "Description": "text",
  "Name": "text",
  "Kind": "bond",
  "MTUBytes": "512M",
  "MACAddress": "02:00:5e:00:53:01",
});
ok("netdev", "NetDev", {
  // @ts-expect-error wrong value
  "Description": 42,
});
ok("netdev", "NetDev", {
  // @ts-expect-error wrong value
  "Name": 42,
});
ok("netdev", "NetDev", {
  // @ts-expect-error wrong value
  "Kind": "no-such-value",
});
ok("netdev", "NetDev", {
  // @ts-expect-error wrong value
  "MTUBytes": "512MB",
});
ok("netdev", "NetDev", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("netdev", "Bridge", {
  "HelloTimeSec": "1min 30s",
  "MaxAgeSec": "1min 30s",
  "ForwardDelaySec": "1min 30s",
  "AgeingTimeSec": "1min 30s",
  "Priority": 0,
  "GroupForwardMask": "text",
  "DefaultPVID": 1,
  "MulticastQuerier": true,
  "MulticastSnooping": true,
  "VLANFiltering": true,
  "VLANProtocol": "802.1q",
  "STP": true,
  "MulticastIGMPVersion": "text",
  "FDBMaxLearned": 0,
  "LinkLocalLearning": true,
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "HelloTimeSec": "soon",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "MaxAgeSec": "soon",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "ForwardDelaySec": "soon",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "AgeingTimeSec": "soon",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "Priority": "lots",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "GroupForwardMask": 42,
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "DefaultPVID": "lots",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "MulticastQuerier": "yes",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "MulticastSnooping": "yes",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "VLANFiltering": "yes",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "VLANProtocol": "no-such-value",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "STP": "yes",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "MulticastIGMPVersion": 42,
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "FDBMaxLearned": "lots",
});
ok("netdev", "Bridge", {
  // @ts-expect-error wrong value
  "LinkLocalLearning": "yes",
});
ok("netdev", "VLAN", {
  "Id": 0,
  "Protocol": "802.1q",
  "GVRP": true,
  "MVRP": true,
  "LooseBinding": true,
  "ReorderHeader": true,
  "EgressQOSMaps": 1,
  "IngressQOSMaps": 1,
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "Id": "lots",
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "Protocol": "no-such-value",
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "GVRP": "yes",
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "MVRP": "yes",
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "LooseBinding": "yes",
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "ReorderHeader": "yes",
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "EgressQOSMaps": "lots",
});
ok("netdev", "VLAN", {
  // @ts-expect-error wrong value
  "IngressQOSMaps": "lots",
});
ok("netdev", "MACVLAN", {
  "Mode": "private",
  "SourceMACAddress": ["item"],
  "BroadcastMulticastQueueLength": 0,
  "BroadcastQueueThreshold": 0,
});
ok("netdev", "MACVLAN", {
  // @ts-expect-error wrong value
  "Mode": "no-such-value",
});
ok("netdev", "MACVLAN", {
  // @ts-expect-error wrong value
  "SourceMACAddress": 42,
});
ok("netdev", "MACVLAN", {
  // @ts-expect-error wrong value
  "BroadcastMulticastQueueLength": "lots",
});
ok("netdev", "MACVLAN", {
  // @ts-expect-error wrong value
  "BroadcastQueueThreshold": "lots",
});
ok("netdev", "MACVTAP", {
  "Mode": "private",
  "SourceMACAddress": ["item"],
  "BroadcastMulticastQueueLength": 0,
  "BroadcastQueueThreshold": 0,
});
ok("netdev", "MACVTAP", {
  // @ts-expect-error wrong value
  "Mode": "no-such-value",
});
ok("netdev", "MACVTAP", {
  // @ts-expect-error wrong value
  "SourceMACAddress": 42,
});
ok("netdev", "MACVTAP", {
  // @ts-expect-error wrong value
  "BroadcastMulticastQueueLength": "lots",
});
ok("netdev", "MACVTAP", {
  // @ts-expect-error wrong value
  "BroadcastQueueThreshold": "lots",
});
ok("netdev", "IPVLAN", {
  "Mode": "L2",
  "Flags": "bridge",
});
ok("netdev", "IPVLAN", {
  // @ts-expect-error wrong value
  "Mode": "no-such-value",
});
ok("netdev", "IPVLAN", {
  // @ts-expect-error wrong value
  "Flags": "no-such-value",
});
ok("netdev", "IPVTAP", {
  "Mode": "L2",
  "Flags": "bridge",
});
ok("netdev", "IPVTAP", {
  // @ts-expect-error wrong value
  "Mode": "no-such-value",
});
ok("netdev", "IPVTAP", {
  // @ts-expect-error wrong value
  "Flags": "no-such-value",
});
ok("netdev", "VXLAN", {
  "VNI": 1,
  "Remote": "192.0.2.1",
  "Local": "192.0.2.1",
  "Group": "192.0.2.1",
  "TOS": "text",
  "TTL": 0,
  "MacLearning": true,
  "FDBAgeingSec": "1min 30s",
  "MaximumFDBEntries": "text",
  "ReduceARPProxy": true,
  "L2MissNotification": true,
  "L3MissNotification": true,
  "RouteShortCircuit": true,
  "UDPChecksum": true,
  "UDP6ZeroChecksumTx": true,
  "UDP6ZeroChecksumRx": true,
  "RemoteChecksumTx": true,
  "RemoteChecksumRx": true,
  "GroupPolicyExtension": true,
  "GenericProtocolExtension": true,
  "DestinationPort": 1,
  "PortRange": "text",
  "FlowLabel": "text",
  "IPDoNotFragment": true,
  "Independent": true,
  "External": true,
  "VNIFilter": true,
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "VNI": "lots",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "Remote": "not-an-address",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "Local": "not-an-address",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "Group": "not-an-address",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "TOS": 42,
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "TTL": "lots",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "MacLearning": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "FDBAgeingSec": "soon",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "MaximumFDBEntries": 42,
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "ReduceARPProxy": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "L2MissNotification": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "L3MissNotification": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "RouteShortCircuit": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "UDPChecksum": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "UDP6ZeroChecksumTx": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "UDP6ZeroChecksumRx": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "RemoteChecksumTx": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "RemoteChecksumRx": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "GroupPolicyExtension": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "GenericProtocolExtension": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "DestinationPort": "lots",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "PortRange": 42,
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "FlowLabel": 42,
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "IPDoNotFragment": "no-such-value",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "Independent": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "External": "yes",
});
ok("netdev", "VXLAN", {
  // @ts-expect-error wrong value
  "VNIFilter": "yes",
});
ok("netdev", "GENEVE", {
  "Id": 0,
  "Remote": "text",
  "TOS": 1,
  "TTL": "text",
  "UDPChecksum": true,
  "UDP6ZeroChecksumTx": true,
  "UDP6ZeroChecksumRx": true,
  "DestinationPort": "text",
  "FlowLabel": "text",
  "IPDoNotFragment": "text",
  "InheritInnerProtocol": true,
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "Id": "lots",
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "Remote": 42,
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "TOS": "lots",
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "TTL": 42,
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "UDPChecksum": "yes",
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "UDP6ZeroChecksumTx": "yes",
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "UDP6ZeroChecksumRx": "yes",
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "DestinationPort": 42,
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "FlowLabel": 42,
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "IPDoNotFragment": 42,
});
ok("netdev", "GENEVE", {
  // @ts-expect-error wrong value
  "InheritInnerProtocol": "yes",
});
ok("netdev", "HSR", {
  "Ports": ["one two"],
  "Protocol": "hsr",
  "Supervision": 0,
});
ok("netdev", "HSR", {
  // @ts-expect-error wrong value
  "Ports": 42,
});
ok("netdev", "HSR", {
  // @ts-expect-error wrong value
  "Protocol": "no-such-value",
});
ok("netdev", "HSR", {
  // @ts-expect-error wrong value
  "Supervision": "lots",
});
ok("netdev", "BareUDP", {
  "DestinationPort": 1,
  "EtherType": "ipv4",
  "MinSourcePort": 1,
});
ok("netdev", "BareUDP", {
  // @ts-expect-error wrong value
  "DestinationPort": "lots",
});
ok("netdev", "BareUDP", {
  // @ts-expect-error wrong value
  "EtherType": "no-such-value",
});
ok("netdev", "BareUDP", {
  // @ts-expect-error wrong value
  "MinSourcePort": "lots",
});
ok("netdev", "L2TP", {
  "TunnelId": 1,
  "PeerTunnelId": 1,
  "Remote": "192.0.2.1",
  "Local": "192.0.2.1",
  "EncapsulationType": "udp",
  "UDPSourcePort": "text",
  "UDPDestinationPort": "text",
  "UDPChecksum": true,
  "UDP6ChecksumTx": true,
  "UDP6ChecksumRx": true,
  "UDPCheckSum": true,
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "TunnelId": "lots",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "PeerTunnelId": "lots",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "Remote": "not-an-address",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "Local": "not-an-address",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "EncapsulationType": "no-such-value",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "UDPSourcePort": 42,
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "UDPDestinationPort": 42,
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "UDPChecksum": "yes",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "UDP6ChecksumTx": "yes",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "UDP6ChecksumRx": "yes",
});
ok("netdev", "L2TP", {
  // @ts-expect-error wrong value
  "UDPCheckSum": "yes",
});
ok("netdev", "L2TPSession", {
  "Name": "text",
  "SessionId": 1,
  "PeerSessionId": 1,
  "Layer2SpecificHeader": "text",
});
ok("netdev", "L2TPSession", {
  // @ts-expect-error wrong value
  "Name": 42,
});
ok("netdev", "L2TPSession", {
  // @ts-expect-error wrong value
  "SessionId": "lots",
});
ok("netdev", "L2TPSession", {
  // @ts-expect-error wrong value
  "PeerSessionId": "lots",
});
ok("netdev", "L2TPSession", {
  // @ts-expect-error wrong value
  "Layer2SpecificHeader": 42,
});
ok("netdev", "MACsec", {
  "Port": "text",
  "Encrypt": true,
});
ok("netdev", "MACsec", {
  // @ts-expect-error wrong value
  "Port": 42,
});
ok("netdev", "MACsec", {
  // @ts-expect-error wrong value
  "Encrypt": "yes",
});
ok("netdev", "MACsecReceiveChannel", {
  "Port": "text",
  "MACAddress": "02:00:5e:00:53:01",
});
ok("netdev", "MACsecReceiveChannel", {
  // @ts-expect-error wrong value
  "Port": 42,
});
ok("netdev", "MACsecReceiveChannel", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("netdev", "MACsecTransmitAssociation", {
  "PacketNumber": 1,
  "KeyId": 0,
  "Key": "text",
  "KeyFile": "/srv/example",
  "Activate": true,
  "UseForEncoding": true,
});
ok("netdev", "MACsecTransmitAssociation", {
  // @ts-expect-error wrong value
  "PacketNumber": "lots",
});
ok("netdev", "MACsecTransmitAssociation", {
  // @ts-expect-error wrong value
  "KeyId": "lots",
});
ok("netdev", "MACsecTransmitAssociation", {
  // @ts-expect-error wrong value
  "Key": 42,
});
ok("netdev", "MACsecTransmitAssociation", {
  // @ts-expect-error wrong value
  "KeyFile": "relative/path",
});
ok("netdev", "MACsecTransmitAssociation", {
  // @ts-expect-error wrong value
  "Activate": "yes",
});
ok("netdev", "MACsecTransmitAssociation", {
  // @ts-expect-error wrong value
  "UseForEncoding": "yes",
});
ok("netdev", "MACsecReceiveAssociation", {
  "Port": "text",
  "MACAddress": "text",
  "PacketNumber": "text",
  "KeyId": "text",
  "Key": "text",
  "KeyFile": "text",
  "Activate": "text",
});
ok("netdev", "MACsecReceiveAssociation", {
  // @ts-expect-error wrong value
  "Port": 42,
});
ok("netdev", "MACsecReceiveAssociation", {
  // @ts-expect-error wrong value
  "MACAddress": 42,
});
ok("netdev", "MACsecReceiveAssociation", {
  // @ts-expect-error wrong value
  "PacketNumber": 42,
});
ok("netdev", "MACsecReceiveAssociation", {
  // @ts-expect-error wrong value
  "KeyId": 42,
});
ok("netdev", "MACsecReceiveAssociation", {
  // @ts-expect-error wrong value
  "Key": 42,
});
ok("netdev", "MACsecReceiveAssociation", {
  // @ts-expect-error wrong value
  "KeyFile": 42,
});
ok("netdev", "MACsecReceiveAssociation", {
  // @ts-expect-error wrong value
  "Activate": 42,
});
ok("netdev", "Tunnel", {
  "External": true,
  "Local": "192.0.2.1",
  "Remote": "192.0.2.1",
  "TOS": "text",
  "TTL": 1,
  "DiscoverPathMTU": true,
  "IgnoreDontFragment": true,
  "IPv6FlowLabel": "text",
  "CopyDSCP": true,
  "EncapsulationLimit": "text",
  "Key": "text",
  "InputKey": "text",
  "OutputKey": "text",
  "Mode": "text",
  "Independent": true,
  "AssignToLoopback": true,
  "AllowLocalRemote": true,
  "FooOverUDP": true,
  "FOUDestinationPort": "text",
  "FOUSourcePort": "text",
  "Encapsulation": "text",
  "IPv6RapidDeploymentPrefix": "text",
  "ISATAP": true,
  "SerializeTunneledPackets": true,
  "ERSPANVersion": "text",
  "ERSPANIndex": 0,
  "ERSPANDirection": "ingress",
  "ERSPANHardwareId": 0,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "External": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "Local": "not-an-address",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "Remote": "not-an-address",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "TOS": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "TTL": "lots",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "DiscoverPathMTU": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "IgnoreDontFragment": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "IPv6FlowLabel": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "CopyDSCP": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "EncapsulationLimit": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "Key": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "InputKey": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "OutputKey": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "Mode": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "Independent": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "AssignToLoopback": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "AllowLocalRemote": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "FooOverUDP": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "FOUDestinationPort": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "FOUSourcePort": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "Encapsulation": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "IPv6RapidDeploymentPrefix": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "ISATAP": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "SerializeTunneledPackets": "yes",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "ERSPANVersion": 42,
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "ERSPANIndex": "lots",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "ERSPANDirection": "no-such-value",
});
ok("netdev", "Tunnel", {
  // @ts-expect-error wrong value
  "ERSPANHardwareId": "lots",
});
ok("netdev", "FooOverUDP", {
  "Encapsulation": "text",
  "Port": "text",
  "PeerPort": "text",
  "Protocol": 1,
  "Peer": "text",
  "Local": "text",
});
ok("netdev", "FooOverUDP", {
  // @ts-expect-error wrong value
  "Encapsulation": 42,
});
ok("netdev", "FooOverUDP", {
  // @ts-expect-error wrong value
  "Port": 42,
});
ok("netdev", "FooOverUDP", {
  // @ts-expect-error wrong value
  "PeerPort": 42,
});
ok("netdev", "FooOverUDP", {
  // @ts-expect-error wrong value
  "Protocol": "lots",
});
ok("netdev", "FooOverUDP", {
  // @ts-expect-error wrong value
  "Peer": 42,
});
ok("netdev", "FooOverUDP", {
  // @ts-expect-error wrong value
  "Local": 42,
});
ok("netdev", "Peer", {
  "Name": "text",
  "MACAddress": "02:00:5e:00:53:01",
});
ok("netdev", "Peer", {
  // @ts-expect-error wrong value
  "Name": 42,
});
ok("netdev", "Peer", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("netdev", "VXCAN", {
  "Peer": "text",
});
ok("netdev", "VXCAN", {
  // @ts-expect-error wrong value
  "Peer": 42,
});
ok("netdev", "Tun", {
  "MultiQueue": true,
  "PacketInfo": true,
  "VNetHeader": true,
  "User": "text",
  "Group": "text",
  "KeepCarrier": true,
});
ok("netdev", "Tun", {
  // @ts-expect-error wrong value
  "MultiQueue": "yes",
});
ok("netdev", "Tun", {
  // @ts-expect-error wrong value
  "PacketInfo": "yes",
});
ok("netdev", "Tun", {
  // @ts-expect-error wrong value
  "VNetHeader": "yes",
});
ok("netdev", "Tun", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("netdev", "Tun", {
  // @ts-expect-error wrong value
  "Group": 42,
});
ok("netdev", "Tun", {
  // @ts-expect-error wrong value
  "KeepCarrier": "yes",
});
ok("netdev", "Tap", {
  "MultiQueue": true,
  "PacketInfo": true,
  "VNetHeader": true,
  "User": "text",
  "Group": "text",
  "KeepCarrier": true,
});
ok("netdev", "Tap", {
  // @ts-expect-error wrong value
  "MultiQueue": "yes",
});
ok("netdev", "Tap", {
  // @ts-expect-error wrong value
  "PacketInfo": "yes",
});
ok("netdev", "Tap", {
  // @ts-expect-error wrong value
  "VNetHeader": "yes",
});
ok("netdev", "Tap", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("netdev", "Tap", {
  // @ts-expect-error wrong value
  "Group": 42,
});
ok("netdev", "Tap", {
  // @ts-expect-error wrong value
  "KeepCarrier": "yes",
});
ok("netdev", "WireGuard", {
  "PrivateKey": "text",
  "PrivateKeyFile": "/srv/example",
  "ListenPort": 1,
  "FirewallMark": 1,
  "RouteTable": "text",
  "RouteMetric": 0,
});
ok("netdev", "WireGuard", {
  // @ts-expect-error wrong value
  "PrivateKey": 42,
});
ok("netdev", "WireGuard", {
  // @ts-expect-error wrong value
  "PrivateKeyFile": "relative/path",
});
ok("netdev", "WireGuard", {
  // @ts-expect-error wrong value
  "ListenPort": "lots",
});
ok("netdev", "WireGuard", {
  // @ts-expect-error wrong value
  "FirewallMark": "lots",
});
ok("netdev", "WireGuard", {
  // @ts-expect-error wrong value
  "RouteTable": 42,
});
ok("netdev", "WireGuard", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("netdev", "WireGuardPeer", {
  "PublicKey": "text",
  "PublicKeyFile": "/srv/example",
  "PresharedKey": "text",
  "PresharedKeyFile": "/srv/example",
  "AllowedIPs": ["item"],
  "Endpoint": "text",
  "PersistentKeepalive": 0,
  "RouteTable": "text",
  "RouteMetric": 0,
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "PublicKey": 42,
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "PublicKeyFile": "relative/path",
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "PresharedKey": 42,
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "PresharedKeyFile": "relative/path",
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "AllowedIPs": 42,
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "Endpoint": 42,
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "PersistentKeepalive": "lots",
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "RouteTable": 42,
});
ok("netdev", "WireGuardPeer", {
  // @ts-expect-error wrong value
  "RouteMetric": "lots",
});
ok("netdev", "Bond", {
  "Mode": "balance-rr",
  "TransmitHashPolicy": "layer2",
  "LACPTransmitRate": "slow",
  "MIIMonitorSec": "1min 30s",
  "PeerNotifyDelaySec": "1min 30s",
  "UpDelaySec": "1min 30s",
  "DownDelaySec": "1min 30s",
  "LearnPacketIntervalSec": "1min 30s",
  "AdSelect": "text",
  "AdActorSystemPriority": 1,
  "AdUserPortKey": 0,
  "AdActorSystem": "02:00:5e:00:53:01",
  "FailOverMACPolicy": "02:00:5e:00:53:01",
  "ARPValidate": "text",
  "ARPIntervalSec": "1min 30s",
  "ARPIPTargets": ["192.0.2.1"],
  "ARPAllTargets": "text",
  "PrimaryReselectPolicy": "text",
  "ResendIGMP": "text",
  "PacketsPerSlave": "text",
  "GratuitousARP": "text",
  "AllSlavesActive": true,
  "DynamicTransmitLoadBalancing": true,
  "MinLinks": "text",
  "ARPMissedMax": 0,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "Mode": "no-such-value",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "TransmitHashPolicy": "no-such-value",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "LACPTransmitRate": "no-such-value",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "MIIMonitorSec": "soon",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "PeerNotifyDelaySec": "soon",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "UpDelaySec": "soon",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "DownDelaySec": "soon",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "LearnPacketIntervalSec": "soon",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "AdSelect": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "AdActorSystemPriority": "lots",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "AdUserPortKey": "lots",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "AdActorSystem": "02:00",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "FailOverMACPolicy": "02:00",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "ARPValidate": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "ARPIntervalSec": "soon",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "ARPIPTargets": ["not-an-address"],
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "ARPAllTargets": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "PrimaryReselectPolicy": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "ResendIGMP": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "PacketsPerSlave": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "GratuitousARP": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "AllSlavesActive": "yes",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "DynamicTransmitLoadBalancing": "yes",
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "MinLinks": 42,
});
ok("netdev", "Bond", {
  // @ts-expect-error wrong value
  "ARPMissedMax": "lots",
});
ok("netdev", "Xfrm", {
  "InterfaceId": "text",
  "Independent": true,
});
ok("netdev", "Xfrm", {
  // @ts-expect-error wrong value
  "InterfaceId": 42,
});
ok("netdev", "Xfrm", {
  // @ts-expect-error wrong value
  "Independent": "yes",
});
ok("netdev", "VRF", {
  "Table": "text",
});
ok("netdev", "VRF", {
  // @ts-expect-error wrong value
  "Table": 42,
});
ok("netdev", "BatmanAdvanced", {
  "GatewayMode": false,
  "Aggregation": true,
  "BridgeLoopAvoidance": true,
  "DistributedArpTable": true,
  "Fragmentation": true,
  "HopPenalty": "text",
  "OriginatorIntervalSec": "1min 30s",
  "GatewayBandwidthDown": "512M",
  "GatewayBandwidthUp": "512M",
  "RoutingAlgorithm": "batman-v",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "GatewayMode": "no-such-value",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "Aggregation": "yes",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "BridgeLoopAvoidance": "yes",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "DistributedArpTable": "yes",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "Fragmentation": "yes",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "HopPenalty": 42,
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "OriginatorIntervalSec": "soon",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "GatewayBandwidthDown": "512MB",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "GatewayBandwidthUp": "512MB",
});
ok("netdev", "BatmanAdvanced", {
  // @ts-expect-error wrong value
  "RoutingAlgorithm": "no-such-value",
});
ok("netdev", "IPoIB", {
  "PartitionKey": 0,
  "Mode": "datagram",
  "IgnoreUserspaceMulticastGroups": true,
});
ok("netdev", "IPoIB", {
  // @ts-expect-error wrong value
  "PartitionKey": "lots",
});
ok("netdev", "IPoIB", {
  // @ts-expect-error wrong value
  "Mode": "no-such-value",
});
ok("netdev", "IPoIB", {
  // @ts-expect-error wrong value
  "IgnoreUserspaceMulticastGroups": "yes",
});
ok("netdev", "WLAN", {
  "PhysicalDevice": "text",
  "Type": "text",
  "WDS": true,
});
ok("netdev", "WLAN", {
  // @ts-expect-error wrong value
  "PhysicalDevice": 42,
});
ok("netdev", "WLAN", {
  // @ts-expect-error wrong value
  "Type": 42,
});
ok("netdev", "WLAN", {
  // @ts-expect-error wrong value
  "WDS": "yes",
});
ok("link", "Match", {
  "MACAddress": ["02:00:5e:00:53:01"],
  "PermanentMACAddress": ["02:00:5e:00:53:01"],
  "Path": ["one two"],
  "Driver": ["one two"],
  "Type": ["one two"],
  "Kind": ["one two"],
  "Property": "text",
  "OriginalName": ["one two"],
  "Host": ["item"],
  "Virtualization": ["item"],
  "KernelCommandLine": ["item"],
  "KernelVersion": ["item"],
  "Version": ["item"],
  "Credential": ["item"],
  "Architecture": ["item"],
  "Firmware": ["item"],
  "MachineTag": ["item"],
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "MACAddress": ["02:00"],
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "PermanentMACAddress": ["02:00"],
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Path": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Driver": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Type": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Kind": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Property": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "OriginalName": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Host": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Virtualization": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "KernelCommandLine": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "KernelVersion": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Version": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Credential": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Architecture": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "Firmware": 42,
});
ok("link", "Match", {
  // @ts-expect-error wrong value
  "MachineTag": 42,
});
ok("link", "Link", {
  "Description": "text",
  "Property": ["one two"],
  "ImportProperty": ["one two"],
  "UnsetProperty": ["one two"],
  "Alias": "text",
  "MACAddressPolicy": "persistent",
  "MACAddress": "02:00:5e:00:53:01",
  "NamePolicy": ["one two"],
  "Name": "text",
  "AlternativeNamesPolicy": ["one two"],
  "AlternativeName": ["one two"],
  "TransmitQueues": 1,
  "ReceiveQueues": 1,
  "TransmitQueueLength": 0,
  "MTUBytes": "512M",
  "BitsPerSecond": "512M",
  "Duplex": "half",
  "AutoNegotiation": true,
  "WakeOnLan": ["one two"],
  "WakeOnLanPassword": "text",
  "Port": "tp",
  "Advertise": ["item"],
  "ReceiveChecksumOffload": true,
  "TransmitChecksumOffload": true,
  "ScatterGather": true,
  "ScatterGatherFragmentList": true,
  "TCPSegmentationOffload": true,
  "TCPECNSegmentationOffload": true,
  "TCPMangleIdSegmentationOffload": true,
  "TCP6SegmentationOffload": true,
  "GenericSegmentationOffload": true,
  "PartialGenericSegmentationOffload": true,
  "GenericReceiveOffload": true,
  "GenericReceiveOffloadHardware": true,
  "GenericReceiveOffloadList": true,
  "GenericReceiveOffloadUDPForwarding": true,
  "LargeReceiveOffload": true,
  "ReceivePacketSteeringCPUMask": ["item"],
  "IRQAffinityPolicy": "spread",
  "IRQAffinity": "text",
  "IRQAffinityNUMA": 0,
  "ReceiveVLANCTAGHardwareAcceleration": true,
  "TransmitVLANCTAGHardwareAcceleration": true,
  "ReceiveVLANCTAGFilter": true,
  "TransmitVLANSTAGHardwareAcceleration": true,
  "NTupleFilter": true,
  "ReceiveFCS": true,
  "ReceiveAll": true,
  "RxChannels": 1,
  "TxChannels": 1,
  "OtherChannels": 1,
  "CombinedChannels": 1,
  "RxBufferSize": 1,
  "RxMiniBufferSize": 1,
  "RxJumboBufferSize": 1,
  "TxBufferSize": 1,
  "RxFlowControl": true,
  "TxFlowControl": true,
  "AutoNegotiationFlowControl": true,
  "GenericSegmentOffloadMaxBytes": 1,
  "GenericSegmentOffloadMaxSegments": 1,
  "UseAdaptiveRxCoalesce": true,
  "UseAdaptiveTxCoalesce": true,
  "RxCoalesceSec": "1min 30s",
  "RxCoalesceIrqSec": "1min 30s",
  "RxCoalesceLowSec": "1min 30s",
  "RxCoalesceHighSec": "1min 30s",
  "TxCoalesceSec": "1min 30s",
  "TxCoalesceIrqSec": "1min 30s",
  "TxCoalesceLowSec": "1min 30s",
  "TxCoalesceHighSec": "1min 30s",
  "RxMaxCoalescedFrames": "text",
  "RxMaxCoalescedIrqFrames": "text",
  "RxMaxCoalescedLowFrames": "text",
  "RxMaxCoalescedHighFrames": "text",
  "TxMaxCoalescedFrames": "text",
  "TxMaxCoalescedIrqFrames": "text",
  "TxMaxCoalescedLowFrames": "text",
  "TxMaxCoalescedHighFrames": "text",
  "CoalescePacketRateLow": "text",
  "CoalescePacketRateHigh": "text",
  "CoalescePacketRateSampleIntervalSec": "1min 30s",
  "StatisticsBlockCoalesceSec": "1min 30s",
  "MDI": "text",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "Description": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "Property": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ImportProperty": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "UnsetProperty": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "Alias": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "MACAddressPolicy": "no-such-value",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "NamePolicy": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "Name": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "AlternativeNamesPolicy": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "AlternativeName": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TransmitQueues": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ReceiveQueues": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TransmitQueueLength": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "MTUBytes": "512MB",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "BitsPerSecond": "512MB",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "Duplex": "no-such-value",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "AutoNegotiation": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "WakeOnLan": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "WakeOnLanPassword": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "Port": "no-such-value",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "Advertise": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ReceiveChecksumOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TransmitChecksumOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ScatterGather": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ScatterGatherFragmentList": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TCPSegmentationOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TCPECNSegmentationOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TCPMangleIdSegmentationOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TCP6SegmentationOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "GenericSegmentationOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "PartialGenericSegmentationOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "GenericReceiveOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "GenericReceiveOffloadHardware": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "GenericReceiveOffloadList": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "GenericReceiveOffloadUDPForwarding": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "LargeReceiveOffload": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ReceivePacketSteeringCPUMask": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "IRQAffinityPolicy": "no-such-value",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "IRQAffinity": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "IRQAffinityNUMA": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ReceiveVLANCTAGHardwareAcceleration": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TransmitVLANCTAGHardwareAcceleration": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ReceiveVLANCTAGFilter": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TransmitVLANSTAGHardwareAcceleration": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "NTupleFilter": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ReceiveFCS": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "ReceiveAll": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxChannels": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxChannels": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "OtherChannels": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "CombinedChannels": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxBufferSize": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxMiniBufferSize": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxJumboBufferSize": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxBufferSize": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxFlowControl": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxFlowControl": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "AutoNegotiationFlowControl": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "GenericSegmentOffloadMaxBytes": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "GenericSegmentOffloadMaxSegments": "lots",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "UseAdaptiveRxCoalesce": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "UseAdaptiveTxCoalesce": "yes",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxCoalesceSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxCoalesceIrqSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxCoalesceLowSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxCoalesceHighSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxCoalesceSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxCoalesceIrqSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxCoalesceLowSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxCoalesceHighSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxMaxCoalescedFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxMaxCoalescedIrqFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxMaxCoalescedLowFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "RxMaxCoalescedHighFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxMaxCoalescedFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxMaxCoalescedIrqFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxMaxCoalescedLowFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "TxMaxCoalescedHighFrames": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "CoalescePacketRateLow": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "CoalescePacketRateHigh": 42,
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "CoalescePacketRateSampleIntervalSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "StatisticsBlockCoalesceSec": "soon",
});
ok("link", "Link", {
  // @ts-expect-error wrong value
  "MDI": 42,
});
ok("link", "SR-IOV", {
  "VirtualFunction": 0,
  "VLANId": 1,
  "QualityOfService": 1,
  "VLANProtocol": "802.1Q",
  "MACSpoofCheck": true,
  "QueryReceiveSideScaling": true,
  "Trust": true,
  "LinkState": true,
  "MACAddress": "02:00:5e:00:53:01",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "VirtualFunction": "lots",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "VLANId": "lots",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "QualityOfService": "lots",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "VLANProtocol": "no-such-value",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "MACSpoofCheck": "yes",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "QueryReceiveSideScaling": "yes",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "Trust": "yes",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "LinkState": "no-such-value",
});
ok("link", "SR-IOV", {
  // @ts-expect-error wrong value
  "MACAddress": "02:00",
});
ok("link", "EnergyEfficientEthernet", {
  "Enable": true,
  "TxLowPowerIdle": true,
  "TxLowPowerIdleSec": "1min 30s",
  "LinkMode": ["item"],
});
ok("link", "EnergyEfficientEthernet", {
  // @ts-expect-error wrong value
  "Enable": "yes",
});
ok("link", "EnergyEfficientEthernet", {
  // @ts-expect-error wrong value
  "TxLowPowerIdle": "yes",
});
ok("link", "EnergyEfficientEthernet", {
  // @ts-expect-error wrong value
  "TxLowPowerIdleSec": "soon",
});
ok("link", "EnergyEfficientEthernet", {
  // @ts-expect-error wrong value
  "LinkMode": 42,
});
ok("nspawn", "Exec", {
  "Boot": true,
  "Ephemeral": true,
  "ProcessTwo": true,
  "Parameters": ["one two"],
  "Environment": { EXAMPLE: "value" },
  "User": "text",
  "WorkingDirectory": "/srv/example",
  "PivotRoot": "text",
  "Capability": ["one two"],
  "DropCapability": ["one two"],
  "AmbientCapability": ["one two"],
  "NoNewPrivileges": true,
  "KillSignal": "SIGHUP",
  "Personality": "x86",
  "MachineID": "text",
  "PrivateUsers": "text",
  "PrivateUsersDelegate": 0,
  "NotifyReady": "text",
  "SystemCallFilter": ["one two"],
  "RestrictAddressFamilies": "text",
  "LimitCPU": "1024:4096",
  "LimitFSIZE": "1024:4096",
  "LimitDATA": "1024:4096",
  "LimitSTACK": "1024:4096",
  "LimitCORE": "1024:4096",
  "LimitRSS": "1024:4096",
  "LimitNOFILE": "1024:4096",
  "LimitAS": "1024:4096",
  "LimitNPROC": "1024:4096",
  "LimitMEMLOCK": "1024:4096",
  "LimitLOCKS": "1024:4096",
  "LimitSIGPENDING": "1024:4096",
  "LimitMSGQUEUE": "1024:4096",
  "LimitNICE": "1024:4096",
  "LimitRTPRIO": "1024:4096",
  "LimitRTTIME": "1024:4096",
  "OOMScoreAdjust": 0,
  "CPUAffinity": ["one two"],
  "Hostname": "text",
  "ResolvConf": "text",
  "Timezone": "text",
  "LinkJournal": "no",
  "SuppressSync": "text",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Boot": "yes",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Ephemeral": "yes",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "ProcessTwo": "yes",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Parameters": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Environment": { EXAMPLE: 42 },
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "User": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "WorkingDirectory": "relative/path",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "PivotRoot": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Capability": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "DropCapability": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "AmbientCapability": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "NoNewPrivileges": "yes",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "KillSignal": "no-such-value",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Personality": "no-such-value",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "MachineID": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "PrivateUsers": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "PrivateUsersDelegate": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "NotifyReady": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "SystemCallFilter": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "RestrictAddressFamilies": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitCPU": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitFSIZE": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitDATA": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitSTACK": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitCORE": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitRSS": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitNOFILE": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitAS": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitNPROC": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitMEMLOCK": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitLOCKS": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitSIGPENDING": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitMSGQUEUE": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitNICE": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitRTPRIO": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LimitRTTIME": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "OOMScoreAdjust": "lots",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "CPUAffinity": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Hostname": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "ResolvConf": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "Timezone": 42,
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "LinkJournal": "no-such-value",
});
ok("nspawn", "Exec", {
  // @ts-expect-error wrong value
  "SuppressSync": 42,
});
ok("nspawn", "Files", {
  "ReadOnly": true,
  "Volatile": true,
  "Bind": ["item"],
  "BindReadOnly": ["item"],
  "BindUser": ["item"],
  "BindUserShell": "text",
  "TemporaryFileSystem": ["item"],
  "Inaccessible": ["item"],
  "Overlay": ["item"],
  "OverlayReadOnly": ["item"],
  "PrivateUsersOwnership": "off",
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "ReadOnly": "yes",
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "Volatile": "no-such-value",
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "Bind": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "BindReadOnly": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "BindUser": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "BindUserShell": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "TemporaryFileSystem": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "Inaccessible": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "Overlay": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "OverlayReadOnly": 42,
});
ok("nspawn", "Files", {
  // @ts-expect-error wrong value
  "PrivateUsersOwnership": "no-such-value",
});
ok("nspawn", "Network", {
  "Private": true,
  "NamespacePath": "/srv/example",
  "VirtualEthernet": true,
  "VirtualEthernetExtra": ["item"],
  "Interface": ["one two"],
  "MACVLAN": ["one two"],
  "IPVLAN": ["one two"],
  "Bridge": "text",
  "Zone": "text",
  "Port": ["item"],
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "Private": "yes",
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "NamespacePath": "relative/path",
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "VirtualEthernet": "yes",
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "VirtualEthernetExtra": 42,
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "Interface": 42,
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "MACVLAN": 42,
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "IPVLAN": 42,
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "Bridge": 42,
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "Zone": 42,
});
ok("nspawn", "Network", {
  // @ts-expect-error wrong value
  "Port": 42,
});
ok("resolved", "Resolve", {
  "DNS": ["one two"],
  "FallbackDNS": ["one two"],
  "Domains": ["one two"],
  "LLMNR": true,
  "MulticastDNS": true,
  "DNSSEC": true,
  "DNSOverTLS": true,
  "Cache": true,
  "CacheFromLocalhost": true,
  "DNSCacheSize": 0,
  "MulticastDNSCacheSize": 0,
  "LLMNRCacheSize": 0,
  "DNSStubListener": true,
  "RefuseRecordTypes": ["one two"],
  "DNSStubListenerExtra": ["item"],
  "ReadEtcHosts": true,
  "ReadStaticRecords": true,
  "ResolveUnicastSingleLabel": true,
  "StaleRetentionSec": "1min 30s",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "DNS": 42,
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "FallbackDNS": 42,
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "Domains": 42,
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "LLMNR": "no-such-value",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "MulticastDNS": "no-such-value",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "DNSSEC": "no-such-value",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "DNSOverTLS": "no-such-value",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "Cache": "no-such-value",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "CacheFromLocalhost": "yes",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "DNSCacheSize": "lots",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "MulticastDNSCacheSize": "lots",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "LLMNRCacheSize": "lots",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "DNSStubListener": "no-such-value",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "RefuseRecordTypes": 42,
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "DNSStubListenerExtra": 42,
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "ReadEtcHosts": "yes",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "ReadStaticRecords": "yes",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "ResolveUnicastSingleLabel": "yes",
});
ok("resolved", "Resolve", {
  // @ts-expect-error wrong value
  "StaleRetentionSec": "soon",
});

// 2277 directives
