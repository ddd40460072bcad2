// LANs in the lab: targets on the same LAN share a bridge in a namespace of its own,
// each through an interface named as the site says, up and without an address. Here the
// addresses are put on by hand (hearth's networkd config does it for real sites).
//
// Needs root; builds a base with the network packages once (about a minute, cached).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  type Target,
  LAB_NETWORK_PACKAGES,
  MANAGEMENT_IFNAME,
  attachLans,
  attachedLans,
  bootTarget,
  downAll,
  ensureBaseRootfs,
  labSshKey,
  lanNamespace,
  listLanNamespaces,
  listTargets,
  reapOrphans,
  sshExec,
  type SshKey,
} from "../../scripts/lab/index.ts";
import { run } from "../../scripts/lab/exec.ts";
import { labDown, labUp } from "../../scripts/lab/site-lab.ts";

const skip = process.getuid?.() === 0 ? false : "the lab needs root (network namespaces, mounts, systemd-nspawn): run as root";
// per process: parallel test runs never share a segment (or the addresses put on it)
const scope = `lan-test-${process.pid}`;

const ip = (t: Target, ...args: string[]) => t.exec(["ip", ...args]);
const ifindex = async (t: Target, ifname: string) => (await ip(t, "-o", "link", "show", ifname)).stdout.split(":")[0];
const ping = (t: Target, address: string) => t.exec(["ping", "-c", "1", "-W", "3", address], { allowFail: true });

const LAB_INDEX = fileURLToPath(new URL("../../scripts/lab/index.ts", import.meta.url));

/** A process that boots a target on `lan`, says so, and waits to be killed. */
async function bootOnLanInChild(dir: string, base: string, key: SshKey, lan: string): Promise<{ kill: (s: NodeJS.Signals) => Promise<void> }> {
  const script = join(dir, "child.mts");
  writeFileSync(
    script,
    `import { bootTarget } from ${JSON.stringify(LAB_INDEX)};
await bootTarget({ name: "lan-child", base: ${JSON.stringify(base)}, authorizedKey: ${JSON.stringify(key.publicKey)}, lans: [{ lan: ${JSON.stringify(lan)}, ifname: "lan0" }] });
console.log("up");
setInterval(() => {}, 1000);
`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("up") && resolve());
    void exited.then(() => reject(new Error("the child exited before its target was up")));
  });
  return { kill: (signal) => (child.kill(signal), exited) };
}

/** The namespace's links and addresses are gone with it; so are the targets' own. */
function assertGone(namespaces: readonly string[], targets: readonly Target[]): void {
  for (const ns of namespaces) assert.ok(!existsSync(`/run/netns/${ns}`), `LAN namespace ${ns} left`);
  for (const t of targets) assert.ok(!existsSync(`/run/netns/${t.id}`), `${t.name}: namespace ${t.id} left`);
}

