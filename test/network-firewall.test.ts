// The firewall (stdlib/network/firewall.ts): the exact ruleset for hand-made plans, nft's own
// check of it (compiler/network/nft-check.ts), and, as root, the ruleset loaded in a network
// namespace, where it must let in exactly what it opens.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { after, describe, test } from "node:test";
import type { FirewallPlan, MachineNetworkPlan } from "../compiler/network/model.ts";
import { checkRuleset, nftPath } from "../compiler/network/nft-check.ts";
import { firewallItems, renderRuleset, RULESET } from "../stdlib/network/firewall.ts";

const planOf = (machine: string, firewall: FirewallPlan | undefined): MachineNetworkPlan => ({ machine, interfaces: [], wireguard: [], dns: undefined, firewall });

/** A router: DNS for its LAN and the overlay, the web for everyone, WireGuard from anywhere. */
const router = planOf("router", {
  rules: [
    { tcp: [53], udp: [53], from: ["enp1s0", "wg-mesh"], why: "dns" },
    { tcp: [443, 80, 80], udp: [], from: "any", why: "allow() in layer web" },
    { tcp: [], udp: [51820], from: "any", why: "overlay mesh" },
    { tcp: [9100], udp: [], from: ["wg-mesh"], why: "allow() in layer\nmetrics" },
  ],
});

const noNft = nftPath() ? false : "nft is not installed (Debian package nftables)";

test("the router's ruleset: its own table replaced in one transaction, default drop, ssh always, one part per opening", () => {
  assert.equal(
    renderRuleset(router),
    `# hearth firewall for router (stdlib/network/firewall.ts): table inet hearth only; other tables are left alone.
# One transaction: create the table if missing, delete it, define it again.
table inet hearth {}
delete table inet hearth

table inet hearth {
	chain input {
		type filter hook input priority filter; policy drop;

		ct state established,related accept
		ct state invalid drop
		iif "lo" accept
		icmp type echo-request accept
		icmpv6 type { echo-request, packet-too-big, nd-router-advert, nd-neighbor-solicit, nd-neighbor-advert, mld-listener-query } accept
		# ssh, from anywhere: a mistake in site.ts must never lock out the way to fix it
		tcp dport 22 accept

		# dns
		iifname { "enp1s0", "wg-mesh" } tcp dport 53 accept
		iifname { "enp1s0", "wg-mesh" } udp dport 53 accept

		# allow() in layer web
		tcp dport { 80, 443 } accept

		# overlay mesh
		udp dport 51820 accept

		# allow() in layer metrics
		iifname "wg-mesh" tcp dport 9100 accept
	}
}
`,
  );
});

test("a firewall with no openings still has its base rules; no firewall, no ruleset and no items", () => {
  assert.match(renderRuleset(planOf("nas", { rules: [] })), /tcp dport 22 accept\n\t}\n}\n$/);
  assert.equal(renderRuleset(planOf("nas", undefined)), "");
  assert.deepEqual(firewallItems(planOf("nas", undefined)), []);
});

test("the items: the ruleset, a oneshot unit that reloads on a change, the package and a health check", () => {
  // GIVEN the router's plan WHEN its firewall items are made
  const items = firewallItems(router);
  // THEN they are made without problems, and the unit reloads when the ruleset changes
  assert.deepEqual(items.flatMap((i) => i.problems), []);
  assert.deepEqual(items.map((i) => i.kind), ["packages", "distro", "file", "unit", "health"]);
  const ruleset = items.find((i) => i.kind === "file");
  assert.equal(ruleset?.kind === "file" && ruleset.path, RULESET);
  const unit = items.find((i) => i.kind === "unit");
  assert.ok(unit?.kind === "unit");
  assert.equal(unit.name, "hearth-firewall.service");
  assert.deepEqual(unit.activation, { reload: true });
  assert.deepEqual(unit.sections["Service"]?.["ExecReload"], unit.sections["Service"]?.["ExecStart"]);
});

describe("nft -c", { skip: noNft }, () => {
  test("accepts the rendered rulesets", async () => {
    for (const plan of [router, planOf("nas", { rules: [] })]) assert.deepEqual(await checkRuleset(renderRuleset(plan)), { ok: true });
  });

  test("rejects a broken ruleset with nft's message, at the line in the named file", async () => {
    // GIVEN a port nft cannot parse WHEN checked
    const r = await checkRuleset(renderRuleset(router).replace("udp dport 51820", "udp dport 51820x"), "router.nft");
    // THEN it fails with nft's own error, positioned in router.nft
    assert.equal(r.ok, false);
    assert.match(r.ok === false ? r.message : "", /^router\.nft:\d+:\d+-\d+: Error: .*\n.*51820x/);
  });

  test("rejects what only the kernel can: deleting a table that does not exist", async () => {
    const r = await checkRuleset("delete table inet hearth-nowhere\n");
    assert.equal(r.ok, false);
    assert.match(r.ok === false ? r.message : "", /No such file or directory/);
  });
});

