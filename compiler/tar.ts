// A deterministic ustar writer: the whole archive in one buffer, sized up front.
// Bundles are packed on every rebuild, for every machine a change touches; a
// stream-based packer allocated a stream, a header and several chunks per entry,
// and that (and the garbage it left) was most of a shared-layer rebuild's packing
// cost. The bytes are tar-stream's, field for field (test/tar.test.ts compares
// them): ustar headers, a name split into prefix/name when it is longer than 100
// bytes, and a pax header for what ustar cannot hold (non-ASCII names, long link
// targets).

export interface TarEntry {
  /** the entry's name; directories end in "/" */
  readonly name: string;
  readonly type: "file" | "directory" | "symlink";
  readonly mode: number;
  readonly content?: Uint8Array;
  readonly linkname?: string;
}

const BLOCK = 512;
const TYPEFLAG = { file: "0", directory: "5", symlink: "2", pax: "x" } as const;
const padded = (size: number): number => Math.ceil(size / BLOCK) * BLOCK;

/** Where a name goes in a ustar header, or undefined when only a pax header can hold it. */
function splitName(name: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(name) !== name.length) return undefined;
  let rest = name;
  let prefix = "";
  while (rest.length > 100) {
    const slash = rest.indexOf("/");
    if (slash === -1) return undefined;
    prefix += prefix ? `/${rest.slice(0, slash)}` : rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  return prefix.length > 155 ? undefined : { name: rest, prefix };
}

interface Header {
  readonly name: string;
  readonly prefix: string;
  readonly typeflag: string;
  readonly mode: number;
  readonly size: number;
  readonly linkname: string;
}

/**
 * Writes ASCII text byte by byte (short fields: cheaper than a call into Buffer#write),
 * other text as UTF-8; returns the sum of the bytes written, for the header's checksum.
 */
function put(buf: Buffer, at: number, text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) {
      const end = at + buf.write(text, at, "utf8");
      sum = 0;
      for (let j = at; j < end; j++) sum += buf[j]!;
      return sum;
    }
    buf[at + i] = c;
    sum += c;
  }
  return sum;
}

/**
 * An octal field as tar-stream writes it: zero-padded digits, then a space. Written in
 * place, without a string: three fields of every header of every machine a rebuild
 * packs. Returns the sum of the bytes written.
 */
function putOctal(buf: Buffer, at: number, value: number, digits: number): number {
  let sum = 0x20;
  buf[at + digits] = 0x20;
  for (let i = digits - 1; i >= 0; i--) {
    const c = 0x30 + (value % 8);
    buf[at + i] = c;
    sum += c;
    value = Math.floor(value / 8);
  }
  // modes are masked, checksums stay below 8^6 and sizes below 8 GiB (a Buffer's limit)
  if (value > 0) throw new Error(`tar: ${digits} octal digits cannot hold this value`);
  return sum;
}

/** The fields every header shares: owner, mtime (the epoch), magic, version and device numbers. */
const TEMPLATE = Buffer.alloc(BLOCK);
const TEMPLATE_SUM =
  // the checksum counts its own field as eight spaces
  8 * 32 +
  putOctal(TEMPLATE, 108, 0, 6) + // uid
  putOctal(TEMPLATE, 116, 0, 6) + // gid
  putOctal(TEMPLATE, 136, 0, 11) + // mtime
  put(TEMPLATE, 257, "ustar\u000000") +
  put(TEMPLATE, 265, "root") + // uname
  put(TEMPLATE, 297, "root") + // gname
  putOctal(TEMPLATE, 329, 0, 6) + // devmajor
  putOctal(TEMPLATE, 337, 0, 6); // devminor

/** Writes one 512-byte header at `at`. */
function writeHeader(buf: Buffer, at: number, h: Header): void {
  buf.set(TEMPLATE, at);
  const sum =
    TEMPLATE_SUM +
    put(buf, at, h.name) +
    putOctal(buf, at + 100, h.mode & 0o7777, 6) +
    putOctal(buf, at + 124, h.size, 11) +
    put(buf, at + 156, h.typeflag) +
    (h.linkname ? put(buf, at + 157, h.linkname) : 0) +
    (h.prefix ? put(buf, at + 345, h.prefix) : 0);
  putOctal(buf, at + 148, sum, 6);
}

/** A pax record: its own length in decimal, then " key=value\n". */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const len = Buffer.byteLength(body);
  let digits = String(len).length;
  if (len + digits >= 10 ** digits) digits++;
  return `${len + digits}${body}`;
}

/** The blocks an entry takes: its header(s) and, for a file, its content. */
interface Planned {
  readonly entry: TarEntry;
  readonly size: number;
  readonly ustar: { name: string; prefix: string } | undefined;
  readonly pax: Buffer | undefined;
}

function plan(entry: TarEntry): Planned {
  const size = entry.type === "file" ? (entry.content?.length ?? 0) : 0;
  const linkname = entry.linkname ?? "";
  const ustar = Buffer.byteLength(linkname) > 100 ? undefined : splitName(entry.name);
  const pax = ustar ? undefined : Buffer.from(paxRecord("path", entry.name) + (linkname ? paxRecord("linkpath", linkname) : ""));
  return { entry, size, ustar, pax };
}

const blocksOf = (p: Planned): number => BLOCK + padded(p.size) + (p.pax ? BLOCK + padded(p.pax.length) : 0);

/** The archive of `entries`, in the order given, ended by two zero blocks. */
export function packTar(entries: readonly TarEntry[]): Buffer {
  const planned = entries.map(plan);
  const buf = Buffer.alloc(planned.reduce((sum, p) => sum + blocksOf(p), 2 * BLOCK));
  let at = 0;
  // headers are built as literals: object spreads here cost five times the rest of packing
  for (const { entry, size, ustar, pax } of planned) {
    const typeflag = TYPEFLAG[entry.type];
    if (pax) {
      // what ustar cannot hold goes in a pax header; both headers are then named "PaxHeader"
      const linkname = entry.linkname ? "PaxHeader" : "";
      writeHeader(buf, at, { name: "PaxHeader", prefix: "", typeflag: TYPEFLAG.pax, mode: entry.mode, size: pax.length, linkname });
      pax.copy(buf, at + BLOCK);
      at += BLOCK + padded(pax.length);
      writeHeader(buf, at, { name: "PaxHeader", prefix: "", typeflag, mode: entry.mode, size, linkname });
    } else writeHeader(buf, at, { name: ustar!.name, prefix: ustar!.prefix, typeflag, mode: entry.mode, size, linkname: entry.linkname ?? "" });
    at += BLOCK;
    if (entry.type === "file" && entry.content) buf.set(entry.content, at);
    at += padded(size);
  }
  return buf;
}
