// A machine's generation: the resolved file tree plus the metadata tables the
// installer reads on the target (see compiler/installer/FORMAT.md), packed as a
// deterministic tar (emit.ts gzips it) whose id is derived from its content.
import { sha256 } from "./digest.ts";
import { packTar, type TarEntry } from "./tar.ts";
import { restartDigest } from "./unit-semantics.ts";

export type EntryKind = "f" | "d" | "l";

/** One path of the generation, relative to /usr/local ("bin/hello"). */
export interface GenEntry {
  readonly path: string;
  readonly kind: EntryKind;
  readonly mode: number;
  /** "user:group" */
  readonly owner: string;
  /** contents of a regular file */
  readonly content?: Uint8Array;
  /** target of a symlink */
  readonly target?: string;
}

/** What the compiler knows about a unit beyond the files themselves. */
export interface GenUnitSpec {
  readonly name: string;
  /** a change of trigger inputs alone reloads instead of restarting */
  readonly reload: boolean;
  /** referenced paths (relative to the prefix); directories stand for every file beneath */
  readonly inputs: readonly string[];
}

export interface ManifestRow {
  readonly path: string;
  readonly kind: EntryKind;
  /** four octal digits */
  readonly mode: string;
  readonly owner: string;
  /** sha256 for files, the target for links, "-" for directories */
  readonly digest: string;
}

export interface UnitRow {
  readonly unit: string;
  readonly defHash: string;
  readonly triggerHash: string;
  readonly flags: readonly string[];
  readonly inputs: readonly string[];
}

export interface GenerationTables {
  readonly gen: string;
  readonly manifest: string;
  readonly sha256sums: string;
  readonly units: string;
  readonly unitInputs: string;
  /** Debian packages the generation needs, one per line */
  readonly packages: string;
}

export interface Generation {
  readonly gen: string;
  /** Debian packages, sorted */
  readonly packages: readonly string[];
  /** every path with its contents, directories included, sorted */
  readonly tree: readonly GenEntry[];
  readonly rows: readonly ManifestRow[];
  readonly units: readonly UnitRow[];
  readonly tables: GenerationTables;
  /** unit files' and drop-ins' digests of what matters for a restart (unit-semantics.ts) */
  readonly restartDigests: ReadonlyMap<string, string>;
}

export const UNIT_DIR = "lib/systemd/system";
const DEFAULT_OWNER = "root:root";

const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const octal = (mode: number): string => mode.toString(8).padStart(4, "0");
/** Calls `each` with every directory above `path`, outermost first ("a", "a/b" for "a/b/c"). */
export function forEachParent(path: string, each: (dir: string) => void): void {
  for (let end = path.indexOf("/"); end !== -1; end = path.indexOf("/", end + 1)) each(path.slice(0, end));
}

/** Adds the implied parent directories and sorts, so every directory precedes its contents. */
export function completeTree(entries: readonly GenEntry[]): GenEntry[] {
  const byName = new Map<string, GenEntry>();
  for (const e of entries) byName.set(e.path, e);
  const addDir = (dir: string) => {
    if (!byName.has(dir)) byName.set(dir, { path: dir, kind: "d", mode: 0o755, owner: DEFAULT_OWNER });
  };
  for (const e of entries) forEachParent(e.path, addDir);
  return [...byName.values()].sort(byPath);
}

/**
 * What a machine's previous generation already hashed, by path: a rebuild hashes
 * again only the files whose bytes changed (comparing bytes costs less than hashing).
 */
export type KnownDigests = ReadonlyMap<string, { readonly content: Uint8Array; readonly digest: string; readonly restart?: string }>;

const NO_DIGESTS: KnownDigests = new Map();
const EMPTY = new Uint8Array();

function fileDigest(e: GenEntry, known: KnownDigests): string {
  const content = e.content ?? EMPTY;
  const hit = known.get(e.path);
  return hit && Buffer.compare(hit.content, content) === 0 ? hit.digest : sha256(content);
}

export function manifestRows(tree: readonly GenEntry[], known: KnownDigests = NO_DIGESTS): ManifestRow[] {
  return tree.map((e) => ({
    path: e.path,
    kind: e.kind,
    mode: e.kind === "l" ? "0777" : octal(e.mode),
    owner: e.owner,
    digest: e.kind === "f" ? fileDigest(e, known) : e.kind === "l" ? (e.target ?? "") : "-",
  }));
}

/** The digests a generation took, for the next build of the same machine. */
export function knownDigests(g: Generation): KnownDigests {
  const known = new Map<string, { content: Uint8Array; digest: string; restart?: string }>();
  g.tree.forEach((e, i) => {
    if (e.kind !== "f") return;
    const restart = g.restartDigests.get(e.path);
    known.set(e.path, { content: e.content ?? EMPTY, digest: g.rows[i]!.digest, ...(restart !== undefined ? { restart } : {}) });
  });
  return known;
}

const WANTS_LINK = /^lib\/systemd\/system\/[^/]+\.(wants|requires|upholds)\/([^/]+)$/;

/**
 * Derives each unit's hashes and flags from the tree (see FORMAT.md, `.hearth/units`).
 * `restartDigests` gives unit files and drop-ins the digest of only what matters for a
 * restart (unit-semantics.ts); other paths count by their content digest.
 */
