// Networks through the whole compiler: site.lock.json written once and honoured,
// pending WireGuard peers, layers seeing their addresses, and every mistake an
// error at its site.ts line.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { subnetIdHex } from "../compiler/network/ula.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";

const header = `import { allow, file, iface, layer, machine, network, overlay, peer, publish, roadWarrior, site } from "hearth";\n`;
const KEY_A = "pNSxt19pruFPTPouy2dLIUPlbYZowV/f77RiFQmGaFU=";
const KEY_B = "kD5yB6IzMHnJzX4dbfWFCqHHkTT6V9X/6ynDqlaIjxU=";

const twoMachines = (extra = "") => `${header}
const lan = network("lan", { ipv4: { size: 24 } });
const mesh = overlay("mesh", { ipv4: { size: 28 } });
const shown = layer("shown", (m) => [file("/usr/local/etc/addresses", JSON.stringify(m.networks))]);
${extra}
export default site({
  name: "home",
  domain: "home.arpa",
  ipv4: { pools: ["10.42.0.0/16"], reserved: ["10.42.0.0/24"] },
  machines: [
    machine("a", { facts: { wireguardPublicKey: "${KEY_A}" }, layers: [shown], networks: [iface(lan, { name: "lan0" }), peer(mesh)] }),
    machine("b", { layers: [shown], networks: [iface(lan, { name: "lan0" }), peer(mesh, { implementation: "userspace" })] }),
  ],
});
`;

const readBundleFile = async (outDir: string, rel: string): Promise<string> => {
  const { execFileSync } = await import("node:child_process");
  return execFileSync("tar", ["-xzOf", join(outDir, "bundle.tar.gz"), rel]).toString();
};

test("a site with networks: addresses locked once, seen by layers, the same bytes from a fresh clone", async () => {
  const { dir, sitePath } = tempSite(twoMachines());
  const out = join(dir, "out");
  // GIVEN no lock WHEN compiled THEN site.lock.json numbers the networks, skipping the reserved /24
  const first = await compileSite({ sitePath, outDir: out });
  assert.equal(first.ok, true, formatDiagnostics(first.diagnostics));
  assert.equal(first.lockWritten, join(dir, "site.lock.json"));
  const lock = JSON.parse(readFileSync(join(dir, "site.lock.json"), "utf8"));
  assert.deepEqual(lock.ipv4.lan, { subnet: "10.42.1.0/24", hosts: { a: "10.42.1.1", b: "10.42.1.2" } });
  assert.equal(lock.ipv4.mesh.subnet, "10.42.2.0/28");
  // AND layers see the machine's addresses
  const seen = JSON.parse(await readBundleFile(join(out, "a"), "etc/addresses"));
  assert.equal(seen.lan.ipv4, "10.42.1.1");
  assert.equal(seen.lan.interface, "lan0");
  assert.match(seen.lan.ipv6, /^fd0d:d81c:eb95:80f5:/);
  assert.equal(seen.mesh.interface, "wg-mesh");
  // AND the unit to order a service after when it binds an overlay address
  assert.equal(seen.mesh.unit, "hearth-wg-mesh.service");
  assert.equal(seen.lan.unit, undefined);
  // AND b, whose key is unknown, is pending: a warns and renders no peer for it; b renders no overlay at all
  assert.ok(first.diagnostics.some((d) => d.severity === "warning" && /machine "b" has no WireGuard key yet/.test(d.message) && d.at?.line === lineOf(twoMachines(), 'machine("b"')));
  const wg = await readBundleFile(join(out, "a"), "etc/wireguard/wg-mesh.conf");
  assert.match(wg, /pending.*b/);
  assert.doesNotMatch(wg, /\[Peer\]/);
  const again = await compileSite({ sitePath, outDir: out });
  assert.equal(again.lockWritten, undefined, "an unchanged lock is not rewritten");

  // WHEN a fresh clone (site.ts and its lock) compiles THEN the same generations
  const clone = tempSite(twoMachines());
  cpSync(join(dir, "site.lock.json"), join(clone.dir, "site.lock.json"));
  const cloned = await compileSite({ sitePath: clone.sitePath, outDir: join(clone.dir, "out") });
  assert.deepEqual(cloned.machines.map((m) => m.generation.gen), first.machines.map((m) => m.generation.gen));

  // WHEN a network is added before the others THEN nothing already numbered moves
  const grown = twoMachines().replace('const lan = network("lan", { ipv4: { size: 24 } });', 'const dmz = network("dmz", { ipv4: { size: 26 } });\nconst lan = network("lan", { ipv4: { size: 24 } });').replace('iface(lan, { name: "lan0" }), peer(mesh)]', 'iface(dmz, { name: "dmz0" }), iface(lan, { name: "lan0" }), peer(mesh)]');
  writeFileSync(sitePath, grown);
  const after = await compileSite({ sitePath, outDir: out });
  assert.equal(after.ok, true, formatDiagnostics(after.diagnostics));
  const relocked = JSON.parse(readFileSync(join(dir, "site.lock.json"), "utf8"));
  assert.deepEqual(relocked.ipv4.lan, lock.ipv4.lan);
  assert.deepEqual(relocked.ipv4.mesh, lock.ipv4.mesh);
  assert.equal(relocked.ipv4.dmz.subnet, "10.42.2.64/26");
});

