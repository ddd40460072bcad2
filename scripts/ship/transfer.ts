// Getting a generation onto a machine: the bundle uncompressed (rsync can only find
// matching blocks in uncompressed bytes), sent with rsync against the bundle.tar the
// last ship left there, compressed on the wire.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { sha256 } from "../../compiler/digest.ts";
import { shq } from "../../compiler/shell-quote.ts";
import { runProcess, tail } from "./exec.ts";
import { SHIP_DIR } from "./remote.ts";
import { ConnectionLost, type SshSession } from "./ssh.ts";

/** out/<machine>/.ship/: the shipper's local cache for a machine. */
export const shipCacheDir = (machineOut: string): string => join(machineOut, ".ship");

/** out/<machine>/.ship/bundle.tar, made from bundle.tar.gz unless it already holds `tarSha256`. */
export async function stageBundle(machineOut: string, tarSha256: string): Promise<string> {
  const dir = shipCacheDir(machineOut);
  const tar = join(dir, "bundle.tar");
  const existing = await readFile(tar).catch(() => undefined);
  if (existing && sha256(existing) === tarSha256) return tar;
  await mkdir(dir, { recursive: true });
  const tmp = `${tar}.tmp-${process.pid}`;
  try {
    await pipeline(createReadStream(join(machineOut, "bundle.tar.gz")), createGunzip(), createWriteStream(tmp));
    const got = sha256(await readFile(tmp));
    if (got !== tarSha256) throw new Error(`${join(machineOut, "bundle.tar.gz")} does not unpack to the tar its manifest.json names (sha256 ${got}, expected ${tarSha256}): compile again`);
    await rename(tmp, tar);
  } finally {
    await rm(tmp, { force: true });
  }
  return tar;
}

export interface RsyncStats {
  readonly bytesSent?: number;
  readonly bytesReceived?: number;
  /** bytes of file data sent as is (the rest was matched against the basis) */
  readonly literalBytes?: number;
  readonly matchedBytes?: number;
  readonly filesTransferred?: number;
}

/** Parses `rsync --stats` (numbers may carry "," or "." thousands separators). */
export function parseRsyncStats(text: string): RsyncStats {
  const num = (label: string): number | undefined => {
    const m = new RegExp(`^${label}:\\s*([\\d,.]+)`, "mi").exec(text);
    return m ? Number(m[1]!.replace(/[,.]/g, "")) : undefined;
  };
  const stats: Record<string, number | undefined> = {
    bytesSent: num("Total bytes sent"),
    bytesReceived: num("Total bytes received"),
    literalBytes: num("Literal data"),
    matchedBytes: num("Matched data"),
    filesTransferred: num("Number of regular files transferred") ?? num("Number of files transferred"),
  };
  return Object.fromEntries(Object.entries(stats).filter(([, v]) => v !== undefined)) as RsyncStats;
}

export interface Sent {
  readonly bytesSent: number;
  /** how: rsync (a delta), or cat when the machine has no rsync */
  readonly via: "rsync" | "ssh";
}

/**
 * Sends local files into SHIP_DIR on the machine, each under its own name. With
 * --checksum rsync compares contents, not mtimes (a fresh checkout has new mtimes);
 * for a bundle of a few MB that costs milliseconds on each side.
 */
export async function sendFiles(session: SshSession, files: readonly string[], hasRsync: boolean): Promise<Sent> {
  if (!hasRsync) return sendWithoutRsync(session, files);
  const sudo = session.sudo.length > 0 ? `${session.sudo.join(" ")} ` : "";
  const r = await runProcess("rsync", [
    "--checksum",
    "--compress",
    "--stats",
    "--chmod=F0644",
    "-e",
    session.rsyncShell(),
    // creates the staging directory in the same round trip
    `--rsync-path=${sudo}mkdir -p ${SHIP_DIR} && ${sudo}rsync`,
    ...files,
    `${session.rsyncHost()}:${SHIP_DIR}/`,
  ]);
  if (r.code !== 0) {
    if (r.code === 255 || /connection unexpectedly closed|Broken pipe/.test(r.stderr)) {
      if (!(await session.alive())) throw new ConnectionLost(`the ssh connection to ${session.target.machine} was lost during rsync`);
    }
    throw new Error(`rsync to ${session.target.machine} failed (exit ${r.code}): ${tail(r.stderr, 8)}`);
  }
  return { bytesSent: parseRsyncStats(r.stdout).bytesSent ?? 0, via: "rsync" };
}

/** Without rsync on the machine (only sh, coreutils, tar, gzip are promised): the whole files, through ssh. */
async function sendWithoutRsync(session: SshSession, files: readonly string[]): Promise<Sent> {
  let bytesSent = 0;
  for (const file of files) {
    const name = file.split("/").pop()!;
    const bytes = await readFile(file);
    const dest = `${SHIP_DIR}/${name}`;
    const r = await session.run(`mkdir -p ${SHIP_DIR} && cat > ${shq(`${dest}.tmp`)} && mv -f ${shq(`${dest}.tmp`)} ${shq(dest)}`, { input: bytes, root: true });
    if (r.code !== 0) throw new Error(`copying ${name} to ${session.target.machine} failed: ${tail(r.stderr, 8)}`);
    bytesSent += (await stat(file)).size;
  }
  return { bytesSent, via: "ssh" };
}