describe("LANs between lab targets", { skip, timeout: 20 * 60_000 }, () => {
  let base = "";
  let key: SshKey;
  before(async () => {
    base = await ensureBaseRootfs({ extraPackages: [...LAB_NETWORK_PACKAGES] });
    key = await labSshKey();
  });
  after(async () => {
    await downAll();
  });

  test("two targets on a LAN reach each other over it, and nothing is left after down", async () => {
    const lan = `${scope}/lan`;
    const ns = lanNamespace(lan);
    assert.match(ns, /^hearth-lan-lan-test-\d+-lan-[0-9a-f]{8}$/);
    // GIVEN a on the LAN from boot, and b, booted on no LAN, plugged in while running
    // under a name the lab once used for itself
    const [a, b] = await Promise.all([
      bootTarget({ name: "lan-a", base, authorizedKey: key.publicKey, lans: [{ lan, ifname: "lan0" }] }),
      bootTarget({ name: "lan-b", base, authorizedKey: key.publicKey }),
    ]);
    // the base has systemd-resolved, which makes /etc/resolv.conf a symlink: still a clean boot
    for (const t of [a, b]) {
      assert.equal(t.bootState, "running", `${t.name}: failed units: ${t.failedUnits.join(" ")}`);
      assert.equal((await t.exec(["systemctl", "is-active", "systemd-resolved"])).stdout.trim(), "active");
    }
    await attachLans(b.id, [{ lan, ifname: "eth0" }]);
    assert.deepEqual(await attachedLans(b.id), [{ ifname: "eth0", namespace: ns }]);

    // THEN each has the interface, up, with no IPv4 or global IPv6 address from the lab
    for (const [t, ifname] of [[a, "lan0"], [b, "eth0"]] as const) {
      const link = (await ip(t, "-o", "link", "show", ifname)).stdout;
      assert.match(link, /[<,]UP[,>]/, `${t.name}: ${link}`);
      const addrs = (await ip(t, "-o", "addr", "show", "dev", ifname)).stdout;
      assert.doesNotMatch(addrs, /inet |scope global/, `${t.name}: ${addrs}`);
      // the lab's own link is still there, and ssh still goes through it
      assert.match((await ip(t, "-o", "link", "show", MANAGEMENT_IFNAME)).stdout, /UP/);
      assert.equal((await sshExec(t, key, ["hostname"])).stdout.trim(), t.name);
    }
    // the bridge's namespace has no address at all
    const lanAddrs = (await run("ip", ["-n", ns, "-o", "addr", "show"])).stdout;
    assert.doesNotMatch(lanAddrs, /inet/, lanAddrs);

    // WHEN addresses go on by hand, IPv4 and IPv6 (neighbour discovery over the bridge)
    await ip(a, "addr", "add", "192.168.77.1/24", "dev", "lan0");
    await ip(b, "addr", "add", "192.168.77.2/24", "dev", "eth0");
    await ip(a, "addr", "add", "fd77::1/64", "dev", "lan0", "nodad");
    await ip(b, "addr", "add", "fd77::2/64", "dev", "eth0", "nodad");
    // THEN they ping each other over the LAN
    for (const [t, to] of [[a, "192.168.77.2"], [b, "192.168.77.1"], [a, "fd77::2"], [b, "fd77::1"]] as const) {
      const r = await ping(t, to);
      assert.equal(r.code, 0, `${t.name} -> ${to}: ${r.stdout}${r.stderr}`);
    }

    // attaching again keeps the link as it is (same interface, address still on it)
    const before = await ifindex(a, "lan0");
    await attachLans(a.id, [{ lan, ifname: "lan0" }]);
    assert.equal(await ifindex(a, "lan0"), before);
    assert.equal((await ping(a, "192.168.77.2")).code, 0);

    // names the lab cannot give: its own link's, or one the target has for something else
    await assert.rejects(attachLans(a.id, [{ lan: `${scope}/other`, ifname: MANAGEMENT_IFNAME }]), /is the lab's own/);
    await assert.rejects(attachLans(a.id, [{ lan: `${scope}/other`, ifname: "lo" }]), /is the lab's own/);
    await assert.rejects(attachLans(a.id, [{ lan, ifname: "sixteen-chars-xx" }]), /not an interface name/);
    await ip(a, "link", "add", "dummy7", "type", "veth", "peer", "name", "dummy7p");
    await assert.rejects(attachLans(a.id, [{ lan, ifname: "dummy7" }]), /already has an interface dummy7 that is not a lab LAN link/);
    assert.deepEqual(await attachedLans(a.id), [{ ifname: "lan0", namespace: ns }], "a failed attach changed nothing");

    // WHEN a goes down, the LAN stays for b; when b goes down too, the LAN goes
    await a.down();
    assert.ok(existsSync(`/run/netns/${ns}`), "the LAN went while b was still on it");
    await b.down();
    assertGone([ns], [a, b]);
  });

  test("lab up plugs a site's machines into its LANs, adds what is missing on a re-run, and lab down removes it all", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-lab-lan-"));
    const names = [`${scope}-x`, `${scope}-y`];
    const ns = lanNamespace(`${scope}/home`);
    const nsBackbone = lanNamespace(`${scope}/backbone`);
    const log = () => {};
    try {
      // GIVEN x on LAN "home"; y on no LAN yet
      await labUp(scope, [{ name: names[0]!, lans: [{ network: "home", ifname: "lan0" }] }, { name: names[1]!, lans: [] }], [...LAB_NETWORK_PACKAGES], dir, log);
      const up = () => new Map(listTargets().filter((t) => names.includes(t.name) && !t.state.owner).map((t) => [t.name, t]));
      const [x, y] = names.map((n) => up().get(n)!);
      assert.ok(x && y);
      const xIndex = await ifindex(x, "lan0");
      assert.deepEqual(await attachedLans(y.id), []);

      // WHEN the site changes: y joins "home", x joins "backbone" too; lab up again
      const r = await labUp(
        scope,
        [
          { name: names[0]!, lans: [{ network: "home", ifname: "lan0" }, { network: "backbone", ifname: "bb0" }] },
          { name: names[1]!, lans: [{ network: "home", ifname: "enp3s0" }] },
        ],
        [...LAB_NETWORK_PACKAGES],
        dir,
        log,
      );
      // THEN nothing is rebooted, x keeps its link and gains one, y is plugged in
      assert.deepEqual(r.machines.map((m) => m.reused), [true, true]);
      assert.equal(await ifindex(x, "lan0"), xIndex, "an existing link was replaced");
      const sorted = (l: { ifname: string }[]) => [...l].sort((p, q) => p.ifname.localeCompare(q.ifname));
      assert.deepEqual(sorted(await attachedLans(x.id)), [{ ifname: "bb0", namespace: nsBackbone }, { ifname: "lan0", namespace: ns }]);
      assert.deepEqual(await attachedLans(y.id), [{ ifname: "enp3s0", namespace: ns }]);
      await ip(x, "addr", "add", "10.77.0.1/24", "dev", "lan0");
      await ip(y, "addr", "add", "10.77.0.2/24", "dev", "enp3s0");
      assert.equal((await ping(y, "10.77.0.1")).code, 0);

      // WHEN x leaves "backbone": its link goes, and so does the LAN nobody is on any more
      await labUp(scope, [{ name: names[0]!, lans: [{ network: "home", ifname: "lan0" }] }], [], dir, log);
      assert.deepEqual(await attachedLans(x.id), [{ ifname: "lan0", namespace: ns }]);
      assert.ok(!listLanNamespaces().includes(nsBackbone), "an empty LAN was left");

      // WHEN lab down
      assert.deepEqual((await labDown(names)).sort(), [...names].sort());
      assertGone([ns, nsBackbone], [x, y]);
    } finally {
      await labDown(names);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a process that is interrupted or killed leaves no LAN behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-lab-lan-"));
    try {
      for (const signal of ["SIGINT", "SIGKILL"] as const) {
        const lan = `${scope}/${signal}`;
        const child = await bootOnLanInChild(dir, base, key, lan);
        assert.ok(listLanNamespaces().includes(lanNamespace(lan)));
        await child.kill(signal);
        // SIGINT: its exit hook takes the target down; SIGKILL: the next reaper does
        if (signal === "SIGKILL") await reapOrphans();
        assertGone([lanNamespace(lan)], []);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
