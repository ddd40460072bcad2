// Stateless ULA addresses: published derivation vectors (names → addresses),
// recomputable by hand with `printf %s LABEL | b3sum`, and RFC 5952 text.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { b3hex, expandIpv6, formatIpv6, hostAddress, interfaceIdHex, machinePrefixHex, reverseName6, sitePrefixHex, subnet64Hex, subnetIdHex, subnetText } from "../compiler/network/ula.ts";
import { allocateBlock, parseBlock, blockText, rangeBlocks, reverseZones4 } from "../compiler/network/ipv4.ts";

// The vectors of README "Addresses": site "home", network "lan", host "web".
const VECTORS = {
  "hearth:site:home": "0dd81ceb9550d806db152425f207a19bef08ca6ff525667a69e103ff5e3e2516",
} as const;

test("derivation vectors: site /48, machine /48, network /64 and interface id of site home", () => {
  // GIVEN the names of the README's example WHEN derived THEN the published addresses
  assert.equal(b3hex("hearth:site:home"), VECTORS["hearth:site:home"]);
  assert.equal(sitePrefixHex("home"), "fd0dd81ceb95");
  assert.equal(machinePrefixHex("home", "web"), "fd7e0b2518bd");
  assert.equal(subnetIdHex("home", "lan"), "80f5");
  assert.equal(interfaceIdHex("home", "web"), "c599932293bc92ac");
  const lan = subnet64Hex(sitePrefixHex("home"), subnetIdHex("home", "lan"));
  assert.equal(subnetText(lan), "fd0d:d81c:eb95:80f5::/64");
  assert.equal(hostAddress(lan, interfaceIdHex("home", "web")), "fd0d:d81c:eb95:80f5:c599:9322:93bc:92ac");
});

test("the derivation is BLAKE3 as b3sum computes it", (t) => {
  let out: string;
  try {
    out = execFileSync("b3sum", { input: "hearth:host:home:web" }).toString();
  } catch {
    return t.skip("b3sum is not installed (scripts/test.sh installs it)");
  }
  // GIVEN the label of web's interface id WHEN hashed by b3sum THEN its first 16 hex digits are the id
  assert.equal(out.slice(0, 16), interfaceIdHex("home", "web"));
  assert.equal(out.split(" ")[0], b3hex("hearth:host:home:web"));
});

test("IPv6 text follows RFC 5952: lowercase, no leading zeros, the longest zero run compressed once", () => {
  assert.equal(formatIpv6("20010db8000000000000000000000001"), "2001:db8::1");
  assert.equal(formatIpv6("20010db8000000010000000000000001"), "2001:db8:0:1::1");
  assert.equal(formatIpv6("20010db8000000000001000000000001"), "2001:db8::1:0:0:1");
  assert.equal(formatIpv6("20010db8000100010001000100010001"), "2001:db8:1:1:1:1:1:1");
  assert.equal(formatIpv6("fd000000000000000000000000000000"), "fd00::");
  assert.equal(expandIpv6("fd00::1"), "fd000000000000000000000000000001");
  assert.equal(expandIpv6("2001:db8:0:1::1"), "20010db8000000010000000000000001");
  assert.equal(reverseName6("2001:db8::1"), "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
});

test("IPv4 blocks: a range splits into aligned blocks; best fit takes the smallest gap that holds the subnet", () => {
  assert.deepEqual(rangeBlocks(parseBlock("10.0.0.0/24").base + 64, parseBlock("10.0.1.0/24").base).map(blockText), ["10.0.0.64/26", "10.0.0.128/25"]);
  // GIVEN a /16 pool with 10.0.0.0/25 used: free are a /25 beside it and the rest of the /16
  const pools = [parseBlock("10.0.0.0/16")];
  const used = [parseBlock("10.0.0.0/25")];
  // WHEN a /26 is wanted THEN it goes into the /25 gap, keeping the large block whole
  assert.equal(blockText(allocateBlock(pools, used, 26)!), "10.0.0.128/26");
  // WHEN a /24 is wanted THEN the next whole /24
  assert.equal(blockText(allocateBlock(pools, used, 24)!), "10.0.1.0/24");
  assert.equal(allocateBlock([parseBlock("10.0.0.0/30")], [], 24), undefined);
  assert.deepEqual(reverseZones4(parseBlock("10.42.0.0/16")), ["42.10.in-addr.arpa"]);
  assert.deepEqual(reverseZones4(parseBlock("10.42.4.0/23")), ["4.42.10.in-addr.arpa", "5.42.10.in-addr.arpa"]);
  assert.deepEqual(reverseZones4(parseBlock("10.42.1.64/26")), ["1.42.10.in-addr.arpa"]);
});
