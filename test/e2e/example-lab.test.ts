// The README's main command, end to end: `hearth lab up` for the example site,
// `hearth facts` (which also makes each machine's WireGuard key), `hearth ship`
// to the three local machines with their health checks, `hearth verify`; then
// the network the site describes, for real: names through the DNS tree, traffic
// over the overlay, the firewall, a changed peer; and `hearth lab down`.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { listTargets, type Target } from "../../scripts/lab/index.ts";
import { hostAddress, interfaceIdHex, sitePrefixHex, subnet64Hex, subnetIdHex } from "../../compiler/network/ula.ts";
import { runHearth } from "../support/run-cli.ts";

const skip = process.getuid?.() === 0 ? false : "the lab needs root";
const example = join(import.meta.dirname, "..", "..", "sites", "example");
const MACHINES = ["nas", "router", "web"];

/** A machine's address on a network of the example site, derived as the compiler does (README "Addresses"). */
const ula = (network: string, host: string) => hostAddress(subnet64Hex(sitePrefixHex("home"), subnetIdHex("home", network)), interfaceIdHex("home", host));
const lab = (name: string): Target => listTargets().find((t) => t.name === name && !t.state.owner)!;
/** Runs sh on a lab machine (through nsenter, not the network under test). */
const sh = (name: string, script: string) => lab(name).exec(["sh", "-c", script], { allowFail: true });
/** An HTTP GET with nothing but bash, as minbase has no curl: the status line, or bash's failure. */
const httpGet = (host: string, port: number) =>
  `timeout 5 bash -c 'exec 3<>/dev/tcp/${host}/${port} && printf "GET / HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n" >&3 && head -n 1 <&3'`;
const invocations = async (name: string, units: readonly string[]) =>
  (await sh(name, `systemctl show -p InvocationID --value ${units.join(" ")}`)).stdout.split("\n").filter((l) => l !== "");

