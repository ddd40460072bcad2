// `hearth facts`: what a machine is, learned over ssh in one round trip, with
// nothing but sh and coreutils on the machine (and wg, on machines in an overlay).
import type { GatheredFacts } from "../../compiler/facts.ts";
import { WIREGUARD_KEY_DIR } from "../../compiler/network/model.ts";
import { isWireguardKey } from "../../dsl/network.ts";
import { shq } from "../../compiler/shell-quote.ts";
import { WIREGUARD_KEY_SCRIPT } from "./wireguard-key.ts";

/** Prints key=value lines; /etc/os-release is read in a subshell so its names stay there. */
export const FACTS_SCRIPT = `
echo "hostname=$(hostname 2>/dev/null || cat /etc/hostname)"
echo "arch=$(uname -m)"
echo "nproc=$(nproc)"
while read -r key value _; do
  if [ "$key" = MemTotal: ]; then echo "memoryKiB=$value"; fi
done < /proc/meminfo
echo "systemd=$(systemctl --version 2>/dev/null | { read -r _ version _; echo "\${version:-}"; })"
(
  # shellcheck source=/dev/null
  . /etc/os-release 2>/dev/null
  echo "osId=\${ID:-}"
  echo "osVersion=\${VERSION_ID:-}"
  echo "osCodename=\${VERSION_CODENAME:-}"
)
`;

/**
 * FACTS_SCRIPT, and for a machine in an overlay also its WireGuard key pair (made once,
 * as root: through sudo -n when the login user is not root).
 */
export function factsScript(opts: { readonly wireguard: boolean }): string {
  if (!opts.wireguard) return FACTS_SCRIPT;
  const key = `sh -c "$wireguard_key" sh ${shq(WIREGUARD_KEY_DIR)}`;
  return `${FACTS_SCRIPT}# shellcheck disable=SC2016 # a script for sh -c: it expands there
wireguard_key=${shq(WIREGUARD_KEY_SCRIPT)}
if [ "$(id -u)" -eq 0 ]; then
  ${key} || echo "warning=could not make its WireGuard key (exit $?)"
else
  sudo -n ${key} || echo "warning=could not make its WireGuard key as root with sudo -n (exit $?)"
fi
`;
}

/** What a machine said: its facts, and warnings to pass on (facts are still recorded). */
export interface FactsAnswer {
  readonly facts: GatheredFacts;
  readonly warnings: readonly string[];
}

/** Parses factsScript()'s output; a string saying what is missing when it is incomplete. */
export function parseFacts(text: string): FactsAnswer | string {
  const lines = text.split("\n").filter((l) => l.includes("="));
  const kv = new Map(lines.map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1).trim()] as const));
  const warnings = lines.filter((l) => l.startsWith("warning=")).map((l) => l.slice("warning=".length).trim());
  const nproc = Number(kv.get("nproc"));
  const memoryKiB = Number(kv.get("memoryKiB"));
  const missing = ["hostname", "arch", "osId"].filter((k) => !kv.get(k));
  if (!Number.isInteger(nproc) || nproc < 1) missing.push("nproc");
  if (!Number.isFinite(memoryKiB) || memoryKiB <= 0) missing.push("memory");
  if (missing.length > 0) return `could not read ${missing.join(", ")} from the machine`;
  const publicKey = kv.get("wireguardPublicKey");
  if (publicKey !== undefined && !isWireguardKey(publicKey)) warnings.push(`its WireGuard public key is not one (${JSON.stringify(publicKey.slice(0, 60))}); not recorded`);
  const facts: GatheredFacts = {
    hostname: kv.get("hostname")!,
    arch: kv.get("arch")!,
    nproc,
    memoryMiB: Math.round(memoryKiB / 1024),
    osId: kv.get("osId")!,
    osVersion: kv.get("osVersion") ?? "",
    osCodename: kv.get("osCodename") ?? "",
    ...(/^\d+$/.test(kv.get("systemd") ?? "") ? { systemd: Number(kv.get("systemd")) } : {}),
    ...(publicKey !== undefined && isWireguardKey(publicKey) ? { wireguardPublicKey: publicKey } : {}),
  };
  return { facts, warnings };
}