test("with both keys known the overlay is complete: each machine peers with the other over the LAN", async () => {
  const source = twoMachines().replace('machine("b", { layers', `machine("b", { facts: { wireguardPublicKey: "${KEY_B}" }, layers`);
  const { dir, sitePath } = tempSite(source);
  const r = await compileSite({ sitePath, outDir: join(dir, "out") });
  assert.equal(r.ok, true, formatDiagnostics(r.diagnostics));
  assert.deepEqual(r.diagnostics, []);
  const wg = await readBundleFile(join(dir, "out", "a"), "etc/wireguard/wg-mesh.conf");
  assert.match(wg, new RegExp(`PublicKey = ${KEY_B.replace(/[+/=]/g, "\\$&")}`));
  assert.match(wg, /Endpoint = 10\.42\.1\.2:51820/);
  assert.match(wg, /AllowedIPs = fd0d:d81c:eb95:[0-9a-f]+:[0-9a-f:]+\/128, 10\.42\.2\.2\/32/);
  const nft = await readBundleFile(join(dir, "out", "b"), "etc/nftables/hearth.nft");
  assert.match(nft, /udp dport 51820 accept/);
  const dns = await readBundleFile(join(dir, "out", "b"), "etc/hearth-dns/dnsmasq.conf");
  assert.match(dns, /server=\/a\.home\.arpa\/fd0d:d81c:eb95:/);
  assert.match(dns, /host-record=b\.home\.arpa,/);
});

// two network names whose subnet ids collide (found by search, checked below)
function collidingNames(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const name = `net${i}`;
    const id = subnetIdHex("home", name);
    const first = seen.get(id);
    if (first) return [first, name];
    seen.set(id, name);
  }
}

interface Case {
  readonly name: string;
  readonly source: string;
  /** the line the first error points at */
  readonly marker: string;
  readonly message: RegExp;
  readonly lock?: string;
}

