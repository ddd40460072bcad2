// IPv4 address math on plain numbers: blocks, free space and best-fit allocation.
import { ipv4String } from "../../dsl/network.ts";

export { ipv4String };

/** A CIDR block: its first address and prefix length. */
export interface Block {
  readonly base: number;
  readonly len: number;
}

export const ipv4Number = (ip: string): number => ip.split(".").reduce((a, o) => a * 256 + Number(o), 0);

/** Parses a CIDR the DSL already checked ("10.42.0.0/16"). */
export function parseBlock(cidr: string): Block {
  const [ip, len] = cidr.split("/");
  return { base: ipv4Number(ip!), len: Number(len) };
}

export const blockSize = (b: Block): number => 2 ** (32 - b.len);
export const blockEnd = (b: Block): number => b.base + blockSize(b);
export const blockText = (b: Block): string => `${ipv4String(b.base)}/${b.len}`;
export const overlaps = (a: Block, b: Block): boolean => a.base < blockEnd(b) && b.base < blockEnd(a);
export const containsBlock = (outer: Block, inner: Block): boolean => inner.base >= outer.base && blockEnd(inner) <= blockEnd(outer);
export const containsAddress = (b: Block, ip: number): boolean => ip >= b.base && ip < blockEnd(b);

/** Half-open ranges [start, end) of the pools not covered by any of `used`, in address order. */
export function freeRanges(pools: readonly Block[], used: readonly Block[]): [number, number][] {
  const out: [number, number][] = [];
  const taken = [...used].sort((a, b) => a.base - b.base);
  for (const pool of [...pools].sort((a, b) => a.base - b.base)) {
    let start = pool.base;
    const end = blockEnd(pool);
    for (const u of taken) {
      if (blockEnd(u) <= start || u.base >= end) continue;
      if (u.base > start) out.push([start, u.base]);
      start = Math.max(start, blockEnd(u));
    }
    if (start < end) out.push([start, end]);
  }
  return out;
}

/** The largest aligned blocks that exactly cover [start, end). */
export function rangeBlocks(start: number, end: number): Block[] {
  const blocks: Block[] = [];
  while (start < end) {
    let len = 32;
    // grow while the block stays aligned and inside the range
    while (len > 0 && start % 2 ** (33 - len) === 0 && start + 2 ** (33 - len) <= end) len--;
    blocks.push({ base: start, len });
    start += 2 ** (32 - len);
  }
  return blocks;
}

/**
 * Best fit: among the free aligned blocks that can hold a /len, the smallest (the
 * lowest address among equals), and the first /len of it. Allocating into the
 * tightest gap keeps large blocks whole for networks that need them later.
 */
export function allocateBlock(pools: readonly Block[], used: readonly Block[], len: number): Block | undefined {
  let best: Block | undefined;
  for (const [start, end] of freeRanges(pools, used)) {
    for (const b of rangeBlocks(start, end)) {
      if (b.len > len) continue;
      if (!best || b.len > best.len || (b.len === best.len && b.base < best.base)) best = b;
    }
  }
  return best && { base: best.base, len };
}

/** The addresses hosts may have in a subnet: all but the network and broadcast addresses. */
export const hostRange = (b: Block): [number, number] => [b.base + 1, blockEnd(b) - 1];

/** The lowest host address of the subnet that is neither taken nor inside a reserved block. */
export function allocateHost(subnet: Block, taken: ReadonlySet<number>, reserved: readonly Block[]): number | undefined {
  const [first, end] = hostRange(subnet);
  for (let ip = first; ip < end; ip++) {
    if (taken.has(ip)) continue;
    const r = reserved.find((x) => containsAddress(x, ip));
    if (r) {
      ip = blockEnd(r) - 1;
      continue;
    }
    return ip;
  }
  return undefined;
}

/** The in-addr.arpa zones that cover a block, one per /8, /16 or /24 boundary (at most 256). */
export function reverseZones4(b: Block): string[] {
  const zoneLen = Math.min(24, Math.ceil(b.len / 8) * 8) || 8;
  const count = Math.min(256, 2 ** Math.max(0, zoneLen - b.len));
  const step = 2 ** (32 - zoneLen);
  return Array.from({ length: count }, (_, i) => {
    const octets = ipv4String(b.base + i * step).split(".").slice(0, zoneLen / 8);
    return `${octets.reverse().join(".")}.in-addr.arpa`;
  });
}

/** The PTR name of an IPv4 address. */
export const reverseName4 = (ip: string): string => `${ip.split(".").reverse().join(".")}.in-addr.arpa`;
