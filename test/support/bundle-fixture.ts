// Test bundles made by the real compiler code (compiler/generation.ts), so the
// installer is always tested against what the compiler actually writes.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { writeMachineOutput } from "../../compiler/emit.ts";
import { buildGeneration, type GenEntry, type GenUnitSpec, type Generation } from "../../compiler/generation.ts";
import { installerPath } from "../../compiler/package-root.ts";

export type { GenEntry, GenUnitSpec, Generation };

export const INSTALLER_PATH = installerPath;
export const UNIT_DIR = "lib/systemd/system";

/** A manifest.json with the lines install.sh reads (read_manifest), for bundles made by hand. */
export function manifestText(m: { machine: string; gen: string; bundleSha256: string; tarSha256?: string }): string {
  return `${JSON.stringify({ hearth: 1, machine: m.machine, gen: m.gen, bundleSha256: m.bundleSha256, tarSha256: m.tarSha256 ?? "", packages: [] }, null, 2)}\n`;
}

export interface Fixture {
  /** out/<machine>/ style directory holding bundle.tar.gz, install.sh, manifest.json */
  readonly dir: string;
  readonly gen: string;
  readonly installSh: string;
  readonly bundle: string;
  /** bundle.tar: the same bundle uncompressed, as `hearth ship` sends it (ACTIVATION.md) */
  readonly tar: string;
  readonly generation: Generation;
}

/**
 * Writes a machine output dir for `entries`, `units` and Debian `packages` with
 * the real compiler code, plus the uncompressed bundle.tar the shipper makes.
 */
export async function makeFixture(
  dir: string,
  entries: readonly GenEntry[],
  units: readonly GenUnitSpec[] = [],
  machine = "testbox",
  packages: readonly string[] = [],
): Promise<Fixture> {
  const generation = buildGeneration(entries, units, packages);
  await mkdir(dir, { recursive: true });
  await writeMachineOutput(dir, machine, generation, await readFile(INSTALLER_PATH));
  const bundle = join(dir, "bundle.tar.gz");
  const tar = join(dir, "bundle.tar");
  await writeFile(tar, gunzipSync(await readFile(bundle)));
  return { dir, gen: generation.gen, installSh: join(dir, "install.sh"), bundle, tar, generation };
}

/** Writes just the `.hearth/` metadata of a generation (what `plan --old/--new` reads). */
export async function writeMeta(dir: string, g: Generation): Promise<string> {
  await mkdir(dir, { recursive: true });
  const t = g.tables;
  await writeFile(join(dir, "gen"), `${t.gen}\n`);
  await writeFile(join(dir, "manifest"), t.manifest);
  await writeFile(join(dir, "sha256sums"), t.sha256sums);
  await writeFile(join(dir, "units"), t.units);
  await writeFile(join(dir, "unit-inputs"), t.unitInputs);
  await writeFile(join(dir, "packages"), t.packages);
  return dir;
}

// --- entry helpers ------------------------------------------------------------

export const file = (path: string, content: string | Uint8Array, mode = 0o644, owner = "root:root"): GenEntry => ({
  path,
  kind: "f",
  mode,
  owner,
  content: typeof content === "string" ? Buffer.from(content) : content,
});
export const exe = (path: string, content: string): GenEntry => file(path, content, 0o755);
export const dir = (path: string, mode = 0o755, owner = "root:root"): GenEntry => ({ path, kind: "d", mode, owner });
export const link = (path: string, target: string): GenEntry => ({ path, kind: "l", mode: 0o777, owner: "root:root", target });

/** A unit file lib/systemd/system/<name>. */
export const unitFile = (name: string, text: string): GenEntry => file(`${UNIT_DIR}/${name}`, text);
/** A drop-in lib/systemd/system/<unit>.d/<conf>. */
export const dropIn = (unit: string, conf: string, text: string): GenEntry => file(`${UNIT_DIR}/${unit}.d/${conf}`, text);
/** The wants link that makes `unit` wanted by `target` (as `systemctl enable` would). */
export const wants = (target: string, unit: string): GenEntry => link(`${UNIT_DIR}/${target}.wants/${unit}`, `../${unit}`);

export const spec = (name: string, inputs: readonly string[] = [], reload = false): GenUnitSpec => ({ name, reload, inputs });

// --- a small site in two versions ------------------------------------------------

