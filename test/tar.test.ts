// The bundle's tar writer (compiler/tar.ts) against tar-stream, which hearth used
// to pack with: the same entries give the same bytes, so every bundle hearth ever
// wrote keeps its digest, and GNU tar reads what it writes.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import tarStream from "tar-stream";
import { packTar, type TarEntry } from "../compiler/tar.ts";

/** What the generation packer did before packTar: tar-stream with fixed owner and mtime. */
async function withTarStream(entries: readonly TarEntry[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => pack.on("end", () => resolve()));
  for (const e of entries) {
    const header = { name: e.name, mode: e.mode, mtime: new Date(0), uid: 0, gid: 0, uname: "root", gname: "root", type: e.type, ...(e.linkname !== undefined ? { linkname: e.linkname } : {}) };
    if (e.type === "file") pack.entry(header, Buffer.from(e.content ?? new Uint8Array()));
    else pack.entry(header);
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const deep = `${"a-long-directory-name/".repeat(6)}file.conf`;
const ENTRIES: TarEntry[] = [
  { name: "bin/", type: "directory", mode: 0o755 },
  { name: "bin/hello", type: "file", mode: 0o755, content: Buffer.from("#!/bin/sh\necho hello\n") },
  { name: "etc/empty", type: "file", mode: 0o600, content: new Uint8Array() },
  { name: "etc/block", type: "file", mode: 0o644, content: Buffer.alloc(512, 7) },
  { name: "etc/odd", type: "file", mode: 0o644, content: Buffer.alloc(1000, 9) },
  { name: "etc/link", type: "symlink", mode: 0o777, linkname: "../bin/hello" },
  // longer than 100 bytes: split into the ustar prefix
  { name: deep, type: "file", mode: 0o644, content: Buffer.from("deep\n") },
  { name: `${"d".repeat(120)}/`, type: "directory", mode: 0o755 },
  // what ustar cannot hold: a pax header
  { name: "etc/café.conf", type: "file", mode: 0o644, content: Buffer.from("unicode\n") },
  { name: "etc/far", type: "symlink", mode: 0o777, linkname: `/${"x".repeat(150)}` },
  { name: "x".repeat(160), type: "file", mode: 0o644, content: Buffer.from("no slash to split at\n") },
];

test("packTar writes the bytes tar-stream wrote for the same entries", async () => {
  for (const e of ENTRIES) assert.deepEqual(packTar([e]), await withTarStream([e]), `entry ${e.name}`);
  assert.deepEqual(packTar(ENTRIES), await withTarStream(ENTRIES));
  assert.deepEqual(packTar([]), await withTarStream([]));
});

test("GNU tar extracts what packTar writes: names, contents, modes and links", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-tar-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const entries = ENTRIES.filter((e) => !e.name.startsWith("x") && !e.name.startsWith("d"));
  writeFileSync(join(dir, "a.tar"), packTar(entries));
  execFileSync("mkdir", [join(dir, "root")]);
  execFileSync("tar", ["-xf", join(dir, "a.tar"), "-C", join(dir, "root")]);
  const root = join(dir, "root");
  assert.equal(readFileSync(join(root, "bin/hello"), "utf8"), "#!/bin/sh\necho hello\n");
  assert.equal(readFileSync(join(root, deep), "utf8"), "deep\n");
  assert.equal(readFileSync(join(root, "etc/café.conf"), "utf8"), "unicode\n");
  assert.deepEqual(readFileSync(join(root, "etc/odd")), Buffer.alloc(1000, 9));
  assert.equal(readlinkSync(join(root, "etc/link")), "../bin/hello");
  assert.equal(readlinkSync(join(root, "etc/far")), `/${"x".repeat(150)}`);
  assert.deepEqual(readdirSync(join(root, "etc")).sort(), ["block", "café.conf", "empty", "far", "link", "odd"]);
  const listing = execFileSync("tar", ["-tvf", join(dir, "a.tar")], { encoding: "utf8" });
  assert.match(listing, /^-rwxr-xr-x root\/root\s+21 1970-01-01 00:00 bin\/hello$/m);
  assert.match(listing, /^-rw------- root\/root\s+0 1970-01-01 00:00 etc\/empty$/m);
});
