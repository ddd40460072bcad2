#!/bin/sh
# hearth installer: installs one generation of this machine's /usr/local,
# switches to it with one rename(2), and (with systemd running) applies the
# unit plan. The bundle and metadata format is compiler/installer/FORMAT.md;
# activation (a detached worker with a journal, confirmation and automatic
# rollback, driven by `hearth ship`) is compiler/installer/ACTIVATION.md.
#
# Runs under dash and busybox sh with only coreutils, tar and gzip.
# Run `sh install.sh help` for usage.
#
# Output: lines prefixed "hearth:" (progress, errors, what to do next) go to
# stderr. Results go to stdout, unprefixed:
#   plan      "+ path" / "- path" / "~ path (what changed)" per path (plan
#             command only), then "daemon-reload" when needed, then
#             "<action> TAB <unit> TAB <reason>" per unit, sorted by unit
#   install   the same, without the per-path lines
#   list      "<mark> <gen>  <time>  <last action>  (current|previous)"
#   verify    "~ path (what)" / "+ path (not in manifest)" / "- path (missing)"
#   activate  "activation <id> started"
#   status    "key=value" lines (ACTIVATION.md)
#   confirm   "activation <id> confirmed"
# Exit: 0 done (or nothing to do), 1 refused/failed/drift, 2 usage error.
#
# Besides FORMAT.md's layout, .hearth/ may briefly hold: pending (the
# switch in progress: "<action> TAB <old|-> TAB <new|->"; a run that finds it
# finishes that switch first), current.new, pending.new, lock.<pid>,
# old-link.<dir>, gens/.tmp-*: all leftovers of killed runs that the next
# run removes or completes. The "uninstall" action (rolling back a first
# activation) removes current and turns the top-level links back into empty
# directories.
#
# The activation journal ($ROOT/run/hearth/activation, see ACTIVATION.md)
# also holds: install.sh (the copy of this script the worker runs) and
# manifest.json (the copy of the manifest it installs), switch
# ("<old|-> <new>", written before the worker switches) and .*.<pid>
# temporaries. The worker is `install.sh worker --id ID --parent PID ...`,
# started by `activate` only; it takes the lock over from `activate`.
#
# Test hooks: HEARTH_TRACE_STEPS=1 prints "step <n> <name>" to stderr before
# each state-changing operation; HEARTH_CRASH_AT=<n> SIGKILLs the installer
# at step n (an activation numbers its steps on from `activate` into the
# worker, whose stderr is the journal's log); HEARTH_TEST_SYSTEMD=1 runs the
# service step, settling and the systemd-run detach even with --root
# (against whatever systemctl, journalctl and systemd-run are first in PATH);
# HEARTH_SETTLE_TIMEOUT=<s> replaces the 30 s settle limit.
#
# This script is the same for every machine and every compile: what it
# installs is described by manifest.json beside it (or --manifest FILE), whose
# first lines name the machine, the generation and the sha256 sums of the
# bundle (FORMAT.md). read_manifest sets these from it:
HEARTH_MACHINE='' HEARTH_GEN='' HEARTH_BUNDLE_SHA256='' HEARTH_TAR_SHA256=''

set -u
umask 022
LC_ALL=C
export LC_ALL

TAB=$(printf '\t')
NL='
'

# --- messages ---------------------------------------------------------------
# Lines prefixed "hearth:" go to stderr; results (plan lines, list rows, drift
# lines) go to stdout, unprefixed, so that they can be parsed.

say() {
	for msg in "$@"; do printf 'hearth: %s\n' "$msg" >&2; done
}

# In the activation worker (and while finishing an interrupted activation),
# die also ends the activation: "failed" before the switch or during a
# rollback (worker_fail); after the switch it leaves the rollback to the EXIT
# trap (cleanup -> worker_die).
WORKER=0 ACT_CTX=0
die() {
	say "$@"
	if [ "$ACT_CTX" = 1 ]; then
		worker_fail "$1"
	fi
	exit 1
}

usage() {
	cat <<'EOF'
usage:
  sh install.sh [install] [--root DIR] [--bundle FILE] [--manifest FILE] [--adopt] [--keep N]
  sh install.sh list      [--root DIR]
  sh install.sh rollback [GEN] [--root DIR]
  sh install.sh verify    [--root DIR]
  sh install.sh plan      [--root DIR] [--bundle FILE] [--manifest FILE]   # what install would do, nothing changed
  sh install.sh plan --old DIR|- --new DIR                   # plan between two .hearth/ metadata dirs ("-" = nothing installed)
  sh install.sh activate [--bundle FILE] [--manifest FILE] [--confirm-timeout SECONDS] [--no-confirm] [--keep N] [--root DIR]
  sh install.sh activate --rollback [GEN] [--confirm-timeout SECONDS] [--no-confirm] [--root DIR]
  sh install.sh status    [--root DIR]                       # the last activation, as key=value lines
  sh install.sh confirm ID [--root DIR]                      # keep the generation activation ID switched to
  sh install.sh abort ID REASON... [--root DIR]              # roll activation ID back now

  --root DIR     install into DIR/usr/local instead of /usr/local; services are never touched
  --bundle FILE  the bundle to install (default: bundle.tar.gz next to this script); a name
                 ending in .tar is the uncompressed bundle (checked against the manifest's tarSha256)
  --manifest FILE
                 the manifest.json of the same compile (default: manifest.json next to this script)
  --adopt        move /usr/local/<dir> that hold files hearth does not own aside into
                 /usr/local/.hearth/adopted/<stamp>/ instead of refusing
  --keep N       keep the N most recent generations (default 5; current and previous always stay)
  --confirm-timeout SECONDS
                 how long an activation waits for `confirm` before rolling back (default 30)
  --no-confirm   an activation ends once its units have settled, without waiting for `confirm`

activate returns at once: a detached worker (a transient systemd unit, or nohup without
systemd) switches, waits for the units to settle and for `confirm`, and rolls back on a
failed unit, `abort` or no confirmation in time. Its journal is /run/hearth/activation/.
EOF
}

usage_error() {
	say "$@"
	usage >&2
	exit 2
}

# --- crash-test hook --------------------------------------------------------
# step NAME is called right before every operation that changes state on disk
# or of services. HEARTH_TRACE_STEPS=1 prints "step <n> <name>" to stderr;
# HEARTH_CRASH_AT=<n> makes the installer SIGKILL itself at step n.
STEP_N=0
step() {
	STEP_N=$((STEP_N + 1))
	if [ -n "${HEARTH_TRACE_STEPS:-}" ]; then
		printf 'step %s %s\n' "$STEP_N" "$1" >&2
	fi
	if [ "${HEARTH_CRASH_AT:-}" = "$STEP_N" ]; then
		kill -KILL "$$"
	fi
}

# --- small helpers ----------------------------------------------------------

is_sha() { # a sha256 sum: 64 lowercase hex digits
	case $1 in
	'' | *[!0-9a-f]*) return 1 ;;
	esac
	[ "${#1}" -eq 64 ]
}

is_gen() {
	case $1 in
	[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]) return 0 ;;
	esac
	return 1
}

has_flag() { # FLAGS FLAG: FLAGS is a comma-separated list ("-" = none)
	case ",$1," in
	*",$2,"*) return 0 ;;
	esac
	return 1
}

abspath() { # PATH -> ABS (absolute, without trailing slashes)
	ABS=$1
	case $ABS in
	/*) ;;
	*) ABS=$(pwd)/$ABS ;;
	esac
	while :; do
		case $ABS in
		?*/) ABS=${ABS%/} ;;
		*) break ;;
		esac
	done
}

# Sets SHA to the sha256 of file $1 (empty if unreadable).
sha_of() {
	SHA=$(sha256sum <"$1" 2>/dev/null) || SHA=''
	SHA=${SHA%% *}
}

# Sets GENID to the generation id a .hearth/ metadata dir hashes to (a
# missing packages file counts as empty, so older generations keep their ids).
genid_of() {
	if [ -f "$1/packages" ]; then
		GENID=$(cat "$1/manifest" "$1/units" "$1/packages" 2>/dev/null | sha256sum) || GENID=''
	else
		GENID=$(cat "$1/manifest" "$1/units" 2>/dev/null | sha256sum) || GENID=''
	fi
	GENID=$(printf '%s' "$GENID" | cut -c1-16)
}

# Sets UNESC to $1 with sha256sum's escapes (\\ and \n) undone.
unescape() {
	u=$1
	UNESC=''
	while :; do
		case $u in
		*\\*)
			UNESC=$UNESC${u%%\\*}
			u=${u#*\\}
			case $u in
			n*) UNESC=$UNESC$NL ;;
			*) UNESC=$UNESC${u%"${u#?}"} ;;
			esac
			u=${u#?}
			;;
		*)
			UNESC=$UNESC$u
			break
			;;
		esac
	done
}

# Sets CUR to the current generation id ("" if none).
current_gen() {
	CUR=''
	if [ -L "$H/current" ]; then
		CUR=$(readlink "$H/current") || CUR=''
		CUR=${CUR#gens/}
		is_gen "$CUR" || CUR=''
	fi
}

# Prints the top-level directories named by a manifest, one per line, sorted.
tops_of() {
	cut -f1 "$1" | cut -d/ -f1 | sort -u
}

epoch() {
	date +%s
}

# True while process PID runs: a zombie (a killed process its parent, or an
# init that reaps slowly, has not reaped yet) counts as gone.
pid_alive() {
	kill -0 "$1" 2>/dev/null || return 1
	pst=''
	read -r pst 2>/dev/null <"/proc/$1/stat" || return 0
	pst=${pst##*) }
	case $pst in
	Z* | X*) return 1 ;;
	esac
	return 0
}

fmt_time() { # EPOCH -> prints "YYYY-MM-DD HH:MM:SS UTC" (or "-")
	case $1 in
	'' | *[!0-9]*) printf '%s' '-' ;;
	*) date -u -d "@$1" '+%Y-%m-%d %H:%M:%S UTC' 2>/dev/null || printf '%s' "$1" ;;
	esac
}

# Sleeps 50 ms (GNU sleep takes fractions; a whole second where it does not);
# TICKS is how many 50 ms it was. Short naps keep ship's edit-to-running fast:
# settling and confirmation are noticed within 50 ms.
nap() {
	if sleep 0.05 2>/dev/null; then
		TICKS=1
	else
		sleep 1
		TICKS=20
	fi
}

# Sets ONELINE to $1 with newlines and tabs turned into spaces.
oneline() {
	ONELINE=$(printf '%s' "$1" | tr '\n\t' '  ')
}

is_uint() {
	case $1 in
	'' | *[!0-9]*) return 1 ;;
	esac
	return 0
}

# --- state: scratch dir, lock, cleanup ---------------------------------------

SCRATCH=''
TMPGEN=''
LOCKED=0
MADE_HEARTH=0
DIE_REASON=''

cleanup() {
	# a worker that died after its switch rolls back before it lets go
	if [ -n "$DIE_REASON" ]; then
		worker_die
	fi
	release
}

