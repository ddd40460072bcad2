// What the shipper keeps on a target and asks of it: the staging directory of
// ACTIVATION.md, and one read-only probe that says where the machine stands.
import { shq } from "../../compiler/shell-quote.ts";
import { parseStatus, type ActivationStatus } from "./status.ts";

export const SHIP_DIR = "/var/cache/hearth/ship";
export const REMOTE_INSTALLER = `${SHIP_DIR}/install.sh`;
export const REMOTE_BUNDLE = `${SHIP_DIR}/bundle.tar`;
/** `<gen>.json` per shipped generation: its health checks, so `hearth rollback` can check the generation it goes back to */
export const REMOTE_CHECKS_DIR = `${SHIP_DIR}/checks`;
export const JOURNAL_DIR = "/run/hearth/activation";
export const CURRENT_LINK = "/usr/local/.hearth/current";

/** What one round trip learns: who we are, which generation is live, the last activation. */
export interface Probe {
  readonly uid: number;
  /** the live generation, or undefined when nothing is installed */
  readonly current?: string;
  /** the installer a previous ship left in SHIP_DIR */
  readonly installer: boolean;
  readonly rsync: boolean;
  readonly status: ActivationStatus;
}

// Reads only: a --dry-run probes too. `status` of an installer from before
// ACTIVATION.md is a usage error: no output, so state=none.
export const PROBE_SCRIPT = `
echo "uid=$(id -u)"
cur=$(readlink ${CURRENT_LINK} 2>/dev/null) || cur=
echo "current=\${cur##*/}"
if command -v rsync >/dev/null 2>&1; then echo rsync=yes; else echo rsync=no; fi
if [ -f ${REMOTE_INSTALLER} ]; then
  echo installer=yes
  echo '--- status'
  sh ${REMOTE_INSTALLER} status 2>/dev/null || :
else
  echo installer=no
fi
`;

export function parseProbe(text: string): Probe {
  const [head = "", status = ""] = text.split(/^--- status$/m);
  const kv = new Map(
    head
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1).trim()] as const),
  );
  const current = kv.get("current");
  return {
    uid: Number(kv.get("uid") ?? "0"),
    ...(current && /^[0-9a-f]{16}$/.test(current) ? { current } : {}),
    installer: kv.get("installer") === "yes",
    rsync: kv.get("rsync") === "yes",
    status: parseStatus(status),
  };
}

/** `sh install.sh ARGS…` with the installer a ship left on the machine. */
export const installerCommand = (...args: string[]): string => ["sh", REMOTE_INSTALLER, ...args].map(shq).join(" ");

export const neverShippedMessage = (machine: string): string =>
  `${machine} was never shipped to (no ${REMOTE_INSTALLER} on it): run \`hearth ship ${machine}\` first`;