export function unitRows(rows: readonly ManifestRow[], specs: readonly GenUnitSpec[], restartDigests: ReadonlyMap<string, string> = new Map()): UnitRow[] {
  const digestOf = new Map(rows.map((r) => [r.path, r]));
  const wanted = new Set<string>();
  for (const r of rows) {
    const m = WANTS_LINK.exec(r.path);
    if (m && r.kind === "l") wanted.add(m[2]!);
  }
  const filesUnder = (path: string): string[] => {
    const row = digestOf.get(path);
    if (!row) return [];
    if (row.kind !== "d") return [path];
    return rows.filter((r) => r.kind !== "d" && r.path.startsWith(`${path}/`)).map((r) => r.path);
  };
  const hashOf = (paths: readonly string[]): string =>
    sha256(paths.map((p) => `${p}\t${digestOf.get(p)?.kind}\t${digestOf.get(p)?.mode}\t${restartDigests.get(p) ?? digestOf.get(p)?.digest}\n`).join(""));

  return [...specs]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((spec) => {
      const unitFile = `${UNIT_DIR}/${spec.name}`;
      const owned = digestOf.get(unitFile)?.kind === "f";
      const dropins = filesUnder(`${UNIT_DIR}/${spec.name}.d`).filter((p) => p.endsWith(".conf"));
      const definition = [...(owned ? [unitFile] : []), ...dropins];
      const defHash = hashOf(definition);
      const extra = [...new Set(spec.inputs.flatMap(filesUnder))].filter((p) => !definition.includes(p)).sort();
      const triggerHash = sha256(`${defHash}\n${hashOf(extra)}`);
      const flags = [owned ? "owned" : "", spec.reload ? "reload" : "", wanted.has(spec.name) ? "wanted" : ""].filter(Boolean);
      return { unit: spec.name, defHash, triggerHash, flags, inputs: [...definition, ...extra].sort() };
    });
}

/** sha256sum's own escaping: a name with a backslash gets a leading "\" and doubled backslashes. */
const sumLine = (digest: string, path: string): string =>
  path.includes("\\") ? `\\${digest}  ${path.replace(/\\/g, "\\\\")}\n` : `${digest}  ${path}\n`;

/** Lines sorted bytewise, as `LC_ALL=C sort` and `join` on the target expect them. */
const lines = (items: readonly string[]): string =>
  [...items]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((l) => `${l}\n`)
    .join("");

/** The installer's text tables; one function, used for bundles and for `hearth plan` alike. */
export function renderTables(rows: readonly ManifestRow[], units: readonly UnitRow[], packageNames: readonly string[] = []): GenerationTables {
  const manifest = lines(rows.map((r) => [r.path, r.kind, r.mode, r.owner, r.digest].join("\t")));
  const unitsTable = lines(units.map((u) => [u.unit, u.defHash, u.triggerHash, u.flags.join(",") || "-"].join("\t")));
  const unitInputs = lines(units.flatMap((u) => u.inputs.map((p) => `${u.unit}\t${p}`)));
  const sha256sums = rows
    .filter((r) => r.kind === "f")
    .map((r) => sumLine(r.digest, r.path))
    .join("");
  const packages = lines(packageNames);
  const gen = sha256(manifest + unitsTable + packages).slice(0, 16);
  return { gen, manifest, sha256sums, units: unitsTable, unitInputs, packages };
}

const META_DIR = ".hearth";

function metadataEntries(tables: GenerationTables): GenEntry[] {
  const file = (name: string, text: string): GenEntry => ({
    path: `${META_DIR}/${name}`,
    kind: "f",
    mode: 0o644,
    owner: DEFAULT_OWNER,
    content: Buffer.from(text),
  });
  return [
    { path: META_DIR, kind: "d", mode: 0o755, owner: DEFAULT_OWNER },
    file("gen", `${tables.gen}\n`),
    file("manifest", tables.manifest),
    file("packages", tables.packages),
    file("sha256sums", tables.sha256sums),
    file("unit-inputs", tables.unitInputs),
    file("units", tables.units),
  ];
}

/** Packs entries into a tar with fixed mtime/owner and sorted names: same tree, same bytes. */
export function packTree(tree: readonly GenEntry[]): Buffer {
  const entries: TarEntry[] = tree.map((e) =>
    e.kind === "f"
      ? { name: e.path, type: "file", mode: e.mode, content: e.content ?? new Uint8Array() }
      : e.kind === "d"
        ? { name: `${e.path}/`, type: "directory", mode: e.mode }
        : { name: e.path, type: "symlink", mode: 0o777, linkname: e.target ?? "" },
  );
  return packTar(entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}

/**
 * Builds a generation from a machine's entries (dirs may be implied) and its units.
 * `known`: digests of the machine's previous generation, reused where bytes are equal.
 */
export function buildGeneration(entries: readonly GenEntry[], units: readonly GenUnitSpec[], packages: readonly string[] = [], known: KnownDigests = NO_DIGESTS): Generation {
  const tree = completeTree(entries);
  const rows = manifestRows(tree, known);
  const restartDigests = new Map<string, string>();
  tree.forEach((e, i) => {
    if (e.kind !== "f" || !e.path.startsWith(`${UNIT_DIR}/`) || !e.content) return;
    const hit = known.get(e.path);
    // the file's digest is the same: so is the digest of what in it matters for a restart
    restartDigests.set(e.path, hit?.restart !== undefined && hit.digest === rows[i]!.digest ? hit.restart : restartDigest(e.content));
  });
  const unitTable = unitRows(rows, units, restartDigests);
  const sorted = [...new Set(packages)].sort();
  const tables = renderTables(rows, unitTable, sorted);
  return { gen: tables.gen, packages: sorted, tree, rows, units: unitTable, tables, restartDigests };
}

/** The generation's tar (emit.ts gzips it into bundle.tar.gz): its metadata under .hearth/, then its tree. */
export const generationTar = (g: Generation): Buffer => packTree([...metadataEntries(g.tables), ...g.tree]);