release() {
	if [ -n "$TMPGEN" ]; then
		rm -rf "$TMPGEN"
	fi
	if [ "$LOCKED" = 1 ]; then
		rm -rf "$H/lock"
	fi
	if [ "$MADE_HEARTH" = 1 ]; then
		# nothing was committed: leave the prefix as we found it
		rmdir "$H/gens" "$H" 2>/dev/null
	fi
	if [ -n "$SCRATCH" ]; then
		rm -rf "$SCRATCH"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' HUP TERM

make_scratch() {
	SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/hearth.$$.XXXXXX") ||
		die "cannot create a temporary directory in ${TMPDIR:-/tmp}"
	S=$SCRATCH
	: >"$S/empty"
}

take_lock() {
	if [ ! -d "$P" ]; then
		step "mkdir-prefix"
		mkdir -p "$P" || die "cannot create $P"
	fi
	if [ ! -d "$H" ]; then
		step "mkdir-hearth"
		if mkdir -m 0755 "$H" 2>/dev/null; then
			MADE_HEARTH=1
		else
			[ -d "$H" ] || die "cannot create $H"
		fi
	fi
	if [ ! -d "$H/gens" ]; then
		step "mkdir-gens"
		mkdir -m 0755 "$H/gens" 2>/dev/null || [ -d "$H/gens" ] || die "cannot create $H/gens"
	fi
	tries=0
	while :; do
		step "lock"
		# The lock directory appears with its pid file already inside it
		# (rename of a full directory), so a lock never lacks its owner.
		rm -rf "$H/lock.$$"
		if mkdir "$H/lock.$$" 2>/dev/null && printf '%s\n' "$$" >"$H/lock.$$/pid" &&
			mv -T "$H/lock.$$" "$H/lock" 2>/dev/null; then
			LOCKED=1
			return 0
		fi
		rm -rf "$H/lock.$$"
		[ -d "$H/lock" ] || die "cannot create the lock $H/lock (read-only or full file system?)"
		pid=''
		read -r pid 2>/dev/null <"$H/lock/pid"
		if [ -n "$pid" ] && pid_alive "$pid"; then
			if activation_live; then
				die "activation $LIVE_ID is running (state $LIVE_STATE; its worker, pid $pid, holds $H/lock); nothing was changed." \
					"follow it with \`sh install.sh status\`; \`sh install.sh abort $LIVE_ID REASON\` rolls it back."
			fi
			die "another hearth installer is running (pid $pid holds $H/lock)." \
				"wait for it to finish; if pid $pid is not a hearth installer, remove $H/lock and rerun."
		fi
		tries=$((tries + 1))
		[ "$tries" -le 2 ] || die "cannot take the lock $H/lock; remove it and rerun."
		say "breaking a stale lock: pid ${pid:-?} in $H/lock is not running (an earlier run was interrupted)"
		step "break-lock"
		mv -T "$H/lock" "$H/lock.stale.$$" 2>/dev/null && rm -rf "$H/lock.stale.$$"
	done
}

# Removes what killed runs leave behind. Runs with the lock held.
clean_leftovers() {
	for d in "$H"/gens/.tmp-*; do
		[ -e "$d" ] || [ -L "$d" ] || continue
		say "removing leftover ${d#"$H"/} of an interrupted run"
		step "clean-tmp"
		rm -rf "$d"
	done
	for d in "$H"/lock.*; do
		[ -e "$d" ] || continue
		step "clean-lock"
		rm -rf "$d"
	done
	if [ -e "$H/current.new" ] || [ -L "$H/current.new" ]; then
		step "clean-current-new"
		rm -f "$H/current.new"
	fi
	if [ -e "$H/pending.new" ]; then
		step "clean-pending-new"
		rm -f "$H/pending.new"
	fi
	# scratch dirs of killed installers (their EXIT trap never ran)
	for d in "${TMPDIR:-/tmp}"/hearth.*.*; do
		[ -d "$d" ] || continue
		pid=${d#"${TMPDIR:-/tmp}"/hearth.}
		pid=${pid%%.*}
		case $pid in '' | *[!0-9]*) continue ;; esac
		if [ "$pid" != "$$" ] && ! pid_alive "$pid"; then
			step "clean-scratch"
			rm -rf "$d"
		fi
	done
	# an adoption dir made just before a kill, still empty (rmdir never loses data)
	for d in "$H"/adopted/*; do
		[ -d "$d" ] || continue
		step "clean-adopted"
		rmdir "$d" 2>/dev/null
	done
	if [ -d "$H/adopted" ]; then
		step "clean-adopted"
		rmdir "$H/adopted" 2>/dev/null
	fi
	# a top-level link being turned back into an empty directory
	for f in "$H"/old-link.*; do
		[ -L "$f" ] || [ -e "$f" ] || continue
		name=${f#"$H"/old-link.}
		if [ ! -e "$P/$name" ] && [ ! -L "$P/$name" ]; then
			step "restore-dir $name"
			mkdir -m 0755 "$P/$name" || die "cannot create $P/$name"
		fi
		step "clean-old-link $name"
		rm -f "$f"
	done
}

# --- bundle -----------------------------------------------------------------

# Reads the generation and the bundle's sums from manifest.json. The compiler
# writes it with JSON.stringify(..., null, 2): its top-level keys "machine",
# "gen", "bundleSha256" and "tarSha256" come first, one per line, before
# "packages"; only those lines are read, however long the manifest is.
read_manifest() {
	if [ ! -f "$MANIFEST" ]; then
		die "manifest.json not found: $MANIFEST; nothing was changed." \
			"copy manifest.json with install.sh and bundle.tar.gz (all three from out/<machine>/ of one \`hearth compile\`), or pass --manifest FILE."
	fi
	n=0
	while IFS= read -r line; do
		n=$((n + 1))
		case $line in
		'  "machine": "'*'",') json_value "$line" && HEARTH_MACHINE=$JV ;;
		'  "gen": "'*'",') json_value "$line" && HEARTH_GEN=$JV ;;
		'  "bundleSha256": "'*'",') json_value "$line" && HEARTH_BUNDLE_SHA256=$JV ;;
		'  "tarSha256": "'*'",') json_value "$line" && HEARTH_TAR_SHA256=$JV ;;
		'  "packages": '*) break ;;
		esac
		[ "$n" -lt 20 ] || break
	done <"$MANIFEST"
	if ! is_gen "$HEARTH_GEN" || ! is_sha "$HEARTH_BUNDLE_SHA256"; then
		die "$MANIFEST is not a manifest.json that \`hearth compile\` wrote (no generation or bundle sum in its first lines); nothing was changed." \
			"copy manifest.json again from out/${HEARTH_MACHINE:-<machine>}/, or recompile."
	fi
}

json_value() { # LINE: '  "key": "value",' -> JV=value (hearth writes no escapes there)
	JV=${1#*: \"}
	JV=${JV%\",}
}

# A bundle named *.tar is the uncompressed tar (ACTIVATION.md), checked
# against HEARTH_TAR_SHA256; anything else is the tar.gz. Sets TARZ to the
# tar option that reads it ("z" or "").
check_bundle() {
	case $BUNDLE in
	*.tar) want=$HEARTH_TAR_SHA256 TARZ='' ;;
	*) want=$HEARTH_BUNDLE_SHA256 TARZ=z ;;
	esac
	if [ ! -f "$BUNDLE" ]; then
		die "bundle not found: $BUNDLE; nothing was changed." \
			"copy bundle.tar.gz next to install.sh (or pass --bundle FILE) and rerun."
	fi
	if ! is_sha "$want"; then
		die "manifest.json has no tarSha256, so it cannot check ${BUNDLE##*/}; nothing was changed." \
			"pass the bundle.tar.gz instead, or recompile."
	fi
	sha_of "$BUNDLE"
	if [ "$SHA" != "$want" ]; then
		die "${BUNDLE##*/} is corrupt or truncated (sha256 ${SHA:-unreadable}, expected $want); nothing was changed." \
			"it and manifest.json may also come from different compiles: copy both again from out/${HEARTH_MACHINE:-<machine>}/ (or ship again) and rerun."
	fi
	say "bundle ok: ${BUNDLE##*/} (sha256 $SHA)"
}

# Extracts the bundle's .hearth/ into $S/new and checks that it is HEARTH_GEN.
extract_meta() {
	mkdir "$S/new" || die "cannot write to $S"
	if ! tar "-x${TARZ}f" "$BUNDLE" -C "$S/new" .hearth 2>"$S/tar.err"; then
		die "cannot read the metadata in ${BUNDLE##*/}: $(cat "$S/tar.err"); nothing was changed."
	fi
	NEWMETA=$S/new/.hearth
	check_meta "$NEWMETA" "${BUNDLE##*/}"
}

check_meta() { # DIR WHAT: DIR is a .hearth/ of generation HEARTH_GEN
	g=''
	read -r g 2>/dev/null <"$1/gen"
	[ "$g" = "$HEARTH_GEN" ] ||
		die "$2 holds generation '${g:-?}' but manifest.json is for $HEARTH_GEN; nothing was changed." \
			"use the manifest.json and bundle.tar.gz from the same \`hearth compile\`."
	genid_of "$1"
	[ "$GENID" = "$HEARTH_GEN" ] ||
		die "the metadata in $2 hashes to $GENID, not $HEARTH_GEN (damaged or edited); nothing was changed."
}

# check_packages META MODE: the Debian packages META/packages names must be
# installed (dpkg-query says "installed"). MODE refuse: dies naming the
# missing ones; MODE report: says what install would refuse. Sets PKG_NOTE
# (for the journal). Without dpkg-query: a warning, and no check. With
# --root DIR it is DIR's dpkg database that counts (none: a warning, no check).
check_packages() {
	PKG_NOTE='none needed' PKG_MISSING='' pkg_mode=$2
	[ -s "$1/packages" ] || return 0
	pkg_file=$1/packages
	set --
	while IFS= read -r n; do
		[ -z "$n" ] || set -- "$@" "$n"
	done <"$pkg_file"
	[ "$#" -gt 0 ] || return 0
	if ! command -v dpkg-query >/dev/null 2>&1; then
		say "warning: dpkg-query not found: not checking the Debian packages this generation needs ($*)"
		PKG_NOTE="not checked (no dpkg-query): $*"
		return 0
	fi
	admin=''
	if [ -n "$ROOT" ]; then
		if [ ! -f "$ROOT/var/lib/dpkg/status" ]; then
			say "warning: $ROOT has no dpkg database (var/lib/dpkg/status): not checking the Debian packages this generation needs ($*)"
			PKG_NOTE="not checked (no dpkg database in $ROOT): $*"
			return 0
		fi
		admin=--admindir=$ROOT/var/lib/dpkg
	fi
	dpkg-query ${admin:+"$admin"} -W -f="\${Package}\t\${db:Status-Status}\n" "$@" >"$S/pkg.out" 2>/dev/null
	have=' '
	while IFS=$TAB read -r n st; do
		[ "$st" != installed ] || have="$have$n "
	done <"$S/pkg.out"
	for n in "$@"; do
		case $have in
		*" ${n%%:*} "*) ;;
		*) PKG_MISSING="$PKG_MISSING $n" ;;
		esac
	done
	PKG_MISSING=${PKG_MISSING# }
	if [ -z "$PKG_MISSING" ]; then
		PKG_NOTE="installed: $*"
		return 0
	fi
	msg="missing Debian packages: $PKG_MISSING; install them (apt-get install -y $PKG_MISSING) or ship with --install-packages"
	if [ "$pkg_mode" = report ]; then
		say "install would refuse: $msg"
	else
		die "$msg"
	fi
}

# Checks the files of an unpacked generation against its sha256sums.
check_gen_files() { # GENDIR
	(cd "$1" && sha256sum --quiet --strict -c .hearth/sha256sums) >"$S/sums.err" 2>&1
}

# Checks an existing generation before it is reused or rolled back to: its
# contents (sha256sums), then every path's kind, mode, owner and link target
# and extra paths (its manifest against the live tree). The reasons land in
# $S/sums.err.
gen_intact() { # GEN
	gi=$H/gens/$1
	check_gen_files "$gi" || return 1
	genid_of "$gi/.hearth"
	if [ "$GENID" != "$1" ]; then
		printf '.hearth/manifest hashes to %s, not %s\n' "$GENID" "$1" >"$S/sums.err"
		return 1
	fi
	live_manifest "$gi" "$S/gi.live"
	diff_manifests "$gi/.hearth/manifest" "$S/gi.live" "$S/sums.err" ' (missing)' ' (not in manifest)'
	[ ! -s "$S/sums.err" ]
}

# --- plans ------------------------------------------------------------------

