// Gathered facts (site.facts.json beside site.ts) feed the layers; compile never contacts a host.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { factsScript, parseFacts } from "../scripts/facts/gather.ts";
import { storeFacts } from "../scripts/facts/store.ts";
import { WIREGUARD_KEY_SCRIPT } from "../scripts/facts/wireguard-key.ts";
import { ensureShells } from "./support/installer-harness.ts";
import { tempSite } from "./support/temp-site.ts";

const source = `import { file, layer, machine, site } from "hearth";
const a = layer("a", (m) => [file("/usr/local/etc/facts", \`\${m.facts.nproc} cores, \${m.facts.arch}, \${m.facts.osCodename ?? "unknown os"}\\n\`)]);
export default site({ name: "t", domain: "t.test", machines: [
  machine("one", { facts: { arch: "aarch64", nproc: 2 }, layers: [a] }), /*one*/
  machine("two", { facts: { nproc: 1 }, layers: [a] }),
] });
`;
const gathered = { hostname: "one", arch: "x86_64", nproc: 8, memoryMiB: 4096, osId: "debian", osVersion: "12", osCodename: "bookworm" };
const factsFile = (dir: string) => {
  const text = (r: Awaited<ReturnType<typeof compileSite>>, m: string) =>
    Buffer.from(r.machines.find((x) => x.name === m)!.generation.tree.find((e) => e.path === "etc/facts")!.content!).toString();
  return { text, path: join(dir, "site.facts.json") };
};

test("without site.facts.json, layers see the declared facts", async () => {
  const { dir, sitePath } = tempSite(source);
  const r = await compileSite({ sitePath, write: false });
  assert.ok(r.ok, formatDiagnostics(r.diagnostics));
  assert.equal(factsFile(dir).text(r, "one"), "2 cores, aarch64, unknown os\n");
});

test("gathered facts override declared ones, with a warning at the machine where they disagree", async () => {
  const { dir, sitePath } = tempSite(source);
  const f = factsFile(dir);
  writeFileSync(f.path, JSON.stringify({ hearth: 1, machines: { one: gathered } }));
  const r = await compileSite({ sitePath, write: false });
  assert.ok(r.ok);
  assert.equal(f.text(r, "one"), "8 cores, x86_64, bookworm\n");
  assert.equal(f.text(r, "two"), "1 cores, undefined, unknown os\n", "a machine without gathered facts keeps its declared ones");
  const text = formatDiagnostics(r.diagnostics, dir);
  assert.match(text, /site\.ts:4: warning: machine "one" declares arch: "aarch64", but site\.facts\.json says "x86_64"; using the gathered value/);
  assert.match(text, /declares nproc: 2, but site\.facts\.json says 8/);
});

test("a malformed site.facts.json is an error that says how to remake it", async () => {
  const { dir, sitePath } = tempSite(source);
  writeFileSync(factsFile(dir).path, JSON.stringify({ hearth: 1, machines: { one: { ...gathered, nproc: "eight" } } }));
  const r = await compileSite({ sitePath, write: false });
  assert.equal(r.ok, false);
  assert.match(formatDiagnostics(r.diagnostics, dir), /site\.facts\.json:1: error: site\.facts\.json has no number "nproc" for machine "one"\n {2}fix: run `hearth facts`/);
});

// ---- WireGuard keys: made on the machine by `hearth facts`, only the public half recorded

const PUBLIC = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
const machineSaid = (extra: string) =>
  `hostname=one\narch=x86_64\nnproc=8\nmemoryKiB=4194304\nsystemd=252\nosId=debian\nosVersion=12\nosCodename=bookworm\n${extra}`;

test("parseFacts records a machine's WireGuard public key, and passes warnings on", () => {
  const ok = parseFacts(machineSaid(`wireguardPublicKey=${PUBLIC}\n`));
  assert.ok(typeof ok !== "string");
  assert.equal(ok.facts.wireguardPublicKey, PUBLIC);
  assert.deepEqual(ok.warnings, []);
  // GIVEN no wg on the machine THEN facts are still gathered, without a key, with the warning
  const noWg = parseFacts(machineSaid("warning=wg is not installed: the machine needs wireguard-tools for its WireGuard key\n"));
  assert.ok(typeof noWg !== "string");
  assert.equal(noWg.facts.wireguardPublicKey, undefined);
  assert.deepEqual(noWg.warnings, ["wg is not installed: the machine needs wireguard-tools for its WireGuard key"]);
  // a key that is not one is not recorded
  const bad = parseFacts(machineSaid("wireguardPublicKey=not-a-key\n"));
  assert.ok(typeof bad !== "string");
  assert.equal(bad.facts.wireguardPublicKey, undefined);
  assert.match(bad.warnings.join("\n"), /is not one/);
});

test("a gathered WireGuard key reaches the layers; one that is not a key is an error", async () => {
  const src = `import { file, layer, machine, site } from "hearth";
const a = layer("a", (m) => [file("/usr/local/etc/wg", \`\${m.facts.wireguardPublicKey ?? "none"}\\n\`)]);
export default site({ name: "t", domain: "t.test", machines: [machine("one", { layers: [a] }), machine("two", { facts: { wireguardPublicKey: "${PUBLIC}" }, layers: [a] })] });
`;
  const { dir, sitePath } = tempSite(src);
  writeFileSync(join(dir, "site.facts.json"), JSON.stringify({ hearth: 1, machines: { one: { ...gathered, wireguardPublicKey: PUBLIC } } }));
  const r = await compileSite({ sitePath, write: false });
  assert.ok(r.ok, formatDiagnostics(r.diagnostics));
  const wg = (m: string) => Buffer.from(r.machines.find((x) => x.name === m)!.generation.tree.find((e) => e.path === "etc/wg")!.content!).toString();
  assert.equal(wg("one"), `${PUBLIC}\n`, "gathered");
  assert.equal(wg("two"), `${PUBLIC}\n`, "declared in site.ts");

  writeFileSync(join(dir, "site.facts.json"), JSON.stringify({ hearth: 1, machines: { one: { ...gathered, wireguardPublicKey: "AAAA" } } }));
  const bad = await compileSite({ sitePath, write: false });
  assert.equal(bad.ok, false);
  assert.match(formatDiagnostics(bad.diagnostics, dir), /site\.facts\.json:1: error: site\.facts\.json has a "wireguardPublicKey" for machine "one" that is not a WireGuard public key/);
});

