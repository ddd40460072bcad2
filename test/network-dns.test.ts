// The DNS tree (stdlib/network/dns.ts): exact dnsmasq and resolved configs from hand-made
// plans, dnsmasq's own check of them, and a whole network layer (DNS and firewall) that
// compiles with no diagnostic at all: units and programs known, exposure within budget,
// systemd-analyze verify silent.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import type { DnsPlan, MachineNetworkPlan } from "../compiler/network/model.ts";
import { analyzerPath, cachedBase, isRoot } from "../compiler/verify/temp-root.ts";
import { DNSMASQ_CONF, dnsItems, renderDnsmasqConf, renderResolvedConf, RESOLVED_CONF } from "../stdlib/network/dns.ts";
import { tempSite } from "./support/temp-site.ts";

const ULA1 = "fd12:3456:789a:1";
const ULA2 = "fd12:3456:789a:2";
const REVERSE1 = "1.0.0.0.a.9.8.7.6.5.4.3.2.1.d.f.ip6.arpa";
const REVERSE2 = "2.0.0.0.a.9.8.7.6.5.4.3.2.1.d.f.ip6.arpa";
/** The reverse name of host `n` in ULA1's /64. */
const ptr1 = (n: number) => `${n.toString(16)}.${"0.".repeat(15)}${REVERSE1}`;

/** A router on the LAN (with IPv4) and the overlay, forwarding outside names upstream. */
const routerDns: DnsPlan = {
  domain: "home.arpa",
  zone: "router.home.arpa",
  listen: ["127.0.0.153", `${ULA1}::1`, "10.42.1.1", `${ULA2}::1`],
  records: [
    { names: ["router.home.arpa"], addresses: [`${ULA1}::1`, "10.42.1.1", `${ULA2}::1`] },
    { names: ["www.router.home.arpa", "status.router.home.arpa"], addresses: [`${ULA1}::1`] },
  ],
  forward: [
    { domain: "nas.home.arpa", servers: [`${ULA1}::2`, `${ULA2}::2`] },
    { domain: ptr1(2), servers: [`${ULA1}::2`] },
    { domain: "2.1.42.10.in-addr.arpa", servers: [`${ULA1}::2`] },
  ],
  routingDomains: ["home.arpa", REVERSE1, "1.42.10.in-addr.arpa", REVERSE2],
  upstream: ["9.9.9.9", "2620:fe::fe"],
};

/** The NAS: IPv6 only on the LAN, answers site names only. */
const nasDns: DnsPlan = {
  domain: "home.arpa",
  zone: "nas.home.arpa",
  listen: ["127.0.0.153", `${ULA1}::2`],
  records: [{ names: ["nas.home.arpa"], addresses: [`${ULA1}::2`] }],
  forward: [{ domain: "router.home.arpa", servers: [`${ULA1}::1`] }],
  routingDomains: ["home.arpa", REVERSE1],
  upstream: [],
};

const planOf = (machine: string, dns: DnsPlan | undefined): MachineNetworkPlan => ({ machine, interfaces: [], wireguard: [], dns, firewall: undefined });