# diff_manifests A B OUT MINUS_NOTE PLUS_NOTE: one line per path that differs
# between manifests A and B: "+ path", "- path", "~ path (what)", by path.
diff_manifests() {
	sort "$1" >"$S/dm.a"
	sort "$2" >"$S/dm.b"
	comm -23 "$S/dm.a" "$S/dm.b" | sort -t "$TAB" -k1,1 >"$S/dm.oa"
	comm -13 "$S/dm.a" "$S/dm.b" | sort -t "$TAB" -k1,1 >"$S/dm.ob"
	join -t "$TAB" -a1 -a2 -e - -o 0,1.2,1.3,1.4,1.5,2.2,2.3,2.4,2.5 "$S/dm.oa" "$S/dm.ob" >"$S/dm.j"
	while IFS=$TAB read -r p ak am ao ad bk bm bo bd; do
		if [ "$ak" = - ]; then
			printf '+ %s%s\n' "$p" "$5"
		elif [ "$bk" = - ]; then
			printf '%s %s%s\n' - "$p" "$4"
		elif [ "$ak" != "$bk" ]; then
			printf '~ %s (kind %s -> %s)\n' "$p" "$(kind_word "$ak")" "$(kind_word "$bk")"
		else
			what=''
			if [ "$ad" != "$bd" ]; then
				if [ "$ak" = l ]; then what="$what, target $ad -> $bd"; else what="$what, content"; fi
			fi
			[ "$am" = "$bm" ] || what="$what, mode $am -> $bm"
			[ "$ao" = "$bo" ] || what="$what, owner $ao -> $bo"
			printf '~ %s (%s)\n' "$p" "${what#, }"
		fi
	done <"$S/dm.j" >"$3"
}

kind_word() {
	case $1 in
	f) printf 'file' ;;
	d) printf 'directory' ;;
	l) printf 'symlink' ;;
	*) printf '%s' "$1" ;;
	esac
}

# plan_compute OLDMETA NEWMETA: each is a .hearth/ dir or "-" (nothing).
# Writes $S/plan.files and $S/plan.units ("action TAB unit TAB reason");
# sets PLAN_DR (yes/no), PLAN_ADD, PLAN_CHG, PLAN_DEL, PLAN_NUNITS.
plan_compute() {
	if [ "$1" = - ]; then
		om=$S/empty ou=$S/empty oi=$S/empty
	else
		om=$1/manifest ou=$1/units oi=$1/unit-inputs
	fi
	if [ "$2" = - ]; then
		nm=$S/empty nu=$S/empty ni=$S/empty
	else
		nm=$2/manifest nu=$2/units ni=$2/unit-inputs
	fi
	for f in "$om" "$ou" "$oi" "$nm" "$nu" "$ni"; do
		[ -f "$f" ] || die "missing metadata file $f"
	done

	diff_manifests "$om" "$nm" "$S/plan.files" '' ''
	PLAN_ADD=0 PLAN_CHG=0 PLAN_DEL=0
	while IFS= read -r line; do
		case $line in
		+*) PLAN_ADD=$((PLAN_ADD + 1)) ;;
		-*) PLAN_DEL=$((PLAN_DEL + 1)) ;;
		*) PLAN_CHG=$((PLAN_CHG + 1)) ;;
		esac
	done <"$S/plan.files"

	# paths whose kind, mode, digest or presence differ (owner does not count)
	cut -f1,2,3,5 "$om" | sort >"$S/pl.a"
	cut -f1,2,3,5 "$nm" | sort >"$S/pl.b"
	{
		comm -23 "$S/pl.a" "$S/pl.b"
		comm -13 "$S/pl.a" "$S/pl.b"
	} | cut -f1 | sort -u >"$S/pl.changed"
	# systemd must re-read its units whenever a file below lib/systemd/ differs, even
	# when no unit restarts (def-hashes ignore cosmetic keys such as Description=)
	PLAN_DR=no
	while IFS= read -r p; do
		case $p in lib/systemd/*)
			PLAN_DR=yes
			break
			;;
		esac
	done <"$S/pl.changed"
	# unit TAB changed-input, then one line per unit: unit TAB "a, b, c"
	cat "$oi" "$ni" | sort -u | sort -t "$TAB" -k2,2 >"$S/pl.inputs"
	join -t "$TAB" -1 2 -2 1 -o 1.1,1.2 "$S/pl.inputs" "$S/pl.changed" | sort -u >"$S/pl.cin"
	pu='' acc=''
	{
		while IFS=$TAB read -r u p; do
			if [ "$u" = "$pu" ]; then
				acc="$acc, $p"
			else
				[ -z "$pu" ] || printf '%s\t%s\n' "$pu" "$acc"
				pu=$u acc=$p
			fi
		done
		[ -z "$pu" ] || printf '%s\t%s\n' "$pu" "$acc"
	} <"$S/pl.cin" >"$S/pl.agg"

	sort -t "$TAB" -k1,1 "$ou" >"$S/pl.ou"
	sort -t "$TAB" -k1,1 "$nu" >"$S/pl.nu"
	join -t "$TAB" -a1 -a2 -e - -o 0,1.2,1.3,1.4,2.2,2.3,2.4 "$S/pl.ou" "$S/pl.nu" >"$S/pl.uj"
	join -t "$TAB" -a1 -e - -o 0,1.2,1.3,1.4,1.5,1.6,1.7,2.2 "$S/pl.uj" "$S/pl.agg" >"$S/pl.ujj"

	PLAN_NUNITS=0
	while IFS=$TAB read -r u od ot of nd nt nf why; do
		if [ "$why" = - ]; then rsn=changed; else rsn="changed: $why"; fi
		if has_flag "$nf" wanted; then w=1; else w=0; fi
		if [ "$od" = - ]; then
			PLAN_DR=yes
			if has_flag "$nf" owned; then
				if [ "$w" = 1 ]; then act=start rsn='new unit'; else act=none rsn='new unit, not wanted'; fi
			else
				# FORMAT.md: drop-in only -> try-restart; a wants link for the distro
				# unit as well asks for it to run, so it is restarted (started).
				if [ "$w" = 1 ]; then act=restart; else act=try-restart; fi
				rsn='drop-in added'
			fi
		elif [ "$nd" = - ]; then
			PLAN_DR=yes
			if has_flag "$of" owned; then act=stop rsn=removed; else act=try-restart rsn='drop-in removed'; fi
		elif [ "$od" != "$nd" ]; then
			PLAN_DR=yes
			if [ "$w" = 1 ]; then act=restart; else act=try-restart; fi
		elif [ "$ot" != "$nt" ]; then
			if has_flag "$nf" reload; then
				if [ "$w" = 1 ]; then act=reload-or-restart; else act=try-reload-or-restart; fi
			else
				if [ "$w" = 1 ]; then act=restart; else act=try-restart; fi
			fi
		elif [ "$w" = 1 ] && ! has_flag "$of" wanted; then
			act=start rsn='now wanted'
		elif [ "$w" = 0 ] && has_flag "$of" wanted && has_flag "$nf" owned; then
			act=stop rsn='no longer wanted'
		else
			continue
		fi
		# systemctl cannot start or restart a template (name@.service); once the
		# daemon is reloaded, its new instances use the new definition
		case $u in
		*@.*) act=none rsn="template unit: new instances use the new definition" ;;
		esac
		[ "$act" = none ] || PLAN_NUNITS=$((PLAN_NUNITS + 1))
		printf '%s\t%s\t%s\n' "$act" "$u" "$rsn"
	done <"$S/pl.ujj" >"$S/plan.units"
}

# print_plan FROM TO FULL: FULL=1 also prints one line per changed file.
print_plan() {
	dr=''
	[ "$PLAN_DR" = no ] || dr='daemon-reload, '
	say "plan: ${1:-nothing installed} -> ${2:-nothing}: $PLAN_ADD added, $PLAN_CHG changed, $PLAN_DEL removed path(s); $dr$PLAN_NUNITS unit action(s)"
	if [ "$3" = 1 ]; then
		cat "$S/plan.files"
	fi
	if [ "$PLAN_DR" = yes ]; then
		printf 'daemon-reload\n'
	fi
	cat "$S/plan.units"
}

# --- top-level directories --------------------------------------------------

# preflight TOPSFILE DRY: decides, for every top-level directory of the new
# generation, what to do with <prefix>/<dir>; writes "action TAB dir" lines to
# $S/tops.plan. Refuses (before any change) when a directory holds files
# hearth does not own and --adopt was not given. DRY=1 only reports.
preflight() {
	: >"$S/tops.plan"
	refused=0
	while IFS= read -r t; do
		d=$P/$t
		if [ -L "$d" ]; then
			tg=$(readlink "$d")
			if [ "$tg" = ".hearth/current/$t" ]; then
				printf 'ok\t%s\n' "$t"
				continue
			fi
			what="is a symlink to $tg, not to .hearth/current/$t"
		elif [ ! -e "$d" ]; then
			printf 'link\t%s\n' "$t"
			continue
		elif [ -d "$d" ]; then
			# files and symlinks below it (anything that is not a plain directory)
			du -al "$d" 2>/dev/null | cut -f2- | sort >"$S/tops.du"
			n=0 some=''
			while IFS= read -r e; do
				if [ -d "$e" ] && [ ! -L "$e" ]; then continue; fi
				n=$((n + 1))
				[ "$n" -le 3 ] && some="$some$NL  $e"
			done <"$S/tops.du"
			if [ "$n" = 0 ]; then
				printf 'replace\t%s\n' "$t"
				continue
			fi
			what="holds $n file(s) hearth does not own, e.g.:$some"
		else
			what="is a file hearth does not own"
		fi
		if [ "$ADOPT" = 1 ]; then
			printf 'adopt\t%s\n' "$t"
		else
			printf 'refuse\t%s\n' "$t"
			refused=1
			if [ "$2" = 1 ]; then
				say "install would refuse: $d $what"
			else
				say "$d $what"
			fi
		fi
	done <"$S/tops" >"$S/tops.plan"
	if [ "$refused" = 1 ] && [ "$2" != 1 ]; then
		die "refusing to replace the directories above by links into the hearth generation; nothing was changed." \
			"move their contents away, or rerun with --adopt to move them aside into $H/adopted/<stamp>/."
	fi
	if [ "$2" = 1 ]; then
		while IFS=$TAB read -r a t; do
			case $a in
			replace) say "install would replace the empty directory $P/$t by a link" ;;
			adopt) say "install would move $P/$t aside into $H/adopted/<stamp>/ (--adopt)" ;;
			esac
		done <"$S/tops.plan"
	fi
}

# Applies $S/tops.plan: every top-level directory becomes our link.
make_links() {
	stamp=''
	while IFS=$TAB read -r a t; do
		d=$P/$t
		case $a in
		ok) continue ;;
		replace)
			du -al "$d" 2>/dev/null | cut -f2- >"$S/rm.list"
			dropped=''
			while IFS= read -r e; do
				step "rmdir ${e#"$P"/}"
				rmdir "$e" || die "$e is no longer empty; nothing was switched. rerun to see what is in it."
				[ "$e" = "$d" ] || dropped="$dropped ${e#"$P"/}"
			done <"$S/rm.list"
			say "replacing $d, which held no files, by a link${dropped:+; dropped empty directories:$dropped}"
			;;
		adopt)
			if [ -z "$stamp" ]; then
				stamp=$(date -u +%Y%m%dT%H%M%SZ)
				[ ! -e "$H/adopted/$stamp" ] || stamp=$stamp.$$
				step "mkdir-adopted"
				mkdir -p "$H/adopted/$stamp" || die "cannot create $H/adopted/$stamp; nothing was switched."
			fi
			step "adopt $t"
			mv -T "$d" "$H/adopted/$stamp/$t" || die "cannot move $d aside; nothing was switched."
			say "adopted: moved $d aside to $H/adopted/$stamp/$t"
			;;
		link) ;;
		*) continue ;;
		esac
		step "link $t"
		ln -s ".hearth/current/$t" "$d" || die "cannot create the link $d; nothing was switched."
		say "linked $d -> .hearth/current/$t"
	done <"$S/tops.plan"
}

# After a switch: every top-level link whose directory the current generation
# lacks becomes an empty directory again ("-": no generation, so every link).
unlink_vanished() { # GEN|-
	for l in "$P"/* "$P"/.[!.]* "$P"/..?*; do
		[ -L "$l" ] || continue
		t=${l##*/}
		[ "$(readlink "$l")" = ".hearth/current/$t" ] || continue
		if [ "$1" != - ] && [ -d "$H/gens/$1/$t" ]; then continue; fi
		step "unlink $t"
		mv -T "$l" "$H/old-link.$t" || die "cannot move the link $l"
		step "restore-dir $t"
		mkdir -m 0755 "$l" || die "cannot create $l"
		step "clean-old-link $t"
		rm -f "$H/old-link.$t"
		if [ "$1" = - ]; then
			say "$l: nothing is installed; replaced the link by an empty directory"
		else
			say "$l: not in generation $1; replaced the link by an empty directory"
		fi
	done
}

