/**
 * Finds the man pages and programs the table is generated from, for two systemds:
 *
 * - the installed one (Debian 12's systemd 252, the floor). Debian's systemd package installs
 *   most of its pages; systemd.link(5) ships in udev and resolved.conf(5) in systemd-resolved,
 *   which a build machine may lack and should not need installed (systemd-resolved takes over
 *   /etc/resolv.conf). Those are read from the very package version of the installed systemd,
 *   fetched with `apt-get download` into a cache directory, without installing anything.
 * - a newer one (newer.ts), whose pages say which version added each directive; its packages
 *   are unpacked into the cache, never installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { hearthCacheDir } from "../../compiler/cache-dir.ts";

/** Where the generator reads one systemd's man pages and programs. */
export interface Source {
  /** the Debian package version, e.g. "252.39-1~deb12u2" */
  readonly version: string;
  /** the roff source of a page such as "systemd.exec.5"; throws when it is missing */
  readPage(page: string, options: { fetch: boolean }): string;
  /** a program's bytes, for its configuration keys (keys.ts); throws when it is missing */
  readProgram(name: string, options: { fetch: boolean }): Buffer;
}

/** Which Debian package installs each file that the systemd package itself does not. */
const PACKAGE_OF: Record<string, string> = {
  "systemd.link.5": "udev",
  "resolved.conf.5": "systemd-resolved",
  udevadm: "udev",
  "systemd-resolved": "systemd-resolved",
  "systemd-nspawn": "systemd-container",
};
/** Where each file is inside its package. */
const MEMBER: Record<string, string> = {
  udevadm: "./bin/udevadm",
  "systemd-resolved": "./lib/systemd/systemd-resolved",
  "systemd-nspawn": "./usr/bin/systemd-nspawn",
};
const memberOf = (name: string): string =>
  MEMBER[name] ?? `./usr/share/man/man${name.slice(name.lastIndexOf(".") + 1)}/${name}.gz`;
const cacheName = (name: string): string => (MEMBER[name] ? name : `${name}.gz`);

/** The installed systemd's Debian version, e.g. "252.39-1~deb12u2". */
export const systemdPackageVersion = (): string =>
  execFileSync("dpkg-query", ["-W", "-f=${Version}", "systemd"], { encoding: "utf8" }).trim();

/** ~/.cache/hearth (or $XDG_CACHE_HOME/hearth): everything the generator fetches. */
export const hearthCache = (): string => hearthCacheDir();

const cacheDir = (): string => join(hearthCache(), `man-${systemdPackageVersion()}`);

/** Where a page is on this machine, or undefined; `page` is like "systemd.exec.5". */
export function findPage(page: string): string | undefined {
  const installed = memberOf(page).slice(1);
  if (existsSync(installed)) return installed;
  const cached = join(cacheDir(), cacheName(page));
  return existsSync(cached) ? cached : undefined;
}

/** A program's bytes (for its configuration keys), fetched like a page when not installed. */
export function readProgram(name: string, { fetch }: { fetch: boolean }): Buffer {
  const installed = (MEMBER[name] ?? `./lib/systemd/${name}`).slice(1);
  let file = existsSync(installed) ? installed : findPage(name);
  if (!file && fetch && PACKAGE_OF[name]) file = fetchFile(name, PACKAGE_OF[name]);
  if (!file) throw new Error(`${installed} not found (Debian's ${PACKAGE_OF[name] ?? "systemd"} package; run without --offline to fetch it)`);
  return readFileSync(file);
}

/** The roff source of a page, fetching its package (same version as systemd) when it is not installed. */
export function readPage(page: string, { fetch }: { fetch: boolean }): string {
  let file = findPage(page);
  if (!file && fetch && PACKAGE_OF[page]) file = fetchFile(page, PACKAGE_OF[page]);
  if (!file) throw new Error(`man page ${page} not found${PACKAGE_OF[page] ? ` (it ships in Debian's ${PACKAGE_OF[page]} package; run without --offline to fetch it)` : ""}`);
  return gunzipSync(readFileSync(file)).toString("utf8");
}

/** The installed systemd (Debian 12's 252): the floor of the table. */
export const installed: Source = {
  get version() {
    return systemdPackageVersion();
  },
  readPage,
  readProgram,
};

function fetchFile(name: string, pkg: string): string {
  const version = systemdPackageVersion();
  const work = mkdtempSync(join(tmpdir(), "hearth-man-"));
  try {
    execFileSync("apt-get", ["download", "-q", `${pkg}=${version}`], { cwd: work, stdio: ["ignore", "ignore", "inherit"] });
    const deb = readdirSync(work).find((f) => f.endsWith(".deb"));
    if (!deb) throw new Error(`apt-get download ${pkg}=${version} produced no package`);
    mkdirSync(cacheDir(), { recursive: true });
    const target = join(cacheDir(), cacheName(name));
    execFileSync("sh", ["-c", 'dpkg-deb --fsys-tarfile "$1" | tar -xO "$2" > "$3.tmp" && mv "$3.tmp" "$3"', "sh", join(work, deb), memberOf(name), target]);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