const service = (desc: string, exec: string, extra = ""): string =>
  `[Unit]\nDescription=${desc}\n\n[Service]\nExecStart=${exec}\n${extra}\n[Install]\nWantedBy=multi-user.target\n`;

/**
 * Version 1 of a small machine: a script and its config, a wanted service, a
 * reloadable wanted service, an unwanted service, a drop-in for a distro unit,
 * a unit that v2 removes, a symlink, a data dir under share/.
 */
export function siteV1(): { entries: GenEntry[]; units: GenUnitSpec[] } {
  return {
    entries: [
      exe("bin/hello", "#!/bin/sh\necho hello v1\n"),
      link("bin/hi", "hello"),
      file("etc/hello/hello.conf", "greeting=hi\n"),
      file("etc/web/web.conf", "port=80\n"),
      file("etc/motd", "welcome v1\n"),
      file("share/hello/README", "read me\n"),
      unitFile("hello.service", service("hello", "/usr/local/bin/hello")),
      wants("multi-user.target", "hello.service"),
      unitFile("web.service", service("web", "/usr/bin/true", "ExecReload=/bin/kill -HUP $MAINPID\n")),
      wants("multi-user.target", "web.service"),
      unitFile("idle.service", service("idle", "/usr/bin/true")),
      unitFile("gone.service", service("gone", "/usr/bin/true")),
      wants("multi-user.target", "gone.service"),
      dropIn("ssh.service", "hardening.conf", "[Service]\nProtectSystem=strict\n"),
      unitFile("srv-my\\x2ddata.mount", "[Mount]\nWhat=/dev/sdb1\nWhere=/srv/my-data\n"),
      unitFile("late.service", service("late", "/usr/bin/true")),
    ],
    units: [
      spec("hello.service", ["bin/hello", "etc/hello/hello.conf"]),
      spec("web.service", ["etc/web"], true),
      spec("idle.service"),
      spec("gone.service"),
      spec("ssh.service"),
      spec("srv-my\\x2ddata.mount"),
      spec("late.service"),
    ],
  };
}

/**
 * Version 2: hello's binary changes (restart), web's config changes (reload),
 * gone.service is removed (stop), new.service appears wanted (start), the ssh
 * drop-in changes (try-restart), late.service becomes wanted (start, now
 * wanted), a file moves to the new top-level dir sbin/, share/ disappears.
 */
export function siteV2(): { entries: GenEntry[]; units: GenUnitSpec[] } {
  return {
    entries: [
      exe("bin/hello", "#!/bin/sh\necho hello v2\n"),
      link("bin/hi", "hello"),
      file("etc/hello/hello.conf", "greeting=hi\n"),
      file("etc/web/web.conf", "port=8080\n"),
      file("etc/motd", "welcome v2\n"),
      exe("sbin/helper", "#!/bin/sh\nexit 0\n"),
      unitFile("hello.service", service("hello", "/usr/local/bin/hello")),
      wants("multi-user.target", "hello.service"),
      unitFile("web.service", service("web", "/usr/bin/true", "ExecReload=/bin/kill -HUP $MAINPID\n")),
      wants("multi-user.target", "web.service"),
      unitFile("idle.service", service("idle", "/usr/bin/true")),
      unitFile("new.service", service("new", "/usr/local/sbin/helper")),
      wants("multi-user.target", "new.service"),
      dropIn("ssh.service", "hardening.conf", "[Service]\nProtectSystem=strict\nPrivateTmp=yes\n"),
      unitFile("srv-my\\x2ddata.mount", "[Mount]\nWhat=/dev/sdb1\nWhere=/srv/my-data\n"),
      unitFile("late.service", service("late", "/usr/bin/true")),
      wants("multi-user.target", "late.service"),
    ],
    units: [
      spec("hello.service", ["bin/hello", "etc/hello/hello.conf"]),
      spec("web.service", ["etc/web"], true),
      spec("idle.service"),
      spec("new.service", ["sbin/helper"]),
      spec("ssh.service"),
      spec("srv-my\\x2ddata.mount"),
      spec("late.service"),
    ],
  };
}

/** A third version (only motd differs from v2), for rollback and prune tests. */
export function siteV3(n = 3): { entries: GenEntry[]; units: GenUnitSpec[] } {
  const v2 = siteV2();
  return { entries: v2.entries.map((e) => (e.path === "etc/motd" ? file("etc/motd", `welcome v${n}\n`) : e)), units: v2.units };
}
