// `hearth client`: a road warrior's configuration from the site graph, its QR code,
// and a key pair made in memory whose private half is shown once and stored nowhere.
import assert from "node:assert/strict";
import { createPrivateKey, createPublicKey } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runHearth } from "./support/run-cli.ts";
import { exampleWithKeys } from "./support/example-keys.ts";

/** The public key of a raw X25519 private key (base64), as `wg pubkey` computes it. */
function publicKeyOf(privateKey: string): string {
  const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), Buffer.from(privateKey, "base64")]);
  const der = createPublicKey(createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" })).export({ format: "der", type: "spki" });
  return der.subarray(der.length - 32).toString("base64");
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).map((f) => join(dir, f));

test("hearth client prints the road warrior's configuration: its addresses, the hubs it dials, no private key", async () => {
  // GIVEN the example site after `hearth facts` (the router's key known; it declares an endpoint)
  const { dir } = exampleWithKeys();
  const facts = JSON.parse(readFileSync(join(dir, "site.facts.json"), "utf8"));
  // WHEN asked for the laptop's configuration
  const r = await runHearth(["client", "laptop", "site.ts", "--no-qr"], dir);
  assert.equal(r.code, 0, r.stderr);
  // THEN its overlay addresses, the router as its one peer, and a place for the device's own key
  assert.match(r.stdout, /^Address = fd0d:d81c:eb95:25da:[0-9a-f:]+\/128, 10\.42\.1\.4\/32$/m);
  assert.match(r.stdout, /^# PrivateKey = /m);
  assert.doesNotMatch(r.stdout, /^PrivateKey/m);
  assert.equal(r.stdout.match(/^\[Peer\]$/gm)?.length, 1);
  assert.ok(r.stdout.includes(`PublicKey = ${facts.machines.router.wireguardPublicKey}`));
  assert.match(r.stdout, /^Endpoint = router\.example\.org:51820$/m);
  assert.match(r.stdout, /^AllowedIPs = fd0d:d81c:eb95:25da:[0-9a-f:]+\/128, 10\.42\.1\.1\/32$/m);
  assert.match(r.stdout, /^DNS = .*home\.arpa/m);
  // AND with the QR code: block characters only, besides the terminal's colour codes
  const qr = await runHearth(["client", "laptop", "site.ts"], dir);
  assert.match(qr.stdout, /[▀▄█]{20}/);
});

test("hearth client --new-key: the private key appears once on the terminal, its public key is the one to declare, nothing is written", async () => {
  const { dir } = exampleWithKeys();
  const before = filesUnder(dir).length;
  const r = await runHearth(["client", "laptop", "site.ts", "--new-key", "--no-qr"], dir);
  assert.equal(r.code, 0, r.stderr);
  const privateKey = /^PrivateKey = (\S+)$/m.exec(r.stdout)?.[1];
  const publicKey = /roadWarrior\("laptop", \{ publicKey: "(\S+)" \}\)/.exec(r.stdout)?.[1];
  assert.ok(privateKey && publicKey, r.stdout);
  assert.equal(publicKeyOf(privateKey), publicKey);
  assert.equal(r.stdout.split(privateKey).length, 2, "the private key is printed exactly once");
  // nothing new on disk, and no file holds the private key
  assert.equal(filesUnder(dir).length, before);
  for (const f of filesUnder(dir)) assert.ok(!readFileSync(f).includes(privateKey), f);
});

test("hearth client with a name the site does not have says which it has", async () => {
  const { dir } = exampleWithKeys();
  const r = await runHearth(["client", "tablet", "site.ts"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no road warrior named "tablet" in site\.ts \(there are: laptop\)/);
});