# --- history, previous, pruning ---------------------------------------------

# Sets LASTH to the last history line's "action TAB gen" ("" if none).
last_history_gen() {
	LASTH=''
	[ -s "$H/history" ] || return 0
	l=$(tail -n 1 "$H/history")
	LASTH=${l#*"$TAB"}
}

# Sets PREV: the generation before the current one in the history that still
# exists (the target of a plain `rollback`).
previous_gen() {
	current_gen
	PREV='' other=''
	if [ -f "$H/history" ]; then
		while IFS=$TAB read -r _ _ g; do
			if [ "$g" = "$CUR" ]; then
				PREV=$other
			elif is_gen "$g" && [ -d "$H/gens/$g" ]; then
				other=$g
			fi
		done <"$H/history"
		# current missing from the history (killed before it was appended)
		case $NL$(cut -f3 "$H/history")$NL in
		*"$NL$CUR$NL"*) ;;
		*) PREV=$other ;;
		esac
	fi
	[ "$PREV" != "$CUR" ] || PREV=''
}

# Writes $S/recent: "gen TAB epoch TAB action" for every generation in gens/,
# most recently used first; generations not in the history come last.
gens_by_recency() {
	: >"$S/recent"
	seen=' '
	if [ -f "$H/history" ]; then
		tac "$H/history" >"$S/hist.rev"
		while IFS=$TAB read -r ep ac g; do
			case $seen in *" $g "*) continue ;; esac
			seen="$seen$g "
			if ! is_gen "$g" || [ ! -d "$H/gens/$g" ]; then continue; fi
			printf '%s\t%s\t%s\n' "$g" "$ep" "$ac"
		done <"$S/hist.rev" >>"$S/recent"
	fi
	for d in "$H"/gens/*; do
		[ -d "$d" ] || continue
		g=${d##*/}
		is_gen "$g" || continue
		case $seen in *" $g "*) continue ;; esac
		printf '%s\t-\t-\n' "$g"
	done >>"$S/recent"
}

prune() { # KEEP
	current_gen
	previous_gen
	gens_by_recency
	n=0
	while IFS=$TAB read -r g _ _; do
		n=$((n + 1))
		[ "$n" -gt "$1" ] || continue
		if [ "$g" = "$CUR" ] || [ "$g" = "$PREV" ]; then continue; fi
		step "prune $g"
		mv -T "$H/gens/$g" "$H/gens/.tmp-prune-$g.$$" || {
			say "could not remove old generation $g"
			continue
		}
		rm -rf "$H/gens/.tmp-prune-$g.$$"
		say "removed old generation $g (keeping $1)"
	done <"$S/recent"
}

# --- services ---------------------------------------------------------------

SERVICE_FAILED='' SERVICE_FAILED_UNITS='' SVC_NOTE=''

# Whether the service step runs: systemd is PID 1 and no --root (or the
# HEARTH_TEST_SYSTEMD hook).
services_enabled() {
	if [ "${HEARTH_TEST_SYSTEMD:-}" = 1 ]; then
		return 0
	fi
	[ "$ROOT_GIVEN" = 0 ] && [ -d /run/systemd/system ]
}

# run_services OLD NEW: applies $S/plan.units (and PLAN_DR) with systemctl.
# Sets SVC_NOTE (a summary for the journal), SERVICE_FAILED and
# SERVICE_FAILED_UNITS.
# A service activated by a socket (Accept=no) holds the socket's listening file
# descriptor: the socket cannot be restarted while it runs. Stop it first; the
# next connection starts it again, on the new socket (as NixOS does).
stop_socket_services() { # SOCKET
	for svc in $(systemctl show -p Triggers --value "$1" 2>/dev/null); do
		if systemctl -q is-active "$svc" 2>/dev/null; then
			step "stop $svc"
			if timeout 90 systemctl stop "$svc" </dev/null; then
				done_list="$done_list, stop $svc (for $1)"
			else
				failed="$failed, stop $svc (exit $?)"
			fi
		fi
	done
}

run_services() {
	if ! services_enabled; then
		if [ "$ROOT_GIVEN" = 1 ]; then
			SVC_NOTE='not touched (--root)'
		else
			SVC_NOTE='not touched (systemd is not running)'
		fi
		say "services $SVC_NOTE"
		return 0
	fi
	if [ "$PLAN_DR" = no ] && [ ! -s "$S/plan.units" ]; then
		SVC_NOTE='nothing to do'
		say "services: nothing to do"
		return 0
	fi
	done_list='' failed=''
	if [ "$PLAN_DR" = yes ]; then
		step "daemon-reload"
		if timeout 90 systemctl daemon-reload; then
			done_list="$done_list, daemon-reload"
		else
			failed="$failed, daemon-reload (exit $?)"
		fi
	fi
	for phase in stop restart start; do
		while IFS=$TAB read -r act u _; do
			case $phase:$act in
			stop:stop | start:start) ;;
			restart:restart | restart:try-restart | restart:reload-or-restart | restart:try-reload-or-restart) ;;
			*) continue ;;
			esac
			case $act:$u in
			*restart:*.socket) stop_socket_services "$u" ;;
			esac
			# restarts a deploy asks for must not count towards the unit's start
			# limit (StartLimitBurst=, 5 in 10 s): quick successive ships would
			# otherwise fail it with start-limit-hit; a real crash loop still shows
			# when the units settle
			case $act in start | *restart) systemctl reset-failed "$u" >/dev/null 2>&1 || : ;; esac
			step "$act $u"
			if timeout 90 systemctl "$act" "$u" </dev/null; then
				done_list="$done_list, $act $u"
			else
				failed="$failed, $act $u (exit $?)"
				SERVICE_FAILED_UNITS="$SERVICE_FAILED_UNITS $u"
			fi
		done <"$S/plan.units"
	done
	SVC_NOTE=${done_list#, }
	[ -z "$done_list" ] || say "services done: ${done_list#, }"
	if [ -n "$failed" ]; then
		SVC_NOTE="FAILED: ${failed#, }"
		if [ "$WORKER" = 1 ]; then
			say "services FAILED: ${failed#, }"
		else
			say "services FAILED: ${failed#, }" \
				"generation ${2:-(none)} is current; see \`systemctl status\` / \`journalctl -xe\`." \
				"\`sh install.sh rollback\` goes back to ${1:-the previous generation}."
		fi
		SERVICE_FAILED=1
	fi
}

# settle: polls the units $S/plan.units started, restarted or reloaded (and
# those whose systemctl call failed) until none is activating, deactivating
# or reloading, or HEARTH_SETTLE_TIMEOUT (30) seconds pass. Sets
# FAILED_UNITS (failed or never settled, space-separated) and SETTLE_MSG
# ("" when all is well); the failed units' last journal lines go to
# $J/units.log. With "abortable", an abort in the journal ends the wait.
settle() { # [abortable]
	FAILED_UNITS='' SETTLE_MSG=''
	services_enabled || return 0
	{
		while IFS=$TAB read -r act u _; do
			case $act in
			start | restart | try-restart | reload-or-restart | try-reload-or-restart) printf '%s\n' "$u" ;;
			esac
		done <"$S/plan.units"
		for u in $SERVICE_FAILED_UNITS; do printf '%s\n' "$u"; done
	} | sort -u >"$S/settle.units"
	[ -s "$S/settle.units" ] || {
		[ -z "$SERVICE_FAILED" ] || SETTLE_MSG="services failed: ${SVC_NOTE#FAILED: }"
		return 0
	}
	limit=$((${HEARTH_SETTLE_TIMEOUT:-30} * 20)) n=0
	while :; do
		set --
		while IFS= read -r u; do set -- "$@" "$u"; done <"$S/settle.units"
		timeout 30 systemctl is-active "$@" >"$S/settle.states" 2>/dev/null
		paste "$S/settle.units" "$S/settle.states" >"$S/settle.pairs"
		busy='' failed=''
		while IFS=$TAB read -r u st; do
			case $st in
			activating | deactivating | reloading | refreshing) busy="$busy $u" ;;
			failed) failed="$failed $u" ;;
			esac
		done <"$S/settle.pairs"
		[ -n "$busy" ] || break
		[ "$n" -lt "$limit" ] || break
		if [ "${1:-}" = abortable ] && [ -e "$J/abort" ]; then
			busy=''
			break
		fi
		nap
		n=$((n + TICKS))
	done
	FAILED_UNITS="$failed$busy"
	for u in $SERVICE_FAILED_UNITS; do
		case "$FAILED_UNITS " in *" $u "*) ;; *) FAILED_UNITS="$FAILED_UNITS $u" ;; esac
	done
	FAILED_UNITS=${FAILED_UNITS# }
	SETTLE_MSG=''
	[ -z "$failed" ] || SETTLE_MSG="units failed:$failed"
	[ -z "$busy" ] || SETTLE_MSG="${SETTLE_MSG:+$SETTLE_MSG; }units did not settle within ${HEARTH_SETTLE_TIMEOUT:-30} s:$busy"
	[ -z "$SERVICE_FAILED" ] || SETTLE_MSG="${SETTLE_MSG:+$SETTLE_MSG; }services failed: ${SVC_NOTE#FAILED: }"
	for u in $FAILED_UNITS; do
		{
			printf '== %s ==\n' "$u"
			timeout 10 journalctl -u "$u" -n 20 --no-pager -q 2>&1 || printf '(journalctl -u %s failed)\n' "$u"
		} >>"$J/units.log"
	done
	[ -z "$SETTLE_MSG" ] || say "$SETTLE_MSG"
}

# --- switching --------------------------------------------------------------

meta_of() { # GEN -> META (a .hearth/ dir, or "-")
	META=-
	if [ -n "$1" ] && [ -f "$H/gens/$1/.hearth/manifest" ]; then
		META=$H/gens/$1/.hearth
	fi
}

# switch_to ACTION OLD NEW: $S/tops.plan must be prepared (preflight).
switch_to() {
	meta_of "$2"
	if [ -n "$2" ] && [ "$META" = - ]; then
		say "warning: the metadata of the current generation $2 is missing; planning as if nothing were installed"
	fi
	plan_compute "$META" "$H/gens/$3/.hearth"
	print_plan "$2" "$3" 0
	[ "$PHASE" != switching ] || count_plan
	step "pending"
	if ! printf '%s\t%s\t%s\n' "$1" "${2:--}" "$3" >"$H/pending.new" ||
		! mv -f "$H/pending.new" "$H/pending"; then
		die "cannot write $H/pending (disk full?); nothing was switched."
	fi
	make_links
	step "switch-prepare"
	rm -f "$H/current.new"
	ln -s "gens/$3" "$H/current.new" || die "cannot create $H/current.new (disk full?); nothing was switched."
	step "switch"
	mv -T "$H/current.new" "$H/current" || die "cannot switch $H/current; nothing was switched."
	say "switched: $H/current -> gens/$3"
	ev switched "${2:-nothing} -> $3"
	finish_switch "$1" "$2" "$3"
}

