// `hearth facts`: what a machine is, learned over ssh in one round trip, with
// nothing but sh and coreutils on the machine.
import type { GatheredFacts } from "../../compiler/facts.ts";

/** Prints key=value lines; /etc/os-release is read in a subshell so its names stay there. */
export const FACTS_SCRIPT = `
echo "hostname=$(hostname 2>/dev/null || cat /etc/hostname)"
echo "arch=$(uname -m)"
echo "nproc=$(nproc)"
while read -r key value _; do
  if [ "$key" = MemTotal: ]; then echo "memoryKiB=$value"; fi
done < /proc/meminfo
set -- $(systemctl --version 2>/dev/null)
echo "systemd=\${2:-}"
(
  . /etc/os-release 2>/dev/null
  echo "osId=\${ID:-}"
  echo "osVersion=\${VERSION_ID:-}"
  echo "osCodename=\${VERSION_CODENAME:-}"
)
`;

/** Parses FACTS_SCRIPT's output; a string saying what is missing when it is incomplete. */
export function parseFacts(text: string): GatheredFacts | string {
  const kv = new Map(
    text
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1).trim()] as const),
  );
  const nproc = Number(kv.get("nproc"));
  const memoryKiB = Number(kv.get("memoryKiB"));
  const missing = ["hostname", "arch", "osId"].filter((k) => !kv.get(k));
  if (!Number.isInteger(nproc) || nproc < 1) missing.push("nproc");
  if (!Number.isFinite(memoryKiB) || memoryKiB <= 0) missing.push("memory");
  if (missing.length > 0) return `could not read ${missing.join(", ")} from the machine`;
  return {
    hostname: kv.get("hostname")!,
    arch: kv.get("arch")!,
    nproc,
    memoryMiB: Math.round(memoryKiB / 1024),
    osId: kv.get("osId")!,
    osVersion: kv.get("osVersion") ?? "",
    osCodename: kv.get("osCodename") ?? "",
    ...(/^\d+$/.test(kv.get("systemd") ?? "") ? { systemd: Number(kv.get("systemd")) } : {}),
  };
}
