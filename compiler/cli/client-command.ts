// `hearth client NAME`: a road warrior's WireGuard configuration, as text and as
// a QR code for the phone app. With --new-key the key pair is made here, in
// memory: the private key goes to the terminal only, never to a file.
import { generateKeyPairSync } from "node:crypto";
import { compileSite } from "../compile.ts";
import { renderClientConfig } from "../../stdlib/network/client-config.ts";
import { terminalQr } from "../../stdlib/network/terminal-qr.ts";
import { parse, siteAndMachines, UsageError } from "./args.ts";
import { reportDiagnostics } from "./output.ts";

export const clientHelp = `Usage: hearth client NAME [SITE] [--new-key] [--no-qr]

Prints the WireGuard configuration of road warrior NAME (a laptop or phone
declared with roadWarrior() in an overlay) and a QR code of it for the
WireGuard app. hearth compile also writes it, without a private key, to
out/clients/<overlay>-<NAME>.conf.

The device's private key is its own: without --new-key the configuration says
where to put it. With --new-key hearth makes a key pair in memory, prints the
private key only inside the configuration and QR code on this terminal, and
prints the public key to declare as roadWarrior(NAME, { publicKey }) in site.ts.

Options:
  --new-key    make a new key pair for the device (nothing is written to disk)
  --no-qr      print the configuration only
  --site FILE  the site, when not given as an argument
  -h, --help   show this help
`;

/** A WireGuard key pair (Curve25519, base64 as `wg genkey | wg pubkey` prints them). */
export function wireguardKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync("x25519");
  // the raw 32 bytes end the DER encodings
  const raw = (der: Buffer) => der.subarray(der.length - 32).toString("base64");
  return { privateKey: raw(privateKey.export({ format: "der", type: "pkcs8" })), publicKey: raw(publicKey.export({ format: "der", type: "spki" })) };
}

export async function clientCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { site: { type: "string" }, "new-key": { type: "boolean" }, "no-qr": { type: "boolean" } });
  if (values.help) return process.stdout.write(clientHelp), 0;
  const name = positionals.find((p) => !/[./]/.test(p));
  if (!name) throw new UsageError("name the road warrior: hearth client NAME [SITE]");
  const { sitePath } = siteAndMachines(positionals.filter((p) => p !== name), values.site as string | undefined);
  const result = await compileSite({ sitePath, write: false });
  reportDiagnostics(result.diagnostics.filter((d) => d.severity === "error"));
  if (!result.ok) return 1;
  const plans = (result.roadWarriors ?? []).filter((r) => r.name === name);
  if (plans.length === 0) {
    const known = (result.roadWarriors ?? []).map((r) => r.name);
    process.stderr.write(`hearth client: no road warrior named "${name}" in ${sitePath}${known.length ? ` (there are: ${known.join(", ")})` : ""}\n`);
    return 1;
  }
  const keys = values["new-key"] ? wireguardKeyPair() : undefined;
  for (const plan of plans) {
    const config = renderClientConfig(plan, keys?.privateKey);
    process.stdout.write(`# ${plan.name} on overlay ${plan.network}\n${config}`);
    if (plan.peers.length === 0) process.stderr.write(`hearth client: no machine of overlay "${plan.network}" has both a declared endpoint and a known key yet; the device has no one to dial\n`);
    if (!values["no-qr"]) process.stdout.write(`\n${await terminalQr(config)}\n`);
  }
  if (keys) process.stdout.write(`\nDeclare the device's public key in site.ts:\n  roadWarrior("${name}", { publicKey: "${keys.publicKey}" })\nThe private key above is shown once and stored nowhere.\n`);
  return 0;
}