test("gathering again keeps a recorded WireGuard key when the machine could not give one this time", () => {
  const { dir } = tempSite("");
  const read = () => JSON.parse(readFileSync(join(dir, "site.facts.json"), "utf8")).machines;
  storeFacts(dir, { one: { ...gathered, wireguardPublicKey: PUBLIC }, two: gathered });
  storeFacts(dir, { one: { ...gathered, nproc: 4 } });
  assert.equal(read().one.wireguardPublicKey, PUBLIC);
  assert.equal(read().one.nproc, 4);
  assert.equal(read().two.wireguardPublicKey, undefined);
  const other = PUBLIC.replace("y", "x");
  storeFacts(dir, { one: { ...gathered, wireguardPublicKey: other } });
  assert.equal(read().one.wireguardPublicKey, other, "a new key replaces the old one");
});

describe("the WireGuard key script (dash as sh, a stand-in wg)", () => {
  // genkey: 32 random bytes in base64, like wg's; pubkey: derived, different, well formed
  const FAKE_WG = `#!/bin/sh
case $1 in
  genkey) head -c 32 /dev/urandom | base64 ;;
  pubkey) read -r k && [ \${#k} -eq 44 ] || { echo "wg: Key is not the correct length or format" >&2; exit 1; }
          printf 'pub%s\\n' "$(printf '%s' "$k" | cut -c4-)" ;;
esac
`;
  const sandbox = () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-wgkey-"));
    mkdirSync(join(dir, "bin"));
    writeFileSync(join(dir, "bin/wg"), FAKE_WG, { mode: 0o755 });
    ensureShells();
    symlinkSync(spawnSync("sh", ["-c", "command -v dash"], { encoding: "utf8" }).stdout.trim(), join(dir, "bin/sh"));
    for (const tool of ["mkdir", "chmod", "mktemp", "sync", "mv", "rm", "head", "base64", "cut"]) {
      const found = spawnSync("sh", ["-c", 'command -v "$1"', "sh", tool], { encoding: "utf8" }).stdout.trim();
      if (found) symlinkSync(found, join(dir, "bin", tool));
    }
    return dir;
  };
  const run = (dir: string, withWg = true) => {
    if (!withWg) rmSync(join(dir, "bin/wg"), { force: true });
    return spawnSync(join(dir, "bin/sh"), ["-c", WIREGUARD_KEY_SCRIPT, "sh", join(dir, "state/wireguard")], { encoding: "utf8", env: { PATH: join(dir, "bin") } });
  };

  test("makes the key once, readable by its owner alone, and prints only the public half", () => {
    const dir = sandbox();
    const first = run(dir);
    assert.equal(first.status, 0, first.stderr);
    const key = join(dir, "state/wireguard/private.key");
    const priv = readFileSync(key, "utf8").trim();
    assert.match(first.stdout, /^wireguardPublicKey=pub\S{41}\n$/);
    assert.ok(!first.stdout.includes(priv) && !first.stderr.includes(priv), "the private key was printed");
    assert.equal(statSync(key).mode & 0o777, 0o600);
    assert.equal(statSync(join(dir, "state/wireguard")).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, "state")).mode & 0o777, 0o755 & ~process.umask());
    assert.deepEqual(readdirSync(join(dir, "state/wireguard")), ["private.key"], "a temporary file was left");
    // THEN a second run finds the same key
    assert.equal(run(dir).stdout, first.stdout);
    assert.equal(readFileSync(key, "utf8").trim(), priv);
    // an empty key file (an interrupted copy, say) is replaced
    writeFileSync(key, "");
    assert.match(run(dir).stdout, /^wireguardPublicKey=/);
    assert.notEqual(readFileSync(key, "utf8").trim(), "");
    // a key file that is not a key is kept, with a warning
    writeFileSync(key, "garbage\n");
    const bad = run(dir);
    assert.match(bad.stdout, /^warning=.*private\.key is not a WireGuard private key/);
    assert.equal(readFileSync(key, "utf8"), "garbage\n");
  });

  test("without wg it warns and makes nothing", () => {
    const dir = sandbox();
    const r = run(dir, false);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "warning=wg is not installed: the machine needs wireguard-tools for its WireGuard key\n");
    assert.ok(!existsSync(join(dir, "state")));
  });

  test("the facts script, with and without the key part, is clean under shellcheck -s sh", () => {
    ensureShells();
    for (const wireguard of [false, true]) {
      const r = spawnSync("shellcheck", ["-s", "sh", "-"], { input: factsScript({ wireguard }), encoding: "utf8" });
      assert.equal(r.status, 0, r.stdout + r.stderr);
    }
    assert.doesNotMatch(factsScript({ wireguard: false }), /wg|wireguard/);
    assert.match(factsScript({ wireguard: true }), /sh \/var\/lib\/hearth\/wireguard/);
  });
});
