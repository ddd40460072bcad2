#!/bin/sh
# The whole test suite: installs the Debian packages tests rely on (when root),
# then runs node:test over an explicit list of test files (Node 20 neither globs
# nor finds .ts files in a folder), failing if that list is empty.
set -eu
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then
	sh scripts/ensure-packages.sh b3sum shellcheck busybox debootstrap systemd-container rsync openssh-client iproute2 nftables dnsmasq-base
fi

files=$(find test -name '*.test.ts' -type f | LC_ALL=C sort)
if [ -z "$files" ]; then
	echo "hearth: no test files found under test/" >&2
	exit 1
fi
echo "hearth: running $(echo "$files" | wc -l) test files" >&2

# Every temporary directory of the run (the tests', and those of the hearth
# processes they start) goes below one, removed at the end: runs used to leave
# thousands in /tmp, and esbuild lists the directories above a site on every
# rebuild. --one-file-system: a file system a test left mounted is not entered.
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/hearth-test.XXXXXX")
TMPDIR=$run_tmp
export TMPDIR
status=0
# shellcheck disable=SC2086 # one argument per test file; paths have no spaces
node --import tsx --test --test-reporter=spec $files || status=$?
rm -rf --one-file-system "$run_tmp" 2>/dev/null || true
exit "$status"