describe("the example site in the lab", { skip, timeout: 600_000 }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "hearth-example-lab-"));
    cpSync(example, dir, { recursive: true });
  });
  after(async () => {
    await runHearth(["lab", "down", "site.ts"], dir);
  });

  test("lab up boots one machine per site machine and writes an inventory", async () => {
    const r = await runHearth(["lab", "up", "site.ts"], dir);
    assert.equal(r.code, 0, r.stderr);
    const inventory = JSON.parse(readFileSync(join(dir, "out/lab/inventory.json"), "utf8"));
    assert.deepEqual(Object.keys(inventory).sort(), MACHINES);
    assert.match(r.stdout, /next: hearth ship site\.ts --inventory out\/lab\/inventory\.json/);
  });

  test("facts gathers each machine's facts into site.facts.json, which compile then uses", async () => {
    const r = await runHearth(["facts", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(r.code, 0, r.stderr);
    const facts = JSON.parse(readFileSync(join(dir, "site.facts.json"), "utf8"));
    for (const m of MACHINES) {
      assert.equal(facts.machines[m].osCodename, "bookworm");
      assert.equal(facts.machines[m].systemd, 252);
      assert.equal(facts.machines[m].hostname, m);
      assert.ok(facts.machines[m].nproc >= 1);
    }
    const compiled = await runHearth(["compile", "site.ts"], dir);
    assert.equal(compiled.code, 0, compiled.stderr);
    // web declares aarch64; the lab machine is whatever this host is: compile says so
    assert.match(compiled.stderr, /warning: machine "web" declares arch: "aarch64", but site\.facts\.json says/);
  });

  test("ship installs every machine, its health checks pass, and verify finds no drift", async () => {
    const r = await runHearth(["ship", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    for (const m of MACHINES) assert.match(r.stdout, new RegExp(`^${m} +\\(none\\) → [0-9a-f]{16} .* ok$`, "m"));
    const again = await runHearth(["ship", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /3 machines: 3 unchanged/);
    const verify = await runHearth(["verify", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  });

  test("the overlay is up: every machine resolves the others through the DNS tree and reaches them over the overlay's ULA", async () => {
    const web = ula("mesh", "web");
    for (const from of ["nas", "router"]) {
      // names: asked of this machine's resolver, answered by web's own DNS server
      const name = await sh(from, "getent ahostsv6 mesh.web.home.arpa");
      assert.match(name.stdout, new RegExp(`^${web}\\s`, "m"), `${from}: ${name.stdout}${name.stderr}`);
      const all = await sh(from, "getent ahosts web.home.arpa; getent ahosts www.web.home.arpa");
      assert.match(all.stdout, /^10\.42\.0\.3\s/m, all.stdout);
      assert.match(all.stdout, /^10\.42\.1\.3\s/m, all.stdout);
      // reverse: the PTR of web's overlay address comes from web
      const reverse = await sh(from, `getent hosts ${web}`);
      assert.match(reverse.stdout, /web\.home\.arpa/, `${from}: reverse ${reverse.stdout}${reverse.stderr}`);
      // traffic: nginx on web, over the overlay, by name
      const got = await sh(from, httpGet("mesh.web.home.arpa", 80));
      assert.match(got.stdout, /^HTTP\/1\.1 200/, `${from}: ${got.stdout}${got.stderr}`);
    }
    // systemd-resolved routes each machine's names over the link that reaches it, the overlay here
    const routes = await sh("nas", "resolvectl domain wg-mesh; resolvectl dns wg-mesh");
    assert.match(routes.stdout, /~web\.home\.arpa/, routes.stdout + routes.stderr);
    assert.match(routes.stdout, new RegExp(web.replace(/[.]/g, "\\.")), routes.stdout);
    // and the tunnel really carried it: nas has a handshake with web
    const wg = await sh("nas", "wg show wg-mesh latest-handshakes");
    assert.equal(wg.stdout.trim().split("\n").length, 2, wg.stdout);
    assert.ok(wg.stdout.split("\n").some((l) => /\s[1-9]\d*$/.test(l)), `no handshake yet: ${wg.stdout}`);
  });

  test("a port the site does not open is unreachable; the one it opens answers", async () => {
    // web's status page listens on 8081 (it answers locally) but allow() opens only 80
    assert.match((await sh("web", httpGet("127.0.0.1", 8081))).stdout, /^HTTP\/1\.[01] 200/);
    const blocked = await sh("nas", httpGet(ula("mesh", "web"), 8081));
    assert.notEqual(blocked.code, 0, `8081 answered over the overlay: ${blocked.stdout}`);
    const blockedLan = await sh("nas", httpGet("10.42.0.3", 8081));
    assert.notEqual(blockedLan.code, 0, `8081 answered over the LAN: ${blockedLan.stdout}`);
    assert.match((await sh("nas", httpGet("10.42.0.3", 80))).stdout, /^HTTP\/1\.1 200/);
  });

  test("a changed peer restarts only the overlay unit", async () => {
    const units = ["hearth-wg-mesh.service", "hearth-dns.service", "hearth-firewall.service", "systemd-networkd.service", "systemd-resolved.service", "heartbeat.service"];
    const before = await invocations("router", units);
    assert.ok(before.every((id) => /^[0-9a-f]{32}$/.test(id)), `not all running: ${before.join(" ")}`);
    // GIVEN a phone joins the overlay: it dials the router, the one machine with a declared endpoint
    const site = join(dir, "site.ts");
    writeFileSync(site, readFileSync(site, "utf8").replace('roadWarriors: [roadWarrior("laptop"', 'roadWarriors: [roadWarrior("phone", { publicKey: "kD5yB6IzMHnJzX4dbfWFCqHHkTT6V9X/6ynDqlaIjxU=" }), roadWarrior("laptop"'));
    // WHEN shipped
    const r = await runHearth(["ship", "site.ts", "--inventory", "out/lab/inventory.json"], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^3 machines: (1 ok, 2 unchanged|2 unchanged, 1 ok)$/m);
    assert.match(r.stdout, /^router .* 1 restarted .* ok$/m);
    // THEN on the router only the overlay's unit started again, with the phone as a peer
    const after = await invocations("router", units);
    assert.notEqual(after[0], before[0], "hearth-wg-mesh.service was not restarted");
    assert.deepEqual(after.slice(1), before.slice(1), "something besides the overlay restarted");
    assert.match((await sh("router", "wg show wg-mesh peers")).stdout, /kD5yB6IzMHnJzX4dbfWFCqHHkTT6V9X\/6ynDqlaIjxU=/);
    assert.ok(existsSync(join(dir, "out/clients/mesh-phone.conf")));
  });

  test("lab down removes the machines", async () => {
    const r = await runHearth(["lab", "down", "site.ts"], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!listTargets().some((t) => MACHINES.includes(t.name) && !t.state.owner));
    assert.ok(existsSync(join(dir, "out/lab/inventory.json")));
  });
});
