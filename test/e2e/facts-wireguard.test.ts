// `hearth facts` makes a WireGuard key pair on machines in an overlay, once, and records
// only the public key: against real Debian targets in the lab, through the real CLI.
//
// Needs root; builds a base with the network packages once (about a minute, cached).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { WIREGUARD_KEY_DIR } from "../../compiler/network/model.ts";
import { type BootedTarget, LAB_NETWORK_PACKAGES, bootTarget, downAll, ensureBaseRootfs, labSshKey } from "../../scripts/lab/index.ts";
import { runHearth } from "../support/run-cli.ts";

const skip = process.getuid?.() === 0 ? false : "the lab needs root (network namespaces, mounts, systemd-nspawn): run as root";

const SITE = `import { machine, overlay, peer, site } from "hearth";
const mesh = overlay("mesh");
export default site({ name: "wgt", domain: "wgt.test", machines: [
  machine("wg1", { layers: [], networks: [peer(mesh)] }),
  machine("nowg", { layers: [], networks: [peer(mesh)] }),
  machine("plain", { layers: [] }),
] });
`;
const KEY = `${WIREGUARD_KEY_DIR}/private.key`;

describe("hearth facts and WireGuard keys", { skip, timeout: 20 * 60_000 }, () => {
  let dir = "";
  const targets = new Map<string, BootedTarget>();
  before(async () => {
    const base = await ensureBaseRootfs({ extraPackages: [...LAB_NETWORK_PACKAGES] });
    const key = await labSshKey();
    dir = mkdtempSync(join(tmpdir(), "hearth-facts-wg-"));
    for (const t of await Promise.all(["wg1", "nowg", "plain"].map((name) => bootTarget({ name, base, authorizedKey: key.publicKey })))) targets.set(t.name, t);
    // nowg is in the overlay, but without wireguard-tools
    await targets.get("nowg")!.exec(["rm", "/usr/bin/wg"]);
    const inventory = Object.fromEntries([...targets].map(([m, t]) => [m, { host: t.address, user: "root", identity: key.privateKeyPath, knownHosts: "known_hosts" }]));
    writeFileSync(join(dir, "inventory.json"), JSON.stringify(inventory));
    writeFileSync(join(dir, "known_hosts"), [...targets.values()].map((t) => `${t.address} ${t.hostPublicKey}\n`).join(""));
    writeFileSync(join(dir, "site.ts"), SITE);
  });
  after(async () => {
    await downAll();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the key is made once on the machine, and only its public half leaves it", async () => {
    // WHEN facts are gathered twice
    const facts = () => runHearth(["facts", "site.ts", "--inventory", "inventory.json"], dir);
    const first = await facts();
    const factsFile = () => JSON.parse(readFileSync(join(dir, "site.facts.json"), "utf8")).machines;
    const firstKey = factsFile().wg1?.wireguardPublicKey;
    const second = await facts();
    for (const r of [first, second]) assert.equal(r.code, 0, r.stdout + r.stderr);

    // THEN wg1 has one key, the same both times, and it is the one its private key gives
    const wg1 = targets.get("wg1")!;
    const publicKey = (await wg1.exec(["sh", "-c", `wg pubkey < ${KEY}`])).stdout.trim();
    assert.match(publicKey, /^[A-Za-z0-9+/]{43}=$/);
    assert.equal(firstKey, publicKey);
    assert.equal(factsFile().wg1.wireguardPublicKey, publicKey);
    for (const r of [first, second]) assert.match(r.stdout, new RegExp(`^wg1 .*, wireguard key: ${publicKey.slice(0, 8).replace(/\+/g, "\\+")}…$`, "m"));
    // readable by root alone
    assert.equal((await wg1.exec(["stat", "-c", "%a %U", WIREGUARD_KEY_DIR, KEY])).stdout, "700 root\n600 root\n");
    // and the private key is nowhere but there
    const privateKey = (await wg1.exec(["cat", KEY])).stdout.trim();
    assert.match(privateKey, /^[A-Za-z0-9+/]{43}=$/);
    const seen = [first.stdout, first.stderr, second.stdout, second.stderr, readFileSync(join(dir, "site.facts.json"), "utf8")].join("\n");
    assert.ok(!seen.includes(privateKey), "the private key left the machine");
    assert.ok(!seen.includes(privateKey.slice(0, 20)), "part of the private key left the machine");

    // a machine in the overlay without wg: a warning, its facts all the same, no key
    for (const r of [first, second]) assert.match(r.stderr, /hearth facts: nowg: warning: wg is not installed: the machine needs wireguard-tools/);
    assert.equal(factsFile().nowg.hostname, "nowg");
    assert.equal(factsFile().nowg.wireguardPublicKey, undefined);
    // a machine in no overlay gets no key
    assert.equal(factsFile().plain.hostname, "plain");
    assert.equal(factsFile().plain.wireguardPublicKey, undefined);
    assert.equal((await targets.get("plain")!.exec(["test", "-e", WIREGUARD_KEY_DIR], { allowFail: true })).code, 1);
    assert.doesNotMatch(first.stdout + second.stdout, /^(nowg|plain) .*wireguard key/m);
  });
});