const hasDnsmasq = spawnSync("dnsmasq", ["--version"]).status === 0;
/** dnsmasq's own syntax check of a config; its output when it fails. */
function dnsmasqTest(conf: string): { status: number | null; output: string } {
  const path = join(mkdtempSync(join(tmpdir(), "hearth-dnsmasq-")), "dnsmasq.conf");
  writeFileSync(path, conf);
  const r = spawnSync("dnsmasq", ["--test", `--conf-file=${path}`], { encoding: "utf8" });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test("a router's dnsmasq.conf: its names, the way to the NAS's, the site's domains kept local, outside names upstream", () => {
  // GIVEN a router's DNS plan WHEN its config is rendered THEN it is exactly this
  assert.equal(
    renderDnsmasqConf("router", routerDns),
    `# hearth DNS for router (stdlib/network/dns.ts): answers for router.home.arpa, asks the machine that owns any other site name.
# Read only at start: a change restarts hearth-dns.service.
port=53
# exactly these addresses, also once they appear (the overlay comes up later); never the wildcard
bind-dynamic
listen-address=127.0.0.153
listen-address=${ULA1}::1
listen-address=10.42.1.1
listen-address=${ULA2}::1
# DNS only: no DHCP, no /etc/hosts, no /etc/resolv.conf (it points at systemd-resolved, which points here)
no-hosts
no-resolv
no-poll
# systemd supervises it: no PID file, log to the journal
pid-file=
log-facility=-
cache-size=1000
local-ttl=60
# plain names and private reverse names outside the site never leave the machine
domain-needed
bogus-priv

# router.home.arpa: these names, and no others below it
local=/router.home.arpa/
host-record=router.home.arpa,${ULA1}::1
host-record=router.home.arpa,10.42.1.1
host-record=router.home.arpa,${ULA2}::1
host-record=www.router.home.arpa,status.router.home.arpa,${ULA1}::1

# the rest of the site: who answers for what
server=/nas.home.arpa/${ULA1}::2
server=/nas.home.arpa/${ULA2}::2
server=/${ptr1(2)}/${ULA1}::2
server=/2.1.42.10.in-addr.arpa/${ULA1}::2
# a site name nobody above answers for does not exist (and is never asked upstream)
local=/home.arpa/
local=/${REVERSE1}/
local=/1.42.10.in-addr.arpa/
local=/${REVERSE2}/

# names outside the site
server=9.9.9.9
server=2620:fe::fe
`,
  );
});

test("a machine that is no router forwards nothing outside the site", () => {
  // GIVEN the NAS's plan, without upstream resolvers WHEN rendered
  const conf = renderDnsmasqConf("nas", nasDns);
  // THEN its site part is there, and no server= without a domain (which would take every other name)
  assert.match(conf, /^local=\/nas\.home\.arpa\/$/m);
  assert.match(conf, new RegExp(`^host-record=nas\\.home\\.arpa,${ULA1}::2$`, "m"));
  assert.match(conf, new RegExp(`^server=/router\\.home\\.arpa/${ULA1}::1$`, "m"));
  assert.doesNotMatch(conf, /^server=[^/]/m);
  assert.doesNotMatch(conf, /^# names outside the site$/m);
  assert.match(conf, /^no-resolv$/m);
});

test("systemd-resolved sends the site domain and the reverse zones to 127.0.0.153, route-only", () => {
  assert.equal(
    renderResolvedConf("router", routerDns),
    `# hearth DNS for router (stdlib/network/dns.ts): site names go to hearth-dns.service
[Resolve]
DNS=127.0.0.153
Domains=~home.arpa ~${REVERSE1} ~1.42.10.in-addr.arpa ~${REVERSE2}
`,
  );
});

test("rendering is deterministic: the same plan gives the same bytes, repeats said once", () => {
  // GIVEN a plan that repeats a listen address, a server and a routing domain
  const repeated: DnsPlan = { ...nasDns, listen: [...nasDns.listen, "127.0.0.153"], forward: [{ domain: "router.home.arpa", servers: [`${ULA1}::1`, `${ULA1}::1`] }], routingDomains: ["home.arpa", "home.arpa", REVERSE1] };
  // WHEN rendered twice THEN both are equal, and equal to the plan without repeats
  assert.equal(renderDnsmasqConf("nas", repeated), renderDnsmasqConf("nas", repeated));
  assert.equal(renderDnsmasqConf("nas", repeated), renderDnsmasqConf("nas", nasDns));
  assert.equal(renderResolvedConf("nas", repeated), renderResolvedConf("nas", nasDns));
});

test("dnsmasq --test accepts both configs", { skip: hasDnsmasq ? false : "dnsmasq is not installed (Debian package dnsmasq-base)" }, () => {
  for (const [machine, dns] of [["router", routerDns], ["nas", nasDns]] as const) {
    const r = dnsmasqTest(renderDnsmasqConf(machine, dns));
    assert.equal(r.status, 0, `${machine}: ${r.output}`);
    assert.match(r.output, /syntax check OK/);
  }
  // and the check is real: a bad address fails it, at its line
  const broken = dnsmasqTest(`${renderDnsmasqConf("nas", nasDns)}listen-address=10.0.0.300\n`);
  assert.notEqual(broken.status, 0);
  assert.match(broken.output, /error at line \d+ of/);
});

test("no DNS in the plan: no items", () => {
  assert.deepEqual(dnsItems(planOf("nas", undefined)), []);
});

test("the items: config files, the server's unit, resolved's drop-in restarting on its config, packages, a health check", () => {
  // GIVEN the NAS's plan WHEN its DNS items are made
  const items = dnsItems(planOf("nas", nasDns));
  // THEN every part is there
  const summary = items.map((i) => (i.kind === "file" ? `file ${i.path}` : i.kind === "unit" ? `unit ${i.name}` : i.kind === "dropin" ? `dropin ${i.unit}/${i.name}` : i.kind));
  assert.deepEqual(summary.sort(), [`file ${DNSMASQ_CONF}`, `file ${RESOLVED_CONF}`, "distro", "dropin systemd-resolved.service/hearth", "health", "packages", "unit hearth-dns.service"].sort());
  assert.deepEqual(items.flatMap((i) => i.problems), []);
  const dropin = items.find((i) => i.kind === "dropin");
  assert.deepEqual(dropin?.kind === "dropin" && dropin.activation, { triggers: [RESOLVED_CONF], reload: false });
  const packages = items.find((i) => i.kind === "packages");
  assert.deepEqual(packages?.kind === "packages" && packages.names, ["dnsmasq-base", "systemd-resolved"]);
});

/** Why the clean-compile test cannot run systemd-analyze verify in a Debian root here, or false. */
const NETWORK_PACKAGES = ["dnsmasq-base", "systemd-resolved", "nftables"];
const noVerify = !analyzerPath() ? "systemd-analyze is not installed" : !isRoot() && !cachedBase(NETWORK_PACKAGES) ? "needs root: the Debian 12 base root filesystem with the network packages is built with debootstrap" : false;

test("a layer with the DNS tree and the firewall compiles with no diagnostic: units, programs, exposure, systemd-analyze verify", { skip: noVerify, timeout: 900_000 }, async () => {
  // GIVEN a site whose layer is made from a router's plan, DNS and firewall
  const plan: MachineNetworkPlan = {
    ...planOf("router", routerDns),
    firewall: { rules: [{ tcp: [53], udp: [53], from: ["enp1s0", "wg-mesh"], why: "dns" }, { tcp: [80, 443], udp: [], from: "any", why: "allow() in layer web" }] },
  };
  const stdlib = join(import.meta.dirname, "..", "stdlib", "network");
  const { dir, sitePath } = tempSite(`import { layer, machine, site } from "hearth";
// not bundled into site.ts: loaded by this process, like "hearth/stdlib"
const load = (path: string) => require(path);
const { dnsItems } = load(${JSON.stringify(join(stdlib, "dns.ts"))});
const { firewallItems } = load(${JSON.stringify(join(stdlib, "firewall.ts"))});
const plan = ${JSON.stringify(plan)};
const net = layer("net", () => [...dnsItems(plan), ...firewallItems(plan)]);
export default site({ name: "t", domain: "home.arpa", machines: [machine("router", { layers: [net] })] });
`);
  // WHEN it is compiled with systemd-analyze verify
  // (fresh caches: scores and findings are computed, and the user's caches are left alone)
  const result = await compileSite({ sitePath, write: false, exposure: { cacheFile: null }, verify: { cacheDir: mkdtempSync(join(tmpdir(), "hearth-verify-cache-")) } });
  // THEN nothing at all is reported, and systemd-analyze ran for the machine
  assert.deepEqual(result.diagnostics, [], formatDiagnostics(result.diagnostics, dir));
  assert.equal(result.ok, true);
  assert.deepEqual(result.verified, { ran: 1, cached: 0 });
  // AND a config change restarts dnsmasq and resolved (neither re-reads it), and reloads the firewall
  assert.deepEqual(
    result.machines[0]?.generation.units.map((u) => [u.unit, u.flags, u.inputs]),
    [
      ["hearth-dns.service", ["owned", "wanted"], ["etc/hearth-dns/dnsmasq.conf", "lib/systemd/system/hearth-dns.service"]],
      ["hearth-firewall.service", ["owned", "reload", "wanted"], ["etc/nftables/hearth.nft", "lib/systemd/system/hearth-firewall.service"]],
      ["systemd-resolved.service", ["wanted"], ["lib/systemd/resolved.conf.d/hearth.conf", "lib/systemd/system/systemd-resolved.service.d/hearth.conf"]],
    ],
  );
});
