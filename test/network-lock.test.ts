// IPv4 numbering through site.lock.json: allocations survive any sequence of
// added and removed networks and hosts, and a lock that no longer fits the site
// is an error with a fix, never a silent renumbering.
import assert from "node:assert/strict";
import { test } from "node:test";
import { blockEnd, containsBlock, ipv4Number, overlaps, parseBlock } from "../compiler/network/ipv4.ts";
import { allocateIpv4, EMPTY_LOCK, lockText, type Ipv4Request, type LockFile } from "../compiler/network/lock.ts";

const space = { pools: ["10.42.0.0/16", "172.20.0.0/22"], reserved: ["10.42.0.0/24", "10.42.7.0/25"], at: undefined };
const request = (network: string, size: number, hosts: string[]): Ipv4Request => ({ network, need: { size }, at: undefined, hosts: hosts.map((name) => ({ name, fixed: undefined, at: undefined })) });

/** A small deterministic PRNG (mulberry32), so a failure names its seed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("property: random sequences of added and removed networks and hosts never renumber a survivor", () => {
  for (let seed = 1; seed <= 40; seed++) {
    const rnd = prng(seed);
    let live: Ipv4Request[] = [];
    let lock: LockFile = EMPTY_LOCK;
    let counter = 0;
    for (let step = 0; step < 30; step++) {
      // GIVEN the site after a random change
      const r = rnd();
      if (r < 0.45 || live.length === 0) live = [...live, request(`n${counter++}`, 22 + Math.floor(rnd() * 7), ["a", "b", "c"].filter(() => rnd() < 0.7))];
      else if (r < 0.75) live = live.filter((_, i) => i !== Math.floor(rnd() * live.length));
      else {
        const i = Math.floor(rnd() * live.length);
        const n = live[i]!;
        const hosts = rnd() < 0.5 ? [...n.hosts, { name: `h${counter++}`, fixed: undefined, at: undefined }] : n.hosts.slice(1);
        live = live.map((x, j) => (j === i ? { ...x, hosts } : x));
      }
      // WHEN numbered against the previous lock
      const before = lock;
      const got = allocateIpv4(space, live, before, "site.lock.json");
      const exhausted = got.diagnostics.every((d) => /no free/.test(d.message));
      assert.ok(exhausted, `seed ${seed} step ${step}: ${got.diagnostics.map((d) => d.message).join("; ")}`);
      // THEN every surviving network keeps its subnet and every surviving host its address
      for (const n of live) {
        const old = before.ipv4[n.network];
        const now = got.lock.ipv4[n.network];
        if (!old || !now) continue;
        assert.equal(now.subnet, old.subnet, `seed ${seed} step ${step}: ${n.network} renumbered`);
        for (const [h, ip] of Object.entries(old.hosts)) if (n.hosts.some((x) => x.name === h)) assert.equal(now.hosts[h], ip, `seed ${seed}: ${n.network}/${h} renumbered`);
      }
      // AND subnets are inside the pools, outside reserved ranges, and disjoint
      const blocks = Object.values(got.lock.ipv4).map((e) => parseBlock(e.subnet));
      for (const b of blocks) {
        assert.ok(space.pools.map(parseBlock).some((p) => containsBlock(p, b)));
        assert.ok(!space.reserved.map(parseBlock).some((x) => overlaps(x, b)));
      }
      for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) assert.ok(!overlaps(blocks[i]!, blocks[j]!), `seed ${seed}: overlap`);
      // AND hosts are host addresses of their subnet
      for (const e of Object.values(got.lock.ipv4)) {
        const b = parseBlock(e.subnet);
        for (const ip of Object.values(e.hosts)) assert.ok(ipv4Number(ip) > b.base && ipv4Number(ip) < blockEnd(b) - 1);
      }
      lock = got.lock;
    }
  }
});

test("the same site and lock give the same lock text, whatever order the lock's keys were in", () => {
  const site = [request("lan", 24, ["router", "nas"]), request("mesh", 24, ["router", "nas", "web"])];
  const first = allocateIpv4(space, site, EMPTY_LOCK, "site.lock.json");
  assert.deepEqual(first.diagnostics, []);
  assert.equal(first.lock.ipv4.lan!.subnet, "10.42.1.0/24");
  assert.deepEqual(first.lock.ipv4.lan!.hosts, { router: "10.42.1.1", nas: "10.42.1.2" });
  const shuffled = JSON.parse(JSON.stringify({ ipv4: { mesh: first.lock.ipv4.mesh, lan: first.lock.ipv4.lan }, hearth: 1 })) as LockFile;
  assert.equal(lockText(allocateIpv4(space, site, shuffled, "site.lock.json").lock), lockText(first.lock));
});

test("a lock that no longer fits is an error with a fix, and nothing is renumbered", () => {
  const lock: LockFile = { hearth: 1, ipv4: { lan: { subnet: "10.42.1.0/24", hosts: { nas: "10.42.1.9" } } } };
  // GIVEN the site now asks for a /23 WHEN numbered THEN an error that says how to renumber on purpose
  const resized = allocateIpv4(space, [request("lan", 23, ["nas"])], lock, "site.lock.json");
  assert.match(resized.diagnostics[0]!.message, /network "lan" asks for a \/23, but site\.lock\.json gives it 10\.42\.1\.0\/24/);
  assert.match(resized.diagnostics[0]!.hint!, /delete "lan" from site\.lock\.json to number it again/);
  // GIVEN a pool that no longer holds the locked subnet
  const moved = allocateIpv4({ ...space, pools: ["192.168.0.0/16"] }, [request("lan", 24, ["nas"])], lock, "site.lock.json");
  assert.match(moved.diagnostics[0]!.message, /outside the site's IPv4 pools \(192\.168\.0\.0\/16\)/);
  // GIVEN a range reserved inside the locked subnet since
  const overlapping = allocateIpv4({ ...space, reserved: ["10.42.1.8/29"] }, [request("lan", 24, ["nas"])], lock, "site.lock.json");
  assert.match(overlapping.diagnostics[0]!.message, /network "lan" has 10\.42\.1\.0\/24 in site\.lock\.json, which overlaps a reserved range/);
  // GIVEN an existing LAN whose locked host address is now reserved (for the router's DHCP pool, say)
  const existing: Ipv4Request = { network: "lan", need: { subnet: "192.168.1.0/24" }, at: undefined, hosts: [{ name: "nas", fixed: undefined, at: undefined }] };
  const dhcpLock: LockFile = { hearth: 1, ipv4: { lan: { subnet: "192.168.1.0/24", hosts: { nas: "192.168.1.9" } } } };
  const reserved = allocateIpv4({ ...space, reserved: ["192.168.1.8/29"] }, [existing], dhcpLock, "site.lock.json");
  assert.match(reserved.diagnostics[0]!.message, /nas's address 192\.168\.1\.9 on network "lan" \(from site\.lock\.json\) is in a reserved range/);
  assert.match(reserved.diagnostics[0]!.hint!, /delete "nas" from network "lan" in site\.lock\.json/);
});

test("an exhausted pool and a site without pools are errors", () => {
  const full = allocateIpv4({ pools: ["10.9.0.0/24"], reserved: [], at: undefined }, [request("a", 24, []), request("b", 24, [])], EMPTY_LOCK, "site.lock.json");
  assert.equal(full.diagnostics.length, 1);
  assert.match(full.diagnostics[0]!.message, /no free \/24 is left in the site's IPv4 pools \(10\.9\.0\.0\/24\) for network "b"/);
  const none = allocateIpv4({ pools: [], reserved: [], at: undefined }, [request("a", 24, [])], EMPTY_LOCK, "site.lock.json");
  assert.match(none.diagnostics[0]!.message, /the site has no IPv4 pools/);
  const tiny = allocateIpv4(space, [request("p2p", 30, ["a", "b", "c"])], EMPTY_LOCK, "site.lock.json");
  assert.match(tiny.diagnostics[0]!.message, /has no free address left for c/);
});

test("fixed subnets and fixed host addresses are kept; a fixed address outside its subnet is an error", () => {
  const lan: Ipv4Request = {
    network: "lan",
    need: { subnet: "192.168.1.0/24" },
    at: undefined,
    hosts: [
      { name: "router", fixed: "192.168.1.1", at: undefined },
      { name: "nas", fixed: undefined, at: undefined },
      { name: "odd", fixed: "192.168.2.5", at: undefined },
    ],
  };
  const got = allocateIpv4(space, [lan], EMPTY_LOCK, "site.lock.json");
  assert.equal(got.hosts.get("lan")!.get("router"), "192.168.1.1");
  assert.equal(got.hosts.get("lan")!.get("nas"), "192.168.1.2");
  assert.deepEqual(got.lock.ipv4.lan, { subnet: "192.168.1.0/24", hosts: { nas: "192.168.1.2" } });
  assert.match(got.diagnostics[0]!.message, /odd's address 192\.168\.2\.5 on network "lan" is not a host address of 192\.168\.1\.0\/24/);
});

test("a locked host address that is not an address is an error, not a host left without one", () => {
  const lock: LockFile = { hearth: 1, ipv4: { lan: { subnet: "10.42.1.0/24", hosts: { nas: "ten" } } } };
  const got = allocateIpv4(space, [request("lan", 24, ["nas"])], lock, "site.lock.json");
  assert.match(got.diagnostics[0]!.message, /site\.lock\.json gives nas on network "lan" "ten", which is not an IPv4 address/);
  assert.match(got.diagnostics[0]!.hint!, /delete "nas" from network "lan" in site\.lock\.json/);
});
