/**
 * The second source of the table: a systemd newer than Debian 12's, whose man pages say
 * "Added in version NNN." for every directive (systemd documents this since v254). Directives
 * it has and 252 lacks join the table marked `since: NNN`.
 *
 * Its packages come from Debian's own mirror through a private apt configuration under
 * ~/.cache/hearth/apt/ (a sources list, package lists and an apt cache of its own: the
 * machine's sources, lists and caches are neither used nor touched), are fetched with
 * `apt-get download` and unpacked with `dpkg-deb -x` into ~/.cache/hearth/systemd-<version>/.
 * Nothing is installed and nothing of it is run: its programs are only read for their
 * compiled-in key tables (keys.ts), its NEWS only for the few names merge.ts cannot date
 * from their pages.
 *
 * The version is pinned here, so that a regeneration is reproducible. deb.debian.org keeps
 * only the current version of each suite: once the pinned one is gone, a regeneration that
 * still has it in the cache works (offline too), and one that must fetch it stops and names
 * the version to pin instead.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { bySection, programKeys } from "./keys.ts";
import { hearthCache, type Source } from "./man.ts";

/** The newest systemd Debian's mirror offered when the table was last regenerated, and its suite. */
export const NEWER = { version: "262.1-1", suite: "sid" } as const;

/** Suites searched for a newer systemd, oldest first; experimental (release candidates) is left out. */
export const SUITES = ["bookworm-backports", "trixie", "trixie-backports", "sid"] as const;

/** The packages holding the pages and programs the generator reads. */
const PACKAGES = ["systemd", "systemd-resolved", "udev", "systemd-container", "libsystemd-shared"] as const;

/** Where each program is inside the unpacked packages (usr-merged, unlike 252's /lib). */
const PROGRAMS: Record<string, string> = {
  "systemd-networkd": "usr/lib/systemd/systemd-networkd",
  "systemd-resolved": "usr/lib/systemd/systemd-resolved",
  "systemd-nspawn": "usr/bin/systemd-nspawn",
  udevadm: "usr/bin/udevadm",
};

/** The upstream version of a Debian version: "262.1-1" → 262, "252.39-1~deb12u2" → 252. */
export const upstreamMajor = (debianVersion: string): number => Number(/^(?:\d+:)?(\d+)/.exec(debianVersion)?.[1]);

/** ~/.cache/hearth/systemd-<version>: the unpacked packages, present only once complete. */
export const newerRoot = (version: string = NEWER.version): string => join(hearthCache(), `systemd-${version}`);

/** Whether the pinned newer systemd is unpacked in the cache, so --offline can use it. */
export const newerCached = (): boolean => existsSync(newerRoot());

/** The pinned newer systemd as a generator source; fetches it into the cache when allowed and missing. */
export function newerSource(version: string = NEWER.version): Source {
  const root = (fetch: boolean): string => {
    const dir = newerRoot(version);
    if (existsSync(dir)) return dir;
    if (!fetch) throw new Error(`systemd ${version}'s packages are not in ${dir} (run without --offline to fetch them)`);
    fetchPackages(version, dir);
    return dir;
  };
  return {
    version,
    readPage(page, { fetch }) {
      const file = join(root(fetch), "usr/share/man", `man${page.slice(page.lastIndexOf(".") + 1)}`, `${page}.gz`);
      if (!existsSync(file)) throw new Error(`man page ${page} is not in systemd ${version}'s packages (${PACKAGES.join(", ")})`);
      return gunzipSync(readFileSync(file)).toString("utf8");
    },
    readProgram(name, { fetch }) {
      const path = PROGRAMS[name];
      if (!path || !existsSync(join(root(fetch), path))) throw new Error(`program ${name} is not in systemd ${version}'s packages`);
      return readFileSync(join(root(fetch), path));
    },
  };
}

/**
 * The unit file keys the newer systemd parses, as `systemd --dump-configuration-items` would
 * list them but without value hints: the "Section.Key" strings of libsystemd-core's key table.
 * (A binary of another Debian release is not run on this machine.)
 */
export function newerUnitKeys(source: Source, { fetch }: { fetch: boolean }): Map<string, Map<string, string>> {
  source.readPage("systemd.unit.5", { fetch }); // unpacks the packages when needed
  const lib = join(newerRoot(source.version), "usr/lib");
  const core = readdirSync(lib, { recursive: true, encoding: "utf8" }).filter((f) => /(^|\/)libsystemd-core-[^/]*\.so$/.test(f)).sort()[0];
  if (!core) throw new Error(`libsystemd-core is not in systemd ${source.version}'s packages`);
  const out = new Map<string, Map<string, string>>();
  for (const [section, names] of bySection(programKeys(readFileSync(join(lib, core))))) out.set(section, new Map([...names].map((n) => [n, ""])));
  return out;
}

/**
 * The version that added a directive, from its entry's text: the smallest "Added in version
 * NNN." in it, since values documented inside the entry were added with it or later.
 */
