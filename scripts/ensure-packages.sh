#!/bin/sh
# Installs the Debian packages named as arguments that are not installed yet.
# Tests and the lab call this so that a fresh machine needs nothing but `npm ci`.
# Usage: sh scripts/ensure-packages.sh shellcheck busybox ...
set -eu

missing=""
for pkg in "$@"; do
	status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
	case $status in
	*" installed") ;;
	*) missing="$missing $pkg" ;;
	esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "hearth: these Debian packages are needed:$missing" >&2
	echo "hearth: run as root, or: sudo apt-get install -y$missing" >&2
	exit 1
fi

# A lock keeps parallel test files from running apt at the same time.
exec 9>/var/lib/dpkg/hearth-ensure.lock
flock 9 2>/dev/null || true
echo "hearth: installing Debian packages:$missing" >&2
# shellcheck disable=SC2086 # the package list is split on purpose
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null ||
	{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null; }