const machineOn = (networks: string, layers = "[]") => `export default site({ name: "home", domain: "home.arpa", ipv4: { pools: ["10.42.0.0/24"] }, machines: [machine("a", { layers: ${layers}, networks: [${networks}] })] });\n`;
const [n1, n2] = collidingNames();
const cases: Case[] = [
  { name: "a bad CIDR", source: `${header}const lan = network("lan", { ipv4: { subnet: "10.1.2.3/24" } }); /*@*/\n${machineOn('iface(lan, { name: "e0" })')}`, marker: "/*@*/", message: /ipv4\.subnet "10\.1\.2\.3\/24" has host bits set; the network is 10\.1\.2\.0\/24/ },
  { name: "an exhausted pool", source: `${header}const a = network("x", { ipv4: { size: 24 } });\nconst b = network("y", { ipv4: { size: 25 } }); /*@*/\n${machineOn('iface(a, { name: "e0" }), iface(b, { name: "e1" })')}`, marker: "/*@*/", message: /no free \/25 is left in the site's IPv4 pools \(10\.42\.0\.0\/24\) for network "y"/ },
  { name: "allow() from a network the machine does not join", source: `${header}const lan = network("lan");\nconst other = network("other");\nconst l = layer("l", [allow({ tcp: [80], from: [other] })]); /*@*/\n${machineOn('iface(lan, { name: "e0" })', "[l]")}`, marker: "/*@*/", message: /allow\(\) admits network "other", which machine "a" does not join/ },
  { name: "two networks deriving one IPv6 subnet", source: `${header}const x = network("${n1}");\nconst y = network("${n2}"); /*@*/\n${machineOn('iface(x, { name: "e0" }), iface(y, { name: "e1" })')}`, marker: "/*@*/", message: new RegExp(`networks "${n1}" and "${n2}" derive the same IPv6 subnet`) },
  { name: "two different networks with one name", source: `${header}const x = network("lan");\nconst y = network("lan"); /*@*/\nexport default site({ name: "home", domain: "home.arpa", machines: [machine("a", { layers: [], networks: [iface(x, { name: "e0" })] }), machine("b", { layers: [], networks: [iface(y, { name: "e0" })] })] });\n`, marker: "/*@*/", message: /two different networks are named "lan"/ },
  { name: "one interface for two networks", source: `${header}const x = network("x");\nconst y = network("y");\n${machineOn('iface(x, { name: "e0" }),\n iface(y, { name: "e0" }) /*@*/')}`, marker: "/*@*/", message: /machine "a" uses interface e0 for networks "x" and "y"/ },
  { name: "a bridge that is its own port", source: `${header}const lan = network("lan");\n${machineOn('iface(lan, { name: "br0", bridge: ["br0"] }) /*@*/')}`, marker: "/*@*/", message: /bridge port "br0" must be another interface's name/ },
  { name: "a bridge port used by another network", source: `${header}const x = network("x");\nconst y = network("y");\n${machineOn('iface(x, { name: "e0" }),\n iface(y, { name: "br0", bridge: ["e0"] }) /*@*/')}`, marker: "/*@*/", message: /machine "a" uses interface e0 for networks "x" and "y" \(as a bridge port\)/ },
  { name: "a road warrior named like a machine", source: `${header}const m = overlay("m", { roadWarriors: [roadWarrior("a")] }); /*@*/\n${machineOn("peer(m)")}`, marker: "/*@*/", message: /"a" is on network "m" twice/ },
  { name: "a published name that is a network's", source: `${header}const lan = network("lan");\nconst l = layer("l", [publish("lan")]); /*@*/\n${machineOn('iface(lan, { name: "e0" })', "[l]")}`, marker: "/*@*/", message: /publish\("lan"\) clashes with the name of network "lan"/ },
  { name: "a bad WireGuard key", source: `${header}const m = overlay("m", { roadWarriors: [roadWarrior("phone", { publicKey: "nope" })] }); /*@*/\n${machineOn("peer(m)")}`, marker: "/*@*/", message: /publicKey of "phone" is not a WireGuard key/ },
  { name: "a lock that gives the wrong size", source: `${header}const lan = network("lan", { ipv4: { size: 25 } }); /*@*/\n${machineOn('iface(lan, { name: "e0" })')}`, lock: `{ "hearth": 1, "ipv4": { "lan": { "subnet": "10.42.0.0/24", "hosts": {} } } }`, marker: "/*@*/", message: /network "lan" asks for a \/25, but site\.lock\.json gives it 10\.42\.0\.0\/24/ },
  { name: "a lock that is not JSON", source: `${header}const lan = network("lan", { ipv4: { size: 25 } });\n${machineOn('iface(lan, { name: "e0" })')}`, lock: "{ nope", marker: "", message: /site\.lock\.json is not valid JSON/ },
];

for (const c of cases)
  test(`error: ${c.name}`, async () => {
    const { dir, sitePath } = tempSite(c.source, c.lock ? { "site.lock.json": c.lock } : {});
    const r = await compileSite({ sitePath, outDir: join(dir, "out") });
    assert.equal(r.ok, false);
    const text = formatDiagnostics(r.diagnostics, dir);
    assert.match(text, c.message);
    const d = r.diagnostics.find((x) => x.severity === "error" && c.message.test(x.message))!;
    if (c.marker) assert.equal(d.at?.line, lineOf(c.source, c.marker), text);
    else assert.match(d.at?.file ?? "", /site\.lock\.json$/);
    // AND nothing is written, the lock included
    assert.equal(existsSync(join(dir, "out")), false);
    assert.equal(c.lock === undefined ? existsSync(join(dir, "site.lock.json")) : readFileSync(join(dir, "site.lock.json"), "utf8") === c.lock, c.lock !== undefined);
  });

test("a ruleset nft refuses fails the compile at the machine's line; each text is checked once", async (t) => {
  const { checkRulesets } = await import("../compiler/network/ruleset-check.ts");
  const { checkRuleset } = await import("../compiler/network/nft-check.ts");
  // nft must be able to check here at all (installed, and allowed to ask the kernel)
  const probe = await checkRuleset("table inet probe {}\n");
  if (probe.ok === "skipped") return t.skip(`nft cannot check here: ${probe.why}`);
  // GIVEN two machines whose generations carry the same broken ruleset
  const at = { file: "/site/site.ts", line: 7, column: 1 };
  const result = (name: string) => ({
    machine: { name, at },
    generation: { tree: [{ path: "etc/nftables/hearth.nft", kind: "f", mode: 0o644, owner: "root:root", content: Buffer.from("table inet hearth { chain input { type filter hook input priority filter; policy drop; tcp dport 99999 accept; } }\n") }] },
  });
  const ev = { place: (x: typeof at) => ({ file: x.file, line: x.line }) };
  const seen = new Map();
  // WHEN checked
  const ds = await checkRulesets(ev as never, [result("a"), result("b")] as never, seen);
  // THEN an error per machine with nft's own words, and nft ran once for the one text
  assert.equal(ds.length, 2);
  assert.match(ds[0]!.message, /nft refuses the firewall ruleset hearth rendered for "a":\n.*a:\/usr\/local\/etc\/nftables\/hearth\.nft:1:/);
  assert.equal(ds[0]!.at?.line, 7);
  assert.equal(seen.size, 1);
});

test("hearth plan shows the peers an overlay leaves out until their keys are known", async () => {
  const { runHearth } = await import("./support/run-cli.ts");
  const { dir } = tempSite(twoMachines());
  const r = await runHearth(["plan", "site.ts"], dir);
  assert.equal(r.code, 0, r.stderr);
  // GIVEN b has no key WHEN planned THEN both machines' plans say b is pending, and compile's warning says why
  assert.equal(r.stdout.match(/^ {2}pending {2}overlay mesh: b \(no public key yet/gm)?.length, 2, r.stdout);
  assert.match(r.stderr, /warning: machine "b" has no WireGuard key yet/);
});

test("compile --locked refuses to number anything new, and says what; with a current lock it compiles", async () => {
  const { runHearth } = await import("./support/run-cli.ts");
  const { dir } = tempSite(twoMachines());
  // GIVEN no lock WHEN compiled --locked THEN an error naming what would be numbered, nothing written
  const refused = await runHearth(["compile", "site.ts", "--locked"], dir);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /error: site\.lock\.json is out of date \(--locked\): would number network lan 10\.42\.1\.0\/24; would number a 10\.42\.1\.1 on lan;/);
  assert.equal(existsSync(join(dir, "site.lock.json")), false);
  assert.equal(existsSync(join(dir, "out")), false);
  // WHEN compiled without it THEN the lock is written and said so; --locked then passes
  const numbered = await runHearth(["compile", "site.ts"], dir);
  assert.equal(numbered.code, 0, numbered.stderr);
  assert.match(numbered.stdout, /numbered new networks or hosts: wrote .*site\.lock\.json \(commit it\)/);
  const locked = await runHearth(["compile", "site.ts", "--locked"], dir);
  assert.equal(locked.code, 0, locked.stderr);
  assert.doesNotMatch(locked.stdout, /numbered/);
});
