// IPv6 unique local addresses (RFC 4193) derived from names alone, so no one
// coordinates them and anyone can recompute them with `b3sum`:
//
//   site prefix     fd + the first 10 hex digits of BLAKE3("hearth:site:<site>")              /48
//   machine prefix  fd + the first 10 hex digits of BLAKE3("hearth:machine:<site>:<machine>") /48
//   subnet id       the first 4 hex digits of BLAKE3("hearth:network:<site>:<network>")        /64 under a /48
//   interface id    the first 16 hex digits of BLAKE3("hearth:host:<site>:<host>")             the last 64 bits
//
// e.g. `printf %s 'hearth:host:home:web' | b3sum` gives web's interface id on every
// network of site "home". Networks every machine may join (a LAN, an overlay) take
// their /64 under the site prefix; a machine's own prefix is for what lives on it
// (containers and VMs, which get their own /64s under it).
import { blake3 } from "@noble/hashes/blake3.js";

const encoder = new TextEncoder();

/** The BLAKE3 digest of a string, in hex, as `printf %s STRING | b3sum` prints it. */
export const b3hex = (text: string): string => Buffer.from(blake3(encoder.encode(text))).toString("hex");

/** The 12 hex digits of a /48: "fd" and 10 digits of the digest. */
const prefix48 = (label: string): string => `fd${b3hex(label).slice(0, 10)}`;

export const sitePrefixHex = (site: string): string => prefix48(`hearth:site:${site}`);
export const machinePrefixHex = (site: string, machine: string): string => prefix48(`hearth:machine:${site}:${machine}`);
export const subnetIdHex = (site: string, network: string): string => b3hex(`hearth:network:${site}:${network}`).slice(0, 4);
export const interfaceIdHex = (site: string, host: string): string => b3hex(`hearth:host:${site}:${host}`).slice(0, 16);

/** 32 hex digits as RFC 5952 text: lowercase, leading zeros dropped, the longest run of two or more zero groups as "::". */
export function formatIpv6(hex32: string): string {
  const groups = Array.from({ length: 8 }, (_, i) => parseInt(hex32.slice(i * 4, i * 4 + 4), 16).toString(16));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

/** 32 hex digits from an IPv6 address in any valid text form. */
export function expandIpv6(ip: string): string {
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => g.padStart(4, "0")).join("");
}

/** The /64 of a network under a /48: "fdXXXXXXXXXX" + subnet id, as 16 hex digits. */
export const subnet64Hex = (prefix48Hex: string, subnetHex: string): string => `${prefix48Hex}${subnetHex}`;

/** "fd12:3456:789a:bcde::/64" */
export const subnetText = (subnet64: string): string => `${formatIpv6(`${subnet64}${"0".repeat(16)}`)}/64`;

/** A host's address on a /64. */
export const hostAddress = (subnet64: string, iidHex: string): string => formatIpv6(`${subnet64}${iidHex}`);

/** The PTR name of an IPv6 address: its 32 nibbles reversed, under ip6.arpa. */
export const reverseName6 = (ip: string): string => `${[...expandIpv6(ip)].reverse().join(".")}.ip6.arpa`;

/** The reverse zone every ULA lies under (fd00::/8). */
export const ULA_REVERSE_ZONE = "d.f.ip6.arpa";