export function addedIn(text: string): number | undefined {
  const versions = [...text.matchAll(/\bAdded in version (\d+)\./g)].map((m) => Number(m[1]));
  return versions.length ? Math.min(...versions) : undefined;
}

// ---------------------------------------------------------------- fetching

const aptDir = (): string => join(hearthCache(), "apt");

/** apt-get and apt-cache options that confine apt to ~/.cache/hearth/apt/. */
function aptOptions(): string[] {
  const dir = aptDir();
  return [
    "-q",
    "-o", `Dir::Etc::sourcelist=${join(dir, "sources.list")}`,
    "-o", "Dir::Etc::sourceparts=-",
    "-o", `Dir::State::Lists=${join(dir, "lists")}`,
    "-o", `Dir::Cache=${join(dir, "cache")}`,
    // root's ~/.cache is not readable by apt's _apt sandbox user
    ...(process.getuid?.() === 0 ? ["-o", "APT::Sandbox::User=root"] : []),
  ];
}

function aptUpdate(): void {
  const dir = aptDir();
  for (const d of ["lists/partial", "cache/archives/partial"]) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(
    join(dir, "sources.list"),
    `# written by hearth's scripts/gen-directives/newer.ts: where a systemd newer than Debian 12's is looked for\n${SUITES.map((s) => `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian ${s} main\n`).join("")}`,
  );
  execFileSync("apt-get", [...aptOptions(), "update"], { stdio: ["ignore", 2, "inherit"] });
}

/** The versions of systemd the private apt configuration offers, newest first, with their suites. */
function offered(): { version: string; suite: string }[] {
  const out = execFileSync("apt-cache", [...aptOptions(), "madison", "systemd"], { encoding: "utf8" });
  const rows = out.split("\n").map((l) => l.split("|").map((s) => s.trim())).filter((r) => r.length >= 3 && r[0] === "systemd");
  const list = rows.map((r) => ({ version: r[1] ?? "", suite: /debian (\S+?)\//.exec(r[2] ?? "")?.[1] ?? "?" }));
  const newer = (a: string, b: string): boolean => {
    try {
      execFileSync("dpkg", ["--compare-versions", a, "gt", b]);
      return true;
    } catch {
      return false;
    }
  };
  return list.sort((a, b) => (a.version === b.version ? 0 : newer(a.version, b.version) ? -1 : 1));
}

function fetchPackages(version: string, dir: string): void {
  console.error(`hearth: fetching systemd ${version} (${PACKAGES.join(", ")}) from deb.debian.org into ${dir}`);
  aptUpdate();
  const available = offered();
  const newest = available[0];
  if (!available.some((a) => a.version === version))
    throw new Error(
      `systemd ${version} is no longer on deb.debian.org (it offers ${available.map((a) => `${a.version} in ${a.suite}`).join(", ") || "nothing"}): set NEWER in scripts/gen-directives/newer.ts to ${newest ? `{ version: "${newest.version}", suite: "${newest.suite}" }` : "a version it offers"} and regenerate`,
    );
  if (newest && newest.version !== version)
    console.error(`hearth: note: deb.debian.org offers systemd ${newest.version} (${newest.suite}), newer than the pinned ${version}; set NEWER in scripts/gen-directives/newer.ts to use it`);
  const work = mkdtempSync(join(tmpdir(), "hearth-systemd-"));
  const partial = `${dir}.partial`;
  try {
    execFileSync("apt-get", [...aptOptions(), "download", ...PACKAGES.map((p) => `${p}=${version}`)], { cwd: work, stdio: ["ignore", 2, "inherit"] });
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    for (const deb of readdirSync(work).filter((f) => f.endsWith(".deb")).sort()) execFileSync("dpkg-deb", ["-x", join(work, deb), partial]);
    renameSync(partial, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(partial, { recursive: true, force: true });
  }
}

/**
 * systemd's NEWS from the newer packages, as a look-up: the first release after `floor` whose
 * "CHANGES WITH NNN" names "Name=". Only consulted for a name the pages cannot date (merge.ts).
 */
export function newsDating(source: Source, floor: number, { fetch }: { fetch: boolean }): (name: string) => number | undefined {
  source.readPage("systemd.unit.5", { fetch }); // unpacks the packages when needed
  const text = gunzipSync(readFileSync(join(newerRoot(source.version), "usr/share/doc/systemd/NEWS.gz"))).toString("utf8");
  const releases: { version: number; text: string }[] = [];
  for (const part of text.split(/^CHANGES WITH /m).slice(1)) {
    const version = Number(/^(\d+)/.exec(part)?.[1]);
    if (version > floor) releases.push({ version, text: part });
  }
  releases.sort((a, b) => a.version - b.version);
  return (name) => releases.find((r) => new RegExp(`(^|[^A-Za-z0-9])${name}=`).test(r.text))?.version;
}
