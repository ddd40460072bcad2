// A machine's WireGuard key pair is born on the machine and its private half never
// leaves it: this script, run as root by `hearth facts`, makes the private key once
// and prints only the public one. It lives in /var/lib (state hearth never deletes or
// rolls back), so every later gathering finds the same key.
//
// Run as `sh -c WIREGUARD_KEY_SCRIPT sh DIR`. Prints `wireguardPublicKey=…`, or a
// `warning=…` line when it cannot (no wg: facts are still gathered, without a key).
// Exits non-zero only when making the key failed.

/** POSIX sh; $1 is the key directory (WIREGUARD_KEY_DIR). */
export const WIREGUARD_KEY_SCRIPT = `
dir=$1
key=$dir/private.key
if ! command -v wg >/dev/null 2>&1; then
  echo "warning=wg is not installed: the machine needs wireguard-tools for its WireGuard key"
  exit 0
fi
# the parent with the usual mode, the key directory readable by root alone
mkdir -p -- "\${dir%/*}" || exit 1
if [ ! -d "$dir" ]; then mkdir -m 700 -- "$dir" || exit 1; fi
chmod 700 -- "$dir" || exit 1
if [ ! -s "$key" ]; then
  # whole or not at all: written to a temporary file (0600 from umask 077), synced,
  # then renamed over the name, so an interrupted run never leaves half a key behind
  umask 077
  tmp=$(mktemp -- "$dir/.private.key.XXXXXX") || exit 1
  if ! { wg genkey > "$tmp" && sync -- "$tmp" && mv -f -- "$tmp" "$key"; }; then
    rm -f -- "$tmp"
    exit 1
  fi
fi
if public=$(wg pubkey < "$key" 2>/dev/null); then
  echo "wireguardPublicKey=$public"
else
  echo "warning=$key is not a WireGuard private key; move it away to make a new one"
fi
`;