# uninstall_from GEN: rolls back a first activation: current is removed (one
# unlink(2)), the top-level links become empty directories again, and the
# units of GEN are stopped (its drop-ins' units restarted). GEN stays
# unpacked in gens/.
uninstall_from() {
	meta_of "$1"
	plan_compute "$META" -
	print_plan "$1" "" 0
	step "pending"
	if ! printf 'uninstall\t%s\t-\n' "$1" >"$H/pending.new" ||
		! mv -f "$H/pending.new" "$H/pending"; then
		die "cannot write $H/pending (disk full?); nothing was changed."
	fi
	step "uninstall-current"
	rm -f "$H/current" || die "cannot remove $H/current; $1 is still current."
	say "removed $H/current: nothing is installed now"
	ev switched "$1 -> nothing"
	finish_switch uninstall "$1" ""
}

# The part of a switch after the rename; safe to run again after a crash.
finish_switch() { # ACTION OLD NEW ("" = nothing, for uninstall)
	hg=$3
	[ "$1" != uninstall ] || hg=$2
	last_history_gen
	if [ "$LASTH" != "$1$TAB$hg" ]; then
		step "history"
		# a run killed in the middle of an append leaves a torn line: end it
		if [ -s "$H/history" ] && [ -n "$(tail -c 1 "$H/history")" ]; then
			printf '\n' >>"$H/history"
		fi
		printf '%s\t%s\t%s\n' "$(epoch)" "$1" "$hg" >>"$H/history" ||
			say "warning: could not append to $H/history"
	fi
	unlink_vanished "${3:--}"
	run_services "$2" "$3"
	ev services "$SVC_NOTE"
	if [ "$1" = install ]; then
		prune "$KEEP"
	fi
	step "done"
	rm -f "$H/pending"
}

# Finishes a switch that a killed run left half done (see switch_to).
RESUMED=''
resume_pending() {
	[ -f "$H/pending" ] || return 0
	pa='' po='' pn=''
	IFS=$TAB read -r pa po pn <"$H/pending"
	current_gen
	if [ "$pa" = uninstall ] && is_gen "$po" && [ -z "$CUR" ]; then
		say "finishing the interrupted uninstall of $po"
		meta_of "$po"
		plan_compute "$META" -
		finish_switch uninstall "$po" ""
		RESUMED=$pa
	elif [ "$pa" != uninstall ] && is_gen "$pn" && [ "$CUR" = "$pn" ]; then
		say "finishing the interrupted $pa of $pn"
		[ "$po" != - ] || po=''
		meta_of "$po"
		plan_compute "$META" "$H/gens/$pn/.hearth"
		finish_switch "$pa" "$po" "$pn"
		RESUMED=$pa
	else
		[ "$pa" != uninstall ] || pn=$po
		say "an interrupted $pa of ${pn:-?} had not switched yet; ${CUR:-nothing} is still current"
		step "drop-pending"
		rm -f "$H/pending"
	fi
}

# --- activation (ACTIVATION.md) ---------------------------------------------
# `activate` checks what it can without changing anything, takes the lock,
# clears the journal $J and starts the worker detached from the caller; the
# worker takes the lock over, runs the same steps as install (or rollback),
# settles the units, waits for `confirm`, and rolls back (the same switch as
# rollback) on a failed unit, `abort` or no confirmation in time. A later
# activate, install or rollback that finds an activation whose worker is gone
# finishes it: an unconfirmed switch is rolled back (recover_activation).

EV_ON=0 FINAL=0 PHASE=prepare
ACT_ID='' ACT_OLD='' ACT_NEW='' ACT_REASON=''
CNT_ADD=0 CNT_CHG=0 CNT_DEL=0 CNT_START=0 CNT_RESTART=0 CNT_RELOAD=0 CNT_STOP=0
FAILED_UNITS='' SETTLE_MSG='' PKG_NOTE='' PREP_NOTE=''

jwrite() { # NAME TEXT: replaces $J/NAME (tmp + rename)
	printf '%s\n' "$2" >"$J/.$1.$$" && mv -f "$J/.$1.$$" "$J/$1"
}

set_state() {
	jwrite state "$1" || say "warning: cannot write $J/state"
}

ev() { # STAGE [DETAIL]: appends to $J/events (worker and recovery only)
	[ "$EV_ON" = 1 ] || return 0
	oneline "${2:-}"
	printf '%s\t%s\t%s\n' "$(epoch)" "$1" "$ONELINE" >>"$J/events" ||
		say "warning: cannot append to $J/events"
}

# Sets EV_DETAIL to the detail of the last STAGE event; false if there is none.
last_event_of() { # STAGE
	EV_DETAIL='' found=1
	[ -f "$J/events" ] || return 1
	while IFS=$TAB read -r _ stg det; do
		if [ "$stg" = "$1" ]; then
			EV_DETAIL=$det found=0
		fi
	done <"$J/events"
	return "$found"
}

# Sets JREASON to the reason= line of $J/result ("" if none).
result_reason() {
	JREASON=''
	[ -f "$J/result" ] || return 0
	while IFS= read -r line; do
		case $line in reason=*) JREASON=${line#reason=} ;; esac
	done <"$J/result"
}

# True when the journal's activation is running or awaiting confirmation and
# its worker (the holder of the lock) is alive. Sets LIVE_ID, LIVE_STATE.
activation_live() {
	LIVE_ID='' LIVE_STATE='' lpid=''
	read -r LIVE_STATE 2>/dev/null <"$J/state"
	case $LIVE_STATE in
	running | awaiting-confirmation) ;;
	*) return 1 ;;
	esac
	read -r LIVE_ID 2>/dev/null <"$J/id"
	read -r lpid 2>/dev/null <"$H/lock/pid"
	[ -n "$lpid" ] || return 1
	pid_alive "$lpid"
}

# Unit and file counts of the forward switch, from plan_compute's output.
count_plan() {
	CNT_ADD=$PLAN_ADD CNT_CHG=$PLAN_CHG CNT_DEL=$PLAN_DEL
	CNT_START=0 CNT_RESTART=0 CNT_RELOAD=0 CNT_STOP=0
	while IFS=$TAB read -r act _ _; do
		case $act in
		start) CNT_START=$((CNT_START + 1)) ;;
		restart | try-restart) CNT_RESTART=$((CNT_RESTART + 1)) ;;
		reload-or-restart | try-reload-or-restart) CNT_RELOAD=$((CNT_RELOAD + 1)) ;;
		stop) CNT_STOP=$((CNT_STOP + 1)) ;;
		esac
	done <"$S/plan.units"
}

write_result() { # REASON
	oneline "$1"
	if ! {
		printf 'old=%s\nnew=%s\n' "$ACT_OLD" "$ACT_NEW"
		printf 'files_added=%s\nfiles_changed=%s\nfiles_removed=%s\n' "$CNT_ADD" "$CNT_CHG" "$CNT_DEL"
		printf 'started=%s\nrestarted=%s\nreloaded=%s\nstopped=%s\n' "$CNT_START" "$CNT_RESTART" "$CNT_RELOAD" "$CNT_STOP"
		printf 'reason=%s\nfailed_units=%s\n' "$ONELINE" "$FAILED_UNITS"
	} >"$J/.result.$$" || ! mv -f "$J/.result.$$" "$J/result"; then
		say "warning: cannot write $J/result"
	fi
}

# act_finish STATE REASON: the activation's end (result, event, state).
act_finish() {
	write_result "$2"
	ev "$1" "$2"
	set_state "$1"
	FINAL=1
	if [ "$1" = "done" ]; then
		say "activation $ACT_ID: done; ${ACT_NEW:-nothing} is current"
	else
		say "activation $ACT_ID: $1: $2"
	fi
}

# act_rollback REASON: switches from ACT_NEW back to ACT_OLD with the same
# switch as `rollback` (uninstalls when there was no ACT_OLD), settles, and
# ends the activation rolled-back (or failed when the rollback went wrong).
act_rollback() {
	ACT_REASON=$1 PHASE=rolling-back
	fw_failed=$FAILED_UNITS
	set_state running
	ev rolling-back "$1"
	say "rolling back activation $ACT_ID: $1"
	current_gen
	SERVICE_FAILED='' SERVICE_FAILED_UNITS=''
	if [ -n "$ACT_OLD" ]; then
		need_intact "$ACT_OLD"
		rollback_switch "$ACT_OLD"
	else
		uninstall_from "$ACT_NEW"
	fi
	settle
	FAILED_UNITS="$fw_failed${FAILED_UNITS:+ $FAILED_UNITS}"
	FAILED_UNITS=${FAILED_UNITS# }
	if [ -n "$SETTLE_MSG" ]; then
		act_finish failed "$1; after rolling back to ${ACT_OLD:-nothing}: $SETTLE_MSG"
	else
		act_finish rolled-back "$1"
	fi
	PHASE=ended
}

# Called by die in the worker (REASON is die's first line). Writes only the
# journal: a rollback after the switch is left to worker_die in the EXIT
# trap. When the rollback itself dies (in that trap), exit skips the rest of
# the trap, so this lets go of the lock and scratch itself.
worker_fail() {
	[ "$FINAL" = 0 ] || return 0
	case $PHASE in
	rolling-back)
		PHASE=ended
		act_finish failed "$ACT_REASON; the rollback failed: $1"
		release
		;;
	switching | switched) DIE_REASON=$1 ;;
	*) act_finish failed "$1" ;;
	esac
}

# The EXIT trap's part for a worker that died after its switch began:
# roll back if the switch happened, else the activation failed.
worker_die() {
	r=$DIE_REASON
	DIE_REASON=''
	current_gen
	if [ -n "$ACT_NEW" ] && [ "$CUR" = "$ACT_NEW" ]; then
		act_rollback "$r"
	else
		act_finish failed "$r"
	fi
}

# What install, rollback and activate do first: take the lock, clean up
# after killed runs, finish an interrupted switch and an interrupted
# activation.
lock_and_recover() {
	take_lock
	clean_leftovers
	resume_pending
	recover_activation
}

# Finishes an activation whose worker is gone (run with the lock held, so a
# journal that says running or awaiting-confirmation has no live worker).
recover_activation() {
	st=''
	read -r st 2>/dev/null <"$J/state"
	case $st in
	running | awaiting-confirmation) ;;
	*) return 0 ;;
	esac
	ACT_ID='' stage=''
	read -r ACT_ID 2>/dev/null <"$J/id"
	if [ -s "$J/events" ]; then
		stage=$(tail -n 1 "$J/events")
		stage=${stage#*"$TAB"}
		stage=${stage%%"$TAB"*}
	fi
	gone="the worker of activation ${ACT_ID:-?} stopped (last event: ${stage:-none})"
	say "$gone; finishing that activation first"
	EV_ON=1 ACT_CTX=1
	if [ ! -f "$J/switch" ]; then
		act_finish failed "$gone before switching; nothing was changed"
		EV_ON=0 ACT_CTX=0 FINAL=0
		return 0
	fi
	ACT_OLD='' ACT_NEW=''
	read -r ACT_OLD ACT_NEW <"$J/switch"
	[ "$ACT_OLD" != - ] || ACT_OLD=''
	meta_of "$ACT_OLD"
	om=$META
	meta_of "$ACT_NEW"
	if [ "$META" != - ]; then
		plan_compute "$om" "$META"
		count_plan
	fi
	current_gen
	rb=''
	if last_event_of rolling-back; then
		if [ "$CUR" = "$ACT_OLD" ]; then
			act_finish rolled-back "$EV_DETAIL"
		elif [ "$CUR" = "$ACT_NEW" ]; then
			rb=$EV_DETAIL
		else
			act_finish failed "$EV_DETAIL; $gone while rolling back, and ${CUR:-nothing} is current: left as it is"
		fi
	elif [ "$CUR" = "$ACT_NEW" ] && { [ -e "$J/confirm" ] || last_event_of confirmed || last_event_of "done"; }; then
		act_finish "done" ""
	elif [ "$CUR" = "$ACT_NEW" ]; then
		rb="$gone before it was confirmed"
	elif [ "$CUR" = "$ACT_OLD" ]; then
		act_finish failed "$gone before switching; nothing was changed"
	else
		act_finish failed "$gone; ${CUR:-nothing} is current, neither ${ACT_OLD:-nothing} nor $ACT_NEW: left as it is"
	fi
	if [ -n "$rb" ]; then
		act_rollback "$rb"
	fi
	# what follows (install, rollback, a new activation) starts afresh
	EV_ON=0 ACT_CTX=0 FINAL=0 PHASE=prepare SERVICE_FAILED='' SERVICE_FAILED_UNITS='' FAILED_UNITS=''
}

