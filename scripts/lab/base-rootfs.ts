// The base root filesystem every target boots from (read-only, as the lower layer of
// its overlay). Built once with debootstrap and cached under
// /var/cache/hearth/lab/<key>/rootfs, where <key> covers the suite and the package list.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CommandError, run } from "./exec.ts";
import { withLock } from "./lock.ts";
import { removeTree } from "./mounts.ts";
import { ensureLabHostPackages } from "./packages.ts";
import { LAB_CACHE_DIR } from "./paths.ts";

export const BASE_SUITE = "bookworm";
export const BASE_PACKAGES = ["systemd", "systemd-sysv", "dbus", "openssh-server", "rsync"] as const;
/** Extra packages for targets that run hearth's network config (WireGuard in the kernel or
 * in userspace, nftables, dnsmasq, systemd-resolved) and for looking at it by hand (ip,
 * ping). Tests that use it share one base. */
export const LAB_NETWORK_PACKAGES = [
  "dnsmasq-base",
  "iproute2",
  "iputils-ping",
  "nftables",
  "systemd-resolved",
  "wireguard-go",
  "wireguard-tools",
] as const;
/** Bump when the way a base is built or templated changes: old caches are then not reused. */
const RECIPE_VERSION = 1;
const FALLBACK_MIRROR = "http://deb.debian.org/debian";

export interface BaseRootfsOptions {
  /** More Debian packages to install into the base (targets have no network to fetch them). */
  extraPackages?: string[];
  suite?: string;
  /** Defaults to $HEARTH_LAB_MIRROR, then the mirror this machine's apt already uses. */
  mirror?: string;
}

export function baseKey(opts: BaseRootfsOptions = {}): string {
  const suite = opts.suite ?? BASE_SUITE;
  const packages = [...new Set([...BASE_PACKAGES, ...(opts.extraPackages ?? [])])].sort();
  const hash = createHash("sha256").update(JSON.stringify({ v: RECIPE_VERSION, suite, packages })).digest("hex");
  return `${suite}-${hash.slice(0, 12)}`;
}

/** The mirror the host's apt uses: the first `URIs:` line of the deb822 sources, else the
 * first `deb` line of sources.list. */
export function hostMirror(): string {
  try {
    const text = readFileSync("/etc/apt/sources.list.d/debian.sources", "utf8");
    const m = /^URIs:\s*(\S+)/m.exec(text);
    if (m?.[1]) return m[1];
  } catch {}
  try {
    const text = readFileSync("/etc/apt/sources.list", "utf8");
    const m = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/m.exec(text);
    if (m?.[1]) return m[1];
  } catch {}
  return FALLBACK_MIRROR;
}

/** Path of the cached template root filesystem, building it first if needed (about 45 s,
 * once per machine). Safe to call from parallel processes: one builds, the others wait. */
export async function ensureBaseRootfs(opts: BaseRootfsOptions = {}): Promise<string> {
  const key = baseKey(opts);
  const dir = join(LAB_CACHE_DIR, key);
  const rootfs = join(dir, "rootfs");
  if (existsSync(rootfs)) return rootfs;
  await ensureLabHostPackages();
  await withLock(join(LAB_CACHE_DIR, `.lock-${key}`), async (lockFd) => {
    if (existsSync(rootfs)) return; // another process built it while we waited
    // Leftovers of a build that was killed: never reused, only removed.
    for (const entry of await readdir(LAB_CACHE_DIR)) {
      if (entry.startsWith(`.build-${key}-`)) removeTree(join(LAB_CACHE_DIR, entry));
    }
    const tmp = await mkdtemp(join(LAB_CACHE_DIR, `.build-${key}-`));
    try {
      await buildInto(tmp, opts, lockFd);
      await chmod(tmp, 0o755); // mkdtemp made it 0700
      await rename(tmp, dir); // atomic: the cache holds a complete base or none
    } catch (e) {
      removeTree(tmp);
      throw e;
    }
  });
  return rootfs;
}

async function buildInto(tmp: string, opts: BaseRootfsOptions, lockFd: number): Promise<void> {
  const suite = opts.suite ?? BASE_SUITE;
  const mirror = opts.mirror ?? process.env.HEARTH_LAB_MIRROR ?? hostMirror();
  const packages = [...new Set([...BASE_PACKAGES, ...(opts.extraPackages ?? [])])].sort();
  const root = join(tmp, "rootfs");
  const started = Date.now();
  process.stderr.write(`hearth lab: building the base root filesystem (debootstrap ${suite} from ${mirror}; about a minute, once)\n`);
  try {
    // If this process is killed, debootstrap gets SIGKILL too (setpriv --pdeathsig), and
    // it and its children hold the build lock (fd 3) until they are all gone: the next
    // builder waits for them instead of removing a directory they still write to.
    await run("setpriv", [
      "--pdeathsig=KILL",
      "--",
      "debootstrap",
      "--variant=minbase",
      `--include=${packages.join(",")}`,
      suite,
      root,
      mirror,
    ], { extraFds: [lockFd] });
  } catch (e) {
    let log = "";
    try {
      log = readFileSync(join(root, "debootstrap", "debootstrap.log"), "utf8").split("\n").slice(-30).join("\n");
    } catch {}
    const msg = e instanceof CommandError ? e.message : String(e);
    throw new Error(`hearth lab: debootstrap failed.\n${msg}${log ? `\n--- debootstrap.log (tail) ---\n${log}` : ""}`);
  }
  await makeTemplate(root);
  const seconds = (Date.now() - started) / 1000;
  await writeFile(
    join(tmp, "info.json"),
    `${JSON.stringify({ suite, mirror, packages, recipe: RECIPE_VERSION, builtAt: new Date().toISOString(), seconds }, null, 2)}\n`,
  );
  process.stderr.write(`hearth lab: base root filesystem ready in ${seconds.toFixed(1)} s\n`);
}

/** Strip what debootstrap baked in from the host or that must differ per machine:
 * machine-id, D-Bus machine-id, ssh host keys, hostname; and drop apt caches. */
async function makeTemplate(root: string): Promise<void> {
  await writeFile(join(root, "etc/machine-id"), "");
  await rm(join(root, "var/lib/dbus/machine-id"), { force: true });
  for (const f of await readdir(join(root, "etc/ssh"))) {
    if (f.startsWith("ssh_host_")) await rm(join(root, "etc/ssh", f), { force: true });
  }
  await writeFile(join(root, "etc/hostname"), "localhost\n");
  // Only the ed25519 host key exists on targets; do not make sshd look for the others.
  await mkdir(join(root, "etc/ssh/sshd_config.d"), { recursive: true });
  await writeFile(join(root, "etc/ssh/sshd_config.d/hearth-lab.conf"), "HostKey /etc/ssh/ssh_host_ed25519_key\n");
  for (const dir of ["var/cache/apt/archives", "var/lib/apt/lists"]) {
    for (const f of await readdir(join(root, dir))) {
      if (f !== "partial" && f !== "lock") await rm(join(root, dir, f), { recursive: true, force: true });
    }
  }
  for (const f of await readdir(join(root, "var/cache/apt"))) {
    if (f.endsWith(".bin")) await rm(join(root, "var/cache/apt", f), { force: true });
  }
}
