// The example site as it is after `hearth facts`: a copy with a site.facts.json
// that knows every machine's WireGuard public key, so the overlay is complete.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wireguardKeyPair } from "../../compiler/cli/client-command.ts";

export const EXAMPLE_DIR = join(import.meta.dirname, "..", "..", "sites", "example");

/** The warnings a fresh clone of the example site compiles with: no machine has a key yet. */
export const PENDING_KEY_WARNING = /^machine "(router|nas|web)" has no WireGuard key yet: overlay "mesh" leaves it out$/;

export function exampleWithKeys(): { dir: string; sitePath: string } {
  const dir = mkdtempSync(join(tmpdir(), "hearth-example-keys-"));
  cpSync(EXAMPLE_DIR, dir, { recursive: true });
  writeExampleFacts(dir);
  return { dir, sitePath: join(dir, "site.ts") };
}

/** The site.facts.json `hearth facts` would write for the example's three machines, each with a key of its own. */
export function writeExampleFacts(dir: string): void {
  const machine = (hostname: string, arch: string, nproc: number) => ({
    hostname,
    arch,
    nproc,
    memoryMiB: 2048,
    osId: "debian",
    osVersion: "12",
    osCodename: "bookworm",
    systemd: 252,
    wireguardPublicKey: wireguardKeyPair().publicKey,
  });
  const facts = { hearth: 1, machines: { router: machine("router", "x86_64", 2), nas: machine("nas", "x86_64", 4), web: machine("web", "aarch64", 4) } };
  writeFileSync(join(dir, "site.facts.json"), `${JSON.stringify(facts, null, 2)}\n`);
}