cmd_activate() {
	make_scratch
	if [ "$ACT_ROLLBACK" = 0 ]; then
		read_manifest
		check_bundle
		extract_meta
		current_gen
		[ "$CUR" = "$HEARTH_GEN" ] || check_packages "$NEWMETA" refuse
	else
		[ -d "$H/gens" ] || die "nothing is installed in $P (no $H/gens); nothing to roll back."
	fi
	if activation_live; then
		die "activation $LIVE_ID is still running (state $LIVE_STATE); nothing was changed." \
			"follow it with \`sh install.sh status\`; \`sh install.sh abort $LIVE_ID REASON\` rolls it back."
	fi
	[ -f "$0" ] || die "this script ($0) is not a file the worker can run; run it as \`sh install.sh activate\`."
	lock_and_recover
	current_gen
	ACT_OLD=$CUR
	# what would refuse the switch refuses now, before the journal changes
	if [ "$ACT_ROLLBACK" = 1 ]; then
		[ -n "$CUR" ] || die "nothing is installed in $P (no $H/current); nothing to roll back."
		pick_rollback_target
		ACT_NEW=$TARGET ACT_ID=rollback-$(epoch)-$$
		if [ "$TARGET" != "$CUR" ]; then
			check_packages "$H/gens/$TARGET/.hearth" refuse
			tops_of "$H/gens/$TARGET/.hearth/manifest" >"$S/tops"
		fi
	else
		ACT_NEW=$HEARTH_GEN ACT_ID=$HEARTH_GEN-$(epoch)-$$
		[ "$CUR" = "$HEARTH_GEN" ] || tops_of "$NEWMETA/manifest" >"$S/tops"
	fi
	if [ -f "$S/tops" ]; then
		preflight "$S/tops" 0
	fi
	if ! { rm -rf "$J" && mkdir -p "$J" && jwrite id "$ACT_ID" && cp "$0" "$J/install.sh" &&
		{ [ "$ACT_ROLLBACK" = 1 ] || cp "$MANIFEST" "$J/manifest.json"; }; }; then
		die "cannot write the activation journal $J; nothing was changed."
	fi
	set_state running
	EV_ON=1
	step "start-worker"
	start_worker
	# the worker takes the lock over (and with it, the activation)
	n=0
	while :; do
		lp=''
		read -r lp 2>/dev/null <"$H/lock/pid"
		[ "$lp" = "$$" ] || break
		n=$((n + 1))
		if [ "$n" -gt 1000 ]; then
			act_finish failed "the worker did not start within 10 s (see $J/log${UNIT:+ and journalctl -u $UNIT}); nothing was changed"
			die "the worker of activation $ACT_ID did not start within 10 s; nothing was changed." \
				"see $J/log${UNIT:+ and \`journalctl -u $UNIT\`}."
		fi
		sleep 0.01 2>/dev/null || sleep 1
	done
	LOCKED=0 MADE_HEARTH=0
	say "activation $ACT_ID: worker started${UNIT:+ as $UNIT}; follow it with \`sh install.sh status\`"
	printf 'activation %s started\n' "$ACT_ID"
}

# Starts `install.sh worker` (the copy in the journal) detached from the
# caller: a transient systemd unit, or nohup (and setsid) without systemd.
UNIT=''
start_worker() {
	sh_exe=$(readlink "/proc/$$/exe" 2>/dev/null) || sh_exe=''
	case ${sh_exe##*/} in
	'') set -- sh ;;
	busybox*) set -- "$sh_exe" sh ;;
	*) set -- "$sh_exe" ;;
	esac
	set -- "$@" "$J/install.sh" worker --id "$ACT_ID" --parent "$$" --step-base "$STEP_N" \
		--confirm-timeout "$CONFIRM_TIMEOUT" --keep "$KEEP"
	if [ "$ROOT_GIVEN" = 1 ]; then set -- "$@" --root "${ROOT:-/}"; fi
	if [ "$MADE_HEARTH" = 1 ]; then set -- "$@" --made-hearth; fi
	if [ "$NO_CONFIRM" = 1 ]; then set -- "$@" --no-confirm; fi
	if [ "$ADOPT" = 1 ]; then set -- "$@" --adopt; fi
	if [ "$ACT_ROLLBACK" = 1 ]; then
		set -- "$@" --rollback "$TARGET"
	else
		set -- "$@" --bundle "$BUNDLE" --manifest "$J/manifest.json"
	fi
	if services_enabled && command -v systemd-run >/dev/null 2>&1; then
		UNIT=hearth-activation-$ACT_ID
		case $ACT_ID in
		rollback-*) ;;
		*) UNIT=hearth-activation-$(printf '%s' "$ACT_ID" | cut -c1-8)-${ACT_ID#*-} ;;
		esac
		set -- -- "$@"
		for v in TMPDIR HEARTH_TEST_SYSTEMD HEARTH_TRACE_STEPS HEARTH_CRASH_AT HEARTH_SETTLE_TIMEOUT; do
			eval "val=\${$v:-}"
			if [ -n "$val" ]; then set -- "--setenv=$v=$val" "$@"; fi
		done
		if ! systemd-run "--unit=$UNIT" --collect --quiet "--description=hearth activation $ACT_ID" \
			"--setenv=PATH=$PATH" "$@" </dev/null >"$S/run.out" 2>&1; then
			act_finish failed "systemd-run could not start the worker: $(cat "$S/run.out"); nothing was changed"
			die "systemd-run could not start the worker of activation $ACT_ID: $(cat "$S/run.out"); nothing was changed."
		fi
	else
		if command -v setsid >/dev/null 2>&1; then set -- setsid "$@"; fi
		nohup "$@" </dev/null >>"$J/log" 2>&1 &
	fi
}

cmd_worker() {
	exec </dev/null >>"$J/log" 2>&1
	trap '' HUP
	jid='' lp=''
	read -r jid 2>/dev/null <"$J/id"
	if [ "$jid" != "$ACT_ID" ]; then
		say "worker of activation $ACT_ID: the journal is for activation ${jid:-none} now; exiting"
		exit 1
	fi
	read -r lp 2>/dev/null <"$H/lock/pid"
	if [ "$lp" != "$ACT_PARENT" ] || ! printf '%s\n' "$$" >"$H/lock/pid.new" ||
		! mv -f "$H/lock/pid.new" "$H/lock/pid"; then
		say "worker of activation $ACT_ID: cannot take the lock over from pid $ACT_PARENT (${lp:-nobody} holds it); exiting"
		exit 1
	fi
	LOCKED=1 WORKER=1 ACT_CTX=1 EV_ON=1 MADE_HEARTH=$ARG_MADE_HEARTH STEP_N=$ACT_STEP_BASE
	set_state running
	ev started "worker pid $$"
	say "activation $ACT_ID: worker pid $$"
	make_scratch
	clean_leftovers
	resume_pending
	RB_REASON=''
	if [ "$ACT_ROLLBACK" = 1 ]; then
		worker_rollback
	else
		worker_forward
	fi
	if [ -n "$RB_REASON" ]; then
		act_rollback "$RB_REASON"
	fi
	exit 0
}

worker_forward() {
	read_manifest
	check_bundle
	ev verified "${BUNDLE##*/} sha256 $SHA"
	extract_meta
	current_gen
	ACT_OLD=$CUR ACT_NEW=$HEARTH_GEN
	if [ "$CUR" = "$HEARTH_GEN" ] && [ -d "$H/gens/$CUR" ]; then
		say "already installed: $HEARTH_GEN (nothing to do)"
		act_finish "done" ""
		return 0
	fi
	check_packages "$NEWMETA" refuse
	ev packages "$PKG_NOTE"
	prepare_gen
	ev unpacked "$PREP_NOTE"
	PHASE=switching SERVICE_FAILED='' SERVICE_FAILED_UNITS=''
	jwrite switch "${ACT_OLD:--} $ACT_NEW" || die "cannot write $J/switch; nothing was switched."
	MADE_HEARTH=0
	switch_to install "$ACT_OLD" "$ACT_NEW"
	after_switch
}

worker_rollback() {
	current_gen
	[ -n "$CUR" ] || die "nothing is installed in $P (no $H/current); nothing to roll back."
	pick_rollback_target
	ACT_OLD=$CUR ACT_NEW=$TARGET
	if [ "$TARGET" = "$CUR" ]; then
		say "already current: $CUR (nothing to do)"
		act_finish "done" ""
		return 0
	fi
	need_intact "$TARGET"
	ev verified "generation $TARGET matches its manifest"
	check_packages "$H/gens/$TARGET/.hearth" refuse
	ev packages "$PKG_NOTE"
	PHASE=switching SERVICE_FAILED='' SERVICE_FAILED_UNITS=''
	jwrite switch "$ACT_OLD $ACT_NEW" || die "cannot write $J/switch; nothing was switched."
	rollback_switch "$TARGET"
	after_switch
}

# After the forward switch: settle, then confirmation (or not); sets
# RB_REASON when the worker must roll back.
after_switch() {
	PHASE=switched
	settle abortable
	if [ -n "$SETTLE_MSG" ]; then
		ev settled "$SETTLE_MSG"
		RB_REASON=$SETTLE_MSG
		return 0
	fi
	if services_enabled; then
		ev settled "units settled"
	else
		ev settled "services not touched"
	fi
	if [ -e "$J/abort" ]; then
		abort_now
	elif [ "$NO_CONFIRM" = 1 ]; then
		act_finish "done" ""
	else
		await_confirmation
	fi
}

abort_now() {
	r=$(cat "$J/abort" 2>/dev/null) || r=''
	ev aborted "$r"
	RB_REASON="aborted: ${r:-no reason given}"
}

await_confirmation() {
	ev awaiting-confirmation "up to $CONFIRM_TIMEOUT s"
	say "activation $ACT_ID: awaiting \`sh install.sh confirm $ACT_ID\` for up to $CONFIRM_TIMEOUT s"
	set_state awaiting-confirmation
	ticks=$((CONFIRM_TIMEOUT * 20)) n=0
	while :; do
		if [ -e "$J/abort" ]; then
			abort_now
			return 0
		fi
		if [ -e "$J/confirm" ]; then
			ev confirmed
			act_finish "done" ""
			return 0
		fi
		[ "$n" -lt "$ticks" ] || break
		nap
		n=$((n + TICKS))
	done
	ev timeout "no confirmation within $CONFIRM_TIMEOUT s"
	RB_REASON="no confirmation within $CONFIRM_TIMEOUT s"
}

cmd_status() {
	jid='' st=''
	read -r jid 2>/dev/null <"$J/id"
	read -r st 2>/dev/null <"$J/state"
	if [ -z "$jid" ] && [ -z "$st" ]; then
		printf 'state=none\n'
		return 0
	fi
	gone=''
	case $st in
	running | awaiting-confirmation)
		if ! activation_live; then
			# The worker writes its final state before it lets go of the lock:
			# read the state again, after the lock, so a worker that just
			# finished is not taken for one that died.
			read -r st 2>/dev/null <"$J/state"
			case $st in running | awaiting-confirmation) gone=1 ;; esac
		fi
		;;
	esac
	printf 'id=%s\nstate=%s\n' "$jid" "${st:-none}"
	[ -z "$gone" ] || printf 'worker=gone\n'
	[ ! -f "$J/result" ] || cat "$J/result"
	if [ -s "$J/events" ]; then
		printf 'last_event=%s\n' "$(tail -n 1 "$J/events")"
	fi
	return 0
}