// ---- as root: the ruleset loaded in a network namespace, probed from another ----

const isRoot = process.getuid?.() === 0;
const hasIp = spawnSync("ip", ["-V"]).status === 0;
const noNetns = !isRoot ? "needs root to make network namespaces" : !hasIp ? "ip (iproute2) is not installed" : noNft;

/** Runs argv inside the named network namespace; throws on failure. */
function inNs(ns: string, argv: readonly string[], input?: string): string {
  const r = spawnSync("ip", ["netns", "exec", ns, ...argv], { encoding: "utf8", input });
  if (r.status !== 0) throw new Error(`${argv.join(" ")} in ${ns}: ${r.stderr}`);
  return r.stdout;
}

/** Listens on the given TCP ports and UDP port (echo) until killed; prints "ready". */
const LISTENER = `
const net = require("node:net"), dgram = require("node:dgram");
const [udp, ...tcp] = process.argv.slice(1).map(Number);
for (const p of tcp) net.createServer((s) => s.end()).listen(p, "0.0.0.0");
const u = dgram.createSocket("udp4"); u.on("message", (m, r) => u.send(m, r.port, r.address)); u.bind(udp, "0.0.0.0", () => console.log("ready"));
`;
/** Tries each TCP port and the UDP port once; prints one line per try: "tcp 22 open" or "tcp 22 closed". */
const PROBER = `
const net = require("node:net"), dgram = require("node:dgram");
const [host, udp, ...tcp] = process.argv.slice(1);
const tryTcp = (p) => new Promise((res) => { const s = net.connect({ host, port: Number(p) }); s.setTimeout(700, () => { s.destroy(); res("closed"); }); s.once("connect", () => { s.destroy(); res("open"); }); s.once("error", () => res("closed")); });
const tryUdp = (p) => new Promise((res) => { const u = dgram.createSocket("udp4"); const t = setTimeout(() => { u.close(); res("closed"); }, 700); u.once("message", () => { clearTimeout(t); u.close(); res("open"); }); u.send("x", Number(p), host); });
(async () => { for (const p of tcp) console.log("tcp", p, await tryTcp(p)); console.log("udp", udp, await tryUdp(udp)); })();
`;

describe("the ruleset in a network namespace", { skip: noNetns }, () => {
  const id = `hfw${process.pid}`;
  const [client, server] = [`${id}c`, `${id}s`];
  let listener: ChildProcess | undefined;
  after(() => {
    listener?.kill();
    for (const ns of [client, server]) spawnSync("ip", ["netns", "del", ns]);
  });

  test("lets in ssh and what the plan opens on the interface it names, and drops the rest", async () => {
    // GIVEN a server namespace reached over "lan0", with tcp/80 open on lan0, tcp/443 open only on
    // another interface, udp/53 open from anywhere; and listeners on all of them and on 8080
    for (const ns of [client, server]) spawnSync("ip", ["netns", "add", ns]);
    spawnSync("ip", ["link", "add", "c0", "netns", client, "type", "veth", "peer", "name", "lan0", "netns", server]);
    inNs(client, ["sh", "-c", "ip link set lo up && ip link set c0 up && ip addr add 10.77.0.1/24 dev c0"]);
    inNs(server, ["sh", "-c", "ip link set lo up && ip link set lan0 up && ip addr add 10.77.0.2/24 dev lan0"]);
    const plan = planOf("s", { rules: [{ tcp: [80], udp: [], from: ["lan0"], why: "web" }, { tcp: [443], udp: [], from: ["other0"], why: "elsewhere" }, { tcp: [], udp: [53], from: "any", why: "dns" }] });
    inNs(server, ["nft", "-f", "-"], renderRuleset(plan));
    listener = spawn("ip", ["netns", "exec", server, process.execPath, "-e", LISTENER, "53", "22", "80", "443", "8080"], { stdio: ["ignore", "pipe", "inherit"] });
    await once(listener.stdout!, "data");
    // WHEN the client tries each port
    const seen = inNs(client, [process.execPath, "-e", PROBER, "10.77.0.2", "53", "22", "80", "443", "8080"]);
    // THEN exactly ssh, the web on lan0 and DNS get through
    assert.equal(seen, "tcp 22 open\ntcp 80 open\ntcp 443 closed\ntcp 8080 closed\nudp 53 open\n");
    // AND loading it again replaces the table instead of adding to it
    inNs(server, ["nft", "-f", "-"], renderRuleset(plan));
    assert.equal(inNs(server, ["nft", "list", "tables"]), "table inet hearth\n");
  });
});
