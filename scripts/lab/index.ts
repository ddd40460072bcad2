// hearth's lab: real systemd targets (Debian containers under systemd-nspawn, each in its
// own network namespace, reachable over ssh from the host, optionally sharing LANs) for
// tests and `hearth lab`.
//
//   const base = await ensureBaseRootfs();          // installs host packages, builds once
//   const key = await labSshKey();
//   const t = await bootTarget({ name: 'web1', base, authorizedKey: key.publicKey,
//                                lans: [{ lan: 'home/lan', ifname: 'lan0' }] });
//   await t.exec(['systemctl', 'is-active', 'ssh']);
//   await sshExec(t, key, ['hostname']);
//   await t.down();                                  // or downAll(); also done at exit
export { ensureLabHostPackages, LAB_HOST_PACKAGES } from "./packages.ts";
export { ensureBaseRootfs, baseKey, hostMirror, BASE_PACKAGES, BASE_SUITE, LAB_NETWORK_PACKAGES, type BaseRootfsOptions } from "./base-rootfs.ts";
export { labSshKey, type SshKey } from "./ssh-keys.ts";
export { sshExec, sshOptions, waitForSsh } from "./ssh.ts";
export { bootTarget, type BootOptions, type BootedTarget } from "./boot.ts";
export { CONTAINER_ENV, nsenterArgv, type ExecOptions, type ExecResult, type Target } from "./target.ts";
export { attachTarget, downAll, listTargets, reapOrphans } from "./fleet.ts";
export { isOrphan, type TargetState } from "./registry.ts";
export { slotAddresses, LAB_SUBNET, MANAGEMENT_IFNAME } from "./netns.ts";
export { attachLans, attachedLans, lanNamespace, listLanNamespaces, LAN_NS_PREFIX, type AttachedLan, type LanLink } from "./lan.ts";
export { LAB_CACHE_DIR, LAB_DATA_DIR, LAB_STATE_DIR, ID_PREFIX } from "./paths.ts";
export { CommandError, type RunResult } from "./exec.ts";