# need_activation ID VERB: ID is the journal's activation, still going.
need_activation() {
	jid='' st=''
	read -r jid 2>/dev/null <"$J/id"
	read -r st 2>/dev/null <"$J/state"
	[ -n "$jid" ] || die "no activation to $2 (nothing in $J)."
	[ "$jid" = "$1" ] || die "activation $1 is not the current one (the last activation is $jid); nothing to $2."
	case $st in
	running | awaiting-confirmation) ;;
	*)
		result_reason
		die "activation $jid has already ended: ${st:-no state}${JREASON:+ ($JREASON)}; nothing to $2."
		;;
	esac
	if ! activation_live; then
		die "the worker of activation $jid is gone (state $st); nothing to $2." \
			"the next \`sh install.sh activate\` (or install, or rollback) finishes it: an unconfirmed switch is rolled back."
	fi
}

cmd_confirm() {
	[ -n "$ID_ARG" ] || usage_error "confirm needs the activation id (see \`sh install.sh status\`)"
	need_activation "$ID_ARG" confirm
	if [ "$st" != awaiting-confirmation ]; then
		die "activation $jid is not awaiting confirmation yet (state $st); retry once \`sh install.sh status\` says awaiting-confirmation."
	fi
	jwrite confirm "$(epoch)" || die "cannot write $J/confirm"
	# the worker looks every 50 ms: wait (up to 5 s) for its answer
	n=0
	while [ "$n" -lt 250 ]; do
		st=''
		read -r st 2>/dev/null <"$J/state"
		case $st in
		done)
			printf 'activation %s confirmed\n' "$jid"
			return 0
			;;
		rolled-back | failed)
			result_reason
			die "too late: activation $jid ended $st${JREASON:+ ($JREASON)} before it saw the confirmation."
			;;
		esac
		sleep 0.02 2>/dev/null || sleep 1
		n=$((n + 1))
	done
	die "wrote $J/confirm, but the worker of activation $jid has not taken it within 5 s; see \`sh install.sh status\`."
}

cmd_abort() {
	[ -n "$ID_ARG" ] || usage_error "abort needs the activation id and a reason: abort ID REASON..."
	[ -n "$REASON_ARG" ] || usage_error "abort needs a reason: abort ID REASON..."
	need_activation "$ID_ARG" abort
	jwrite abort "$REASON_ARG" || die "cannot write $J/abort"
	say "abort requested: the worker rolls activation $jid back; follow it with \`sh install.sh status\`"
}

# --- commands ---------------------------------------------------------------

cmd_install() {
	read_manifest
	check_bundle
	make_scratch
	extract_meta
	current_gen
	# missing packages refuse before anything changes (not when already installed)
	[ "$CUR" = "$HEARTH_GEN" ] || check_packages "$NEWMETA" refuse
	lock_and_recover
	current_gen
	if [ "$CUR" = "$HEARTH_GEN" ] && [ -d "$H/gens/$CUR" ]; then
		if [ -n "$RESUMED" ]; then
			say "installed: $HEARTH_GEN"
		else
			say "already installed: $HEARTH_GEN (nothing to do)"
		fi
		finish_exit
	fi
	prepare_gen
	MADE_HEARTH=0
	switch_to install "$CUR" "$HEARTH_GEN"
	say "installed: $HEARTH_GEN${HEARTH_MACHINE:+ for $HEARTH_MACHINE}"
	finish_exit
}

# Decides the top-level directories (preflight) and makes sure gens/HEARTH_GEN
# holds the intact generation (reused, or unpacked afresh). Shared by install
# and the activation worker.
prepare_gen() {
	tops_of "$NEWMETA/manifest" >"$S/tops"
	preflight "$S/tops" 0
	G=$H/gens/$HEARTH_GEN
	if [ -d "$G" ]; then
		if gen_intact "$HEARTH_GEN"; then
			say "reusing generation $HEARTH_GEN, already unpacked in $H/gens/"
			PREP_NOTE="reused gens/$HEARTH_GEN"
		else
			say "gens/$HEARTH_GEN does not match its manifest; unpacking it again:" "$(cat "$S/sums.err")"
			step "discard-damaged"
			mv -T "$G" "$H/gens/.tmp-damaged-$HEARTH_GEN.$$" || die "cannot move the damaged $G aside"
			rm -rf "$H/gens/.tmp-damaged-$HEARTH_GEN.$$"
		fi
	fi
	if [ ! -d "$G" ]; then
		unpack_gen
		PREP_NOTE="unpacked into gens/$HEARTH_GEN"
	fi
}

# Sets DF_AVAIL to the KiB available on the file system holding $1 ("" if unknown).
df_avail() {
	DF_AVAIL='' a=''
	df -Pk "$1" 2>/dev/null | tail -n 1 >"$S/df" || return 0
	read -r _ _ _ a _ <"$S/df"
	if is_uint "$a"; then DF_AVAIL=$a; fi
}

unpack_gen() {
	say "unpacking generation $HEARTH_GEN into $H/gens/"
	TMPGEN=$H/gens/.tmp-$HEARTH_GEN.$$
	step "unpack"
	if ! mkdir "$TMPGEN" 2>"$S/tar.err" || ! tar "-x${TARZ}pf" "$BUNDLE" -C "$TMPGEN" 2>"$S/tar.err"; then
		# tar does not always say ENOSPC ("Wrote only 512 of 10240 bytes"):
		# ask df before the partial generation is removed
		df_avail "$H/gens"
		err=$(cat "$S/tar.err")
		rm -rf "$TMPGEN"
		TMPGEN=''
		case $err in
		*"No space left on device"* | *"Disk quota exceeded"*) full=1 ;;
		*) full=0 ;;
		esac
		if [ -n "$DF_AVAIL" ] && [ "$DF_AVAIL" -lt 256 ]; then full=1; fi
		if [ "$full" = 1 ]; then
			die "unpacking failed: No space left on device: the file system holding $P is full (${DF_AVAIL:-?} KiB were available when tar stopped); tar said: $err" \
				"removed the partial generation; nothing was switched (${CUR:-nothing} is still current)." \
				"free space in $P (df -h $P) and rerun."
		fi
		die "unpacking failed: $err" \
			"removed the partial generation; nothing was switched (${CUR:-nothing} is still current)." \
			"free space in $P (df -h $P) and rerun."
	fi
	check_meta "$TMPGEN/.hearth" "the unpacked bundle"
	if ! check_gen_files "$TMPGEN"; then
		die "the unpacked files do not match .hearth/sha256sums:" "$(cat "$S/sums.err")" \
			"nothing was switched; copy the bundle again and rerun."
	fi
	say "unpacked files match .hearth/sha256sums"
	apply_owners "$TMPGEN"
	step "commit-gen"
	mv -T "$TMPGEN" "$G" || die "cannot move the new generation into $G; nothing was switched."
	TMPGEN=''
}

apply_owners() { # GENDIR
	while IFS=$TAB read -r p k m o _; do
		[ "$o" != root:root ] || continue
		step "chown $p"
		if chown -h "$o" "$1/$p" 2>"$S/chown.err"; then
			# chown clears set-id bits: put the mode back
			[ "$k" = l ] || chmod "$m" "$1/$p"
		elif [ "$ROOT_GIVEN" = 1 ]; then
			say "warning: cannot give $p to $o ($(cat "$S/chown.err")); left it root-owned (--root)"
		else
			die "cannot give $p to $o: $(cat "$S/chown.err")" \
				"create the user/group on this machine and rerun; nothing was switched."
		fi
	done <"$1/.hearth/manifest"
}

finish_exit() {
	if [ -n "$SERVICE_FAILED" ]; then
		exit 1
	fi
	exit 0
}

# Sets TARGET to the generation `rollback [GEN]` goes to (CUR must be set).
pick_rollback_target() {
	if [ -n "$GEN_ARG" ]; then
		TARGET=$GEN_ARG
		if ! is_gen "$TARGET" || [ ! -d "$H/gens/$TARGET" ]; then
			avail=''
			for d in "$H"/gens/*; do
				g=${d##*/}
				is_gen "$g" && avail="$avail $g"
			done
			die "unknown generation '$TARGET'; available:${avail:- none}" "see \`sh install.sh list\`."
		fi
	else
		previous_gen
		[ -n "$PREV" ] || die "no previous generation to roll back to (see \`sh install.sh list\`)."
		TARGET=$PREV
	fi
}

# Dies unless generation $1 still matches its manifest.
need_intact() {
	if ! gen_intact "$1"; then
		die "generation $1 does not match its manifest:" "$(cat "$S/sums.err")" \
			"install its bundle again instead (it is unpacked afresh); nothing was switched."
	fi
}

# rollback_switch GEN: switches from CUR back to GEN (checked intact).
rollback_switch() {
	tops_of "$H/gens/$1/.hearth/manifest" >"$S/tops"
	preflight "$S/tops" 0
	say "rolling back: ${CUR:-nothing} -> $1"
	switch_to rollback "$CUR" "$1"
}

cmd_rollback() {
	make_scratch
	[ -d "$H/gens" ] || die "nothing is installed in $P (no $H/gens)"
	lock_and_recover
	current_gen
	[ -n "$CUR" ] || die "nothing is installed in $P (no $H/current)"
	if [ -z "$GEN_ARG" ] && [ "$RESUMED" = rollback ]; then
		say "rolled back to $CUR"
		finish_exit
	fi
	pick_rollback_target
	if [ "$TARGET" = "$CUR" ]; then
		say "already current: $CUR (nothing to do)"
		finish_exit
	fi
	need_intact "$TARGET"
	rollback_switch "$TARGET"
	say "rolled back to $TARGET"
	finish_exit
}

cmd_list() {
	make_scratch
	current_gen
	previous_gen
	gens_by_recency
	if [ ! -s "$S/recent" ]; then
		say "no generations in $H/gens"
		return 0
	fi
	tac "$S/recent" >"$S/recent.rev"
	while IFS=$TAB read -r g ep ac; do
		mark=' ' note=''
		if [ "$g" = "$CUR" ]; then
			mark='*' note='  (current)'
		elif [ "$g" = "$PREV" ]; then
			note='  (previous)'
		fi
		printf '%s %s  %-23s  %-8s%s\n' "$mark" "$g" "$(fmt_time "$ep")" "$ac" "$note"
	done <"$S/recent.rev"
}

# Writes a manifest of the live tree GENDIR to OUT (same format as .hearth/manifest).
live_manifest() { # GENDIR OUT
	lg=$1 lo=$2
	(cd "$lg" && du -al .) >"$S/lm.du" 2>/dev/null
	while IFS= read -r line; do
		p=${line#*"$TAB"}
		case $p in
		. | ./.hearth | ./.hearth/*) continue ;;
		esac
		printf '%s\n' "${p#./}"
	done <"$S/lm.du" | sort >"$S/lm.paths"
	: >"$S/lm.stat"
	set --
	while IFS= read -r p; do
		set -- "$@" "$p"
		if [ "$#" -ge 256 ]; then
			(cd "$lg" && stat -c "%n$TAB%A$TAB%04a$TAB%U:%G" -- "$@") >>"$S/lm.stat"
			set --
		fi
	done <"$S/lm.paths"
	if [ "$#" -gt 0 ]; then
		(cd "$lg" && stat -c "%n$TAB%A$TAB%04a$TAB%U:%G" -- "$@") >>"$S/lm.stat"
	fi
	: >"$S/lm.dl"
	: >"$S/lm.f"
	while IFS=$TAB read -r p a m o; do
		case $a in
		d*) printf '%s\td\t%s\t%s\t-\n' "$p" "$m" "$o" >>"$S/lm.dl" ;;
		l*) printf '%s\tl\t%s\t%s\t%s\n' "$p" "$m" "$o" "$(readlink -- "$lg/$p")" >>"$S/lm.dl" ;;
		-*) printf '%s\tf\t%s\t%s\n' "$p" "$m" "$o" >>"$S/lm.f" ;;
		*) printf '%s\t%s\t%s\t%s\t-\n' "$p" "${a%"${a#?}"}" "$m" "$o" >>"$S/lm.dl" ;;
		esac
	done <"$S/lm.stat"
	# contents of the regular files
	: >"$S/lm.sums"
	set --
	while IFS=$TAB read -r p _; do
		set -- "$@" "$p"
		if [ "$#" -ge 256 ]; then
			(cd "$lg" && sha256sum -- "$@") >>"$S/lm.sums" 2>/dev/null
			set --
		fi
	done <"$S/lm.f"
	if [ "$#" -gt 0 ]; then
		(cd "$lg" && sha256sum -- "$@") >>"$S/lm.sums" 2>/dev/null
	fi
	while IFS= read -r line; do
		case $line in
		\\*)
			line=${line#?}
			unescape "${line#*  }"
			printf '%s\t%s\n' "$UNESC" "${line%%  *}"
			;;
		*) printf '%s\t%s\n' "${line#*  }" "${line%%  *}" ;;
		esac
	done <"$S/lm.sums" | sort -t "$TAB" -k1,1 >"$S/lm.sums.s"
	sort -t "$TAB" -k1,1 "$S/lm.f" >"$S/lm.f.s"
	join -t "$TAB" -a1 -e unreadable -o 0,1.2,1.3,1.4,2.2 "$S/lm.f.s" "$S/lm.sums.s" >"$S/lm.f.full"
	sort "$S/lm.dl" "$S/lm.f.full" >"$lo"
}

cmd_verify() {
	make_scratch
	current_gen
	[ -n "$CUR" ] || die "nothing is installed in $P (no $H/current)"
	G=$H/gens/$CUR
	[ -f "$G/.hearth/manifest" ] || die "generation $CUR has no .hearth/manifest ($G is damaged or missing)"
	if [ -f "$H/pending" ]; then
		say "note: an interrupted install/rollback is pending; rerun it to finish"
	fi
	: >"$S/drift"
	genid_of "$G/.hearth"
	if [ "$GENID" != "$CUR" ]; then
		printf '~ .hearth/manifest (hashes to %s, not %s)\n' "$GENID" "$CUR" >>"$S/drift"
	fi
	live_manifest "$G" "$S/live"
	diff_manifests "$G/.hearth/manifest" "$S/live" "$S/drift.tree" ' (missing)' ' (not in manifest)'
	cat "$S/drift.tree" >>"$S/drift"
	tops_of "$G/.hearth/manifest" >"$S/tops"
	while IFS= read -r t; do
		d=$P/$t
		if [ -L "$d" ]; then
			tg=$(readlink "$d")
			[ "$tg" = ".hearth/current/$t" ] ||
				printf '~ %s (top-level link points to %s, expected .hearth/current/%s)\n' "$t" "$tg" "$t"
		elif [ -e "$d" ]; then
			printf '~ %s (top-level is not a link to .hearth/current/%s)\n' "$t" "$t"
		else
			printf '%s %s (top-level link to .hearth/current/%s missing)\n' - "$t" "$t"
		fi
	done <"$S/tops" >>"$S/drift"
	if [ -s "$S/drift" ]; then
		cat "$S/drift"
		n=0
		while IFS= read -r _; do n=$((n + 1)); done <"$S/drift"
		die "drift: $n path(s) of generation $CUR differ from its manifest." \
			"to restore it: \`sh install.sh rollback\`, then run the install.sh of $CUR again" \
			"(a generation that does not match its manifest is unpacked afresh)."
	fi
	say "ok: $CUR matches its manifest"
}

cmd_plan() {
	make_scratch
	if [ -n "$OLD_ARG" ] || [ -n "$NEW_ARG" ]; then
		if [ -z "$OLD_ARG" ] || [ -z "$NEW_ARG" ]; then
			usage_error "plan needs both --old DIR|- and --new DIR"
		fi
		om=$(meta_dir "$OLD_ARG") || exit 1
		nm=$(meta_dir "$NEW_ARG") || exit 1
		[ "$nm" != - ] || usage_error "--new cannot be -"
		og=- ng=''
		[ "$om" = - ] || read -r og 2>/dev/null <"$om/gen"
		read -r ng 2>/dev/null <"$nm/gen"
		plan_compute "$om" "$nm"
		[ "$og" != - ] || og=''
		print_plan "$og" "$ng" 1
		return 0
	fi
	read_manifest
	check_bundle
	extract_meta
	current_gen
	meta_of "$CUR"
	plan_compute "$META" "$NEWMETA"
	if [ "$CUR" = "$HEARTH_GEN" ]; then
		say "already installed: $HEARTH_GEN (nothing to do)"
		return 0
	fi
	print_plan "$CUR" "$HEARTH_GEN" 1
	tops_of "$NEWMETA/manifest" >"$S/tops"
	preflight "$S/tops" 1
	check_packages "$NEWMETA" report
	if [ "$ROOT_GIVEN" = 1 ]; then
		say "services would not be touched (--root)"
	elif [ ! -d /run/systemd/system ]; then
		say "services would not be touched (systemd is not running)"
	fi
}

meta_dir() { # ARG -> prints the .hearth/ dir it names, or "-"
	if [ "$1" = - ]; then
		printf '%s\n' -
	elif [ -f "$1/.hearth/manifest" ]; then
		printf '%s\n' "$1/.hearth"
	elif [ -f "$1/manifest" ]; then
		printf '%s\n' "$1"
	else
		say "$1 is not a .hearth/ metadata directory (no manifest in it)"
		return 1
	fi
}

# --- arguments --------------------------------------------------------------

CMD='' GEN_ARG='' ROOT='' ROOT_GIVEN=0 BUNDLE='' MANIFEST='' ADOPT=0 KEEP=5 OLD_ARG='' NEW_ARG=''
CONFIRM_TIMEOUT=30 NO_CONFIRM=0 ACT_ROLLBACK=0 ID_ARG='' REASON_ARG=''
ACT_PARENT='' ACT_STEP_BASE=0 ARG_MADE_HEARTH=0 TARZ=z
need_arg() {
	[ "$2" -ge 2 ] || usage_error "$1 needs a value"
}
# A word that is not an option: the command, or an argument of it.
positional() {
	if [ -z "$CMD" ]; then
		case $1 in
		install | list | rollback | verify | plan | activate | status | confirm | abort | worker)
			CMD=$1
			return 0
			;;
		esac
	fi
	case $CMD in
	rollback)
		if [ -z "$GEN_ARG" ]; then
			GEN_ARG=$1
			return 0
		fi
		;;
	activate | worker)
		if [ "$ACT_ROLLBACK" = 1 ] && [ -z "$GEN_ARG" ]; then
			GEN_ARG=$1
			return 0
		fi
		;;
	confirm)
		if [ -z "$ID_ARG" ]; then
			ID_ARG=$1
			return 0
		fi
		;;
	abort)
		if [ -z "$ID_ARG" ]; then
			ID_ARG=$1
		else
			REASON_ARG="${REASON_ARG:+$REASON_ARG }$1"
		fi
		return 0
		;;
	esac
	usage_error "unexpected argument: $1"
}
while [ "$#" -gt 0 ]; do
	case $1 in
	-h | --help | help) CMD=help ;;
	--root) need_arg "$1" "$#"; ROOT=$2 ROOT_GIVEN=1; shift ;;
	--root=*) ROOT=${1#*=} ROOT_GIVEN=1 ;;
	--bundle) need_arg "$1" "$#"; BUNDLE=$2; shift ;;
	--bundle=*) BUNDLE=${1#*=} ;;
	--manifest) need_arg "$1" "$#"; MANIFEST=$2; shift ;;
	--manifest=*) MANIFEST=${1#*=} ;;
	--keep) need_arg "$1" "$#"; KEEP=$2; shift ;;
	--keep=*) KEEP=${1#*=} ;;
	--old) need_arg "$1" "$#"; OLD_ARG=$2; shift ;;
	--old=*) OLD_ARG=${1#*=} ;;
	--new) need_arg "$1" "$#"; NEW_ARG=$2; shift ;;
	--new=*) NEW_ARG=${1#*=} ;;
	--adopt) ADOPT=1 ;;
	--confirm-timeout) need_arg "$1" "$#"; CONFIRM_TIMEOUT=$2; shift ;;
	--confirm-timeout=*) CONFIRM_TIMEOUT=${1#*=} ;;
	--no-confirm) NO_CONFIRM=1 ;;
	--rollback) ACT_ROLLBACK=1 ;;
	# the worker's own options (activate passes them)
	--id) need_arg "$1" "$#"; ACT_ID=$2; shift ;;
	--parent) need_arg "$1" "$#"; ACT_PARENT=$2; shift ;;
	--step-base) need_arg "$1" "$#"; ACT_STEP_BASE=$2; shift ;;
	--made-hearth) ARG_MADE_HEARTH=1 ;;
	-*)
		if [ "$CMD" = abort ] && [ -n "$ID_ARG" ]; then
			positional "$1"
		else
			usage_error "unknown option: $1"
		fi
		;;
	*) positional "$1" ;;
	esac
	shift
done
[ -n "$CMD" ] || CMD=install
case $KEEP in
'' | *[!0-9]* | 0) usage_error "--keep needs a number >= 1" ;;
esac
is_uint "$CONFIRM_TIMEOUT" || usage_error "--confirm-timeout needs a number of seconds"
is_uint "${HEARTH_SETTLE_TIMEOUT:-30}" || usage_error "HEARTH_SETTLE_TIMEOUT must be a number of seconds"
is_uint "$ACT_STEP_BASE" || usage_error "--step-base needs a number"
if [ "$ACT_ROLLBACK" = 1 ] && [ "$CMD" != activate ] && [ "$CMD" != worker ]; then
	usage_error "--rollback goes with activate (sh install.sh activate --rollback [GEN])"
fi
if [ "$CMD" = worker ] && { [ -z "$ACT_ID" ] || [ -z "$ACT_PARENT" ]; }; then
	usage_error "worker is started by activate (it needs --id and --parent)"
fi

if [ "$ROOT_GIVEN" = 1 ]; then
	[ -n "$ROOT" ] || usage_error "--root needs a directory"
	abspath "$ROOT"
	ROOT=$ABS
	[ "$ROOT" != / ] || ROOT=''
fi
P=$ROOT/usr/local
H=$P/.hearth
J=$ROOT/run/hearth/activation
if [ -z "$BUNDLE" ]; then
	case $0 in
	*/*) BUNDLE=${0%/*}/bundle.tar.gz ;;
	*) BUNDLE=bundle.tar.gz ;;
	esac
fi
abspath "$BUNDLE"
BUNDLE=$ABS
if [ -z "$MANIFEST" ]; then
	case $0 in
	*/*) MANIFEST=${0%/*}/manifest.json ;;
	*) MANIFEST=manifest.json ;;
	esac
fi
abspath "$MANIFEST"
MANIFEST=$ABS
[ -z "$OLD_ARG" ] || [ "$OLD_ARG" = - ] || { abspath "$OLD_ARG" && OLD_ARG=$ABS; }
[ -z "$NEW_ARG" ] || { abspath "$NEW_ARG" && NEW_ARG=$ABS; }

case $CMD in
help) usage ;;
install) cmd_install ;;
rollback) cmd_rollback ;;
list) cmd_list ;;
verify) cmd_verify ;;
plan) cmd_plan ;;
activate) cmd_activate ;;
worker) cmd_worker ;;
status) cmd_status ;;
confirm) cmd_confirm ;;
abort) cmd_abort ;;
esac
