#!/bin/sh
# hearth installer: installs one generation of this machine's /usr/local,
# switches to it with one rename(2), and (with systemd running) applies the
# unit plan. The bundle and metadata format is compiler/installer/FORMAT.md.
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
# Exit: 0 done (or nothing to do), 1 refused/failed/drift, 2 usage error.
#
# Besides FORMAT.md's layout, .hearth/ may briefly hold: pending (the
# switch in progress: "<action> TAB <old|-> TAB <new>"; a run that finds it
# finishes that switch first), current.new, pending.new, lock.<pid>,
# old-link.<dir>, gens/.tmp-*: all leftovers of killed runs that the next
# run removes or completes.
#
# Test hooks: HEARTH_TRACE_STEPS=1 prints "step <n> <name>" to stderr before
# each state-changing operation; HEARTH_CRASH_AT=<n> SIGKILLs the installer
# at step n; HEARTH_TEST_SYSTEMD=1 runs the service step even with --root
# (against whatever systemctl is first in PATH).
#
# The compiler replaces the block below with the machine's values.
# >>> hearth header
HEARTH_MACHINE=''
HEARTH_GEN=''
HEARTH_BUNDLE_SHA256=''
# <<< hearth header

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

die() {
	say "$@"
	exit 1
}

usage() {
	cat <<'EOF'
usage:
  sh install.sh [install] [--root DIR] [--bundle FILE] [--adopt] [--keep N]
  sh install.sh list      [--root DIR]
  sh install.sh rollback [GEN] [--root DIR]
  sh install.sh verify    [--root DIR]
  sh install.sh plan      [--root DIR] [--bundle FILE]      # what install would do, nothing changed
  sh install.sh plan --old DIR|- --new DIR                   # plan between two .hearth/ metadata dirs ("-" = nothing installed)

  --root DIR     install into DIR/usr/local instead of /usr/local; services are never touched
  --bundle FILE  the bundle to install (default: bundle.tar.gz next to this script)
  --adopt        move /usr/local/<dir> that hold files hearth does not own aside into
                 /usr/local/.hearth/adopted/<stamp>/ instead of refusing
  --keep N       keep the N most recent generations (default 5; current and previous always stay)
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

# Sets GENID to the generation id a .hearth/ metadata dir hashes to.
genid_of() {
	GENID=$(cat "$1/manifest" "$1/units" 2>/dev/null | sha256sum) || GENID=''
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

fmt_time() { # EPOCH -> prints "YYYY-MM-DD HH:MM:SS UTC" (or "-")
	case $1 in
	'' | *[!0-9]*) printf '%s' '-' ;;
	*) date -u -d "@$1" '+%Y-%m-%d %H:%M:%S UTC' 2>/dev/null || printf '%s' "$1" ;;
	esac
}

# --- state: scratch dir, lock, cleanup ---------------------------------------

SCRATCH=''
TMPGEN=''
LOCKED=0
MADE_HEARTH=0

cleanup() {
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
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
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
		if [ "$pid" != "$$" ] && ! kill -0 "$pid" 2>/dev/null; then
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

need_header() {
	if [ -z "$HEARTH_GEN" ] || [ -z "$HEARTH_BUNDLE_SHA256" ]; then
		die "this install.sh is the template (its header is empty): use the install.sh that" \
			"\`hearth compile\` wrote next to bundle.tar.gz (only \`plan --old DIR --new DIR\` works here)."
	fi
	is_gen "$HEARTH_GEN" || die "the header of this install.sh is damaged (HEARTH_GEN='$HEARTH_GEN'); recompile."
}

check_bundle() {
	if [ ! -f "$BUNDLE" ]; then
		die "bundle not found: $BUNDLE; nothing was changed." \
			"copy bundle.tar.gz next to install.sh (or pass --bundle FILE) and rerun."
	fi
	sha_of "$BUNDLE"
	if [ "$SHA" != "$HEARTH_BUNDLE_SHA256" ]; then
		die "${BUNDLE##*/} is corrupt or truncated (sha256 ${SHA:-unreadable}, expected $HEARTH_BUNDLE_SHA256); nothing was changed." \
			"copy bundle.tar.gz again (from out/${HEARTH_MACHINE:-<machine>}/) and rerun."
	fi
	say "bundle ok: ${BUNDLE##*/} (sha256 $SHA)"
}

# Extracts the bundle's .hearth/ into $S/new and checks that it is HEARTH_GEN.
extract_meta() {
	mkdir "$S/new" || die "cannot write to $S"
	if ! tar -xzf "$BUNDLE" -C "$S/new" .hearth 2>"$S/tar.err"; then
		die "cannot read the metadata in ${BUNDLE##*/}: $(cat "$S/tar.err"); nothing was changed."
	fi
	NEWMETA=$S/new/.hearth
	check_meta "$NEWMETA" "${BUNDLE##*/}"
}

check_meta() { # DIR WHAT: DIR is a .hearth/ of generation HEARTH_GEN
	g=''
	read -r g 2>/dev/null <"$1/gen"
	[ "$g" = "$HEARTH_GEN" ] ||
		die "$2 holds generation '${g:-?}' but this install.sh is for $HEARTH_GEN; nothing was changed." \
			"use the install.sh and bundle.tar.gz from the same \`hearth compile\`."
	genid_of "$1"
	[ "$GENID" = "$HEARTH_GEN" ] ||
		die "the metadata in $2 hashes to $GENID, not $HEARTH_GEN (damaged or edited); nothing was changed."
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

# plan_compute OLDMETA NEWMETA: OLDMETA is a .hearth/ dir or "-".
# Writes $S/plan.files and $S/plan.units ("action TAB unit TAB reason");
# sets PLAN_DR (yes/no), PLAN_ADD, PLAN_CHG, PLAN_DEL, PLAN_NUNITS.
plan_compute() {
	if [ "$1" = - ]; then
		om=$S/empty ou=$S/empty oi=$S/empty
	else
		om=$1/manifest ou=$1/units oi=$1/unit-inputs
	fi
	nm=$2/manifest nu=$2/units ni=$2/unit-inputs
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

	PLAN_DR=no
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
	say "plan: ${1:-nothing installed} -> $2: $PLAN_ADD added, $PLAN_CHG changed, $PLAN_DEL removed path(s); $dr$PLAN_NUNITS unit action(s)"
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
# lacks becomes an empty directory again.
unlink_vanished() {
	for l in "$P"/* "$P"/.[!.]* "$P"/..?*; do
		[ -L "$l" ] || continue
		t=${l##*/}
		[ "$(readlink "$l")" = ".hearth/current/$t" ] || continue
		[ -d "$H/gens/$1/$t" ] && continue
		step "unlink $t"
		mv -T "$l" "$H/old-link.$t" || die "cannot move the link $l"
		step "restore-dir $t"
		mkdir -m 0755 "$l" || die "cannot create $l"
		step "clean-old-link $t"
		rm -f "$H/old-link.$t"
		say "$l: not in generation $1; replaced the link by an empty directory"
	done
}

# --- history, previous, pruning ---------------------------------------------

last_history_gen() {
	LASTH=''
	[ -s "$H/history" ] || return 0
	l=$(tail -n 1 "$H/history")
	LASTH=${l##*"$TAB"}
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

SERVICE_FAILED=''

# run_services OLD NEW: applies $S/plan.units (and PLAN_DR) with systemctl.
run_services() {
	if [ "${HEARTH_TEST_SYSTEMD:-}" != 1 ]; then
		if [ "$ROOT_GIVEN" = 1 ]; then
			say "services not touched (--root)"
			return 0
		fi
		if [ ! -d /run/systemd/system ]; then
			say "services not touched (systemd is not running)"
			return 0
		fi
	fi
	if [ "$PLAN_DR" = no ] && [ ! -s "$S/plan.units" ]; then
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
			step "$act $u"
			if timeout 90 systemctl "$act" "$u" </dev/null; then
				done_list="$done_list, $act $u"
			else
				failed="$failed, $act $u (exit $?)"
			fi
		done <"$S/plan.units"
	done
	[ -z "$done_list" ] || say "services done: ${done_list#, }"
	if [ -n "$failed" ]; then
		say "services FAILED: ${failed#, }" \
			"generation $2 is current; see \`systemctl status\` / \`journalctl -xe\`." \
			"\`sh install.sh rollback\` goes back to ${1:-the previous generation}."
		SERVICE_FAILED=1
	fi
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
	finish_switch "$1" "$2" "$3"
}

# The part of a switch after the rename; safe to run again after a crash.
finish_switch() { # ACTION OLD NEW
	last_history_gen
	if [ "$LASTH" != "$3" ]; then
		step "history"
		# a run killed in the middle of an append leaves a torn line: end it
		if [ -s "$H/history" ] && [ -n "$(tail -c 1 "$H/history")" ]; then
			printf '\n' >>"$H/history"
		fi
		printf '%s\t%s\t%s\n' "$(epoch)" "$1" "$3" >>"$H/history" ||
			say "warning: could not append to $H/history"
	fi
	unlink_vanished "$3"
	run_services "$2" "$3"
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
	if is_gen "$pn" && [ "$CUR" = "$pn" ]; then
		say "finishing the interrupted $pa of $pn"
		[ "$po" != - ] || po=''
		meta_of "$po"
		plan_compute "$META" "$H/gens/$pn/.hearth"
		finish_switch "$pa" "$po" "$pn"
		RESUMED=$pa
	else
		say "an interrupted $pa of ${pn:-?} had not switched yet; ${CUR:-nothing} is still current"
		step "drop-pending"
		rm -f "$H/pending"
	fi
}

# --- commands ---------------------------------------------------------------

cmd_install() {
	need_header
	check_bundle
	make_scratch
	extract_meta
	take_lock
	clean_leftovers
	resume_pending
	current_gen
	if [ "$CUR" = "$HEARTH_GEN" ] && [ -d "$H/gens/$CUR" ]; then
		if [ -n "$RESUMED" ]; then
			say "installed: $HEARTH_GEN"
		else
			say "already installed: $HEARTH_GEN (nothing to do)"
		fi
		finish_exit
	fi
	tops_of "$NEWMETA/manifest" >"$S/tops"
	preflight "$S/tops" 0

	G=$H/gens/$HEARTH_GEN
	if [ -d "$G" ]; then
		if gen_intact "$HEARTH_GEN"; then
			say "reusing generation $HEARTH_GEN, already unpacked in $H/gens/"
		else
			say "gens/$HEARTH_GEN does not match its manifest; unpacking it again:" "$(cat "$S/sums.err")"
			step "discard-damaged"
			mv -T "$G" "$H/gens/.tmp-damaged-$HEARTH_GEN.$$" || die "cannot move the damaged $G aside"
			rm -rf "$H/gens/.tmp-damaged-$HEARTH_GEN.$$"
		fi
	fi
	if [ ! -d "$G" ]; then
		unpack_gen
	fi
	MADE_HEARTH=0
	switch_to install "$CUR" "$HEARTH_GEN"
	say "installed: $HEARTH_GEN${HEARTH_MACHINE:+ for $HEARTH_MACHINE}"
	finish_exit
}

unpack_gen() {
	say "unpacking generation $HEARTH_GEN into $H/gens/"
	TMPGEN=$H/gens/.tmp-$HEARTH_GEN.$$
	step "unpack"
	if ! mkdir "$TMPGEN" 2>"$S/tar.err" || ! tar -xzpf "$BUNDLE" -C "$TMPGEN" 2>"$S/tar.err"; then
		rm -rf "$TMPGEN"
		TMPGEN=''
		die "unpacking failed: $(cat "$S/tar.err")" \
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

cmd_rollback() {
	make_scratch
	[ -d "$H/gens" ] || die "nothing is installed in $P (no $H/gens)"
	take_lock
	clean_leftovers
	resume_pending
	current_gen
	[ -n "$CUR" ] || die "nothing is installed in $P (no $H/current)"
	if [ -n "$GEN_ARG" ]; then
		target=$GEN_ARG
		if ! is_gen "$target" || [ ! -d "$H/gens/$target" ]; then
			avail=''
			for d in "$H"/gens/*; do
				g=${d##*/}
				is_gen "$g" && avail="$avail $g"
			done
			die "unknown generation '$target'; available:${avail:- none}" "see \`sh install.sh list\`."
		fi
	else
		if [ "$RESUMED" = rollback ]; then
			say "rolled back to $CUR"
			finish_exit
		fi
		previous_gen
		[ -n "$PREV" ] || die "no previous generation to roll back to (see \`sh install.sh list\`)."
		target=$PREV
	fi
	if [ "$target" = "$CUR" ]; then
		say "already current: $CUR (nothing to do)"
		finish_exit
	fi
	if ! gen_intact "$target"; then
		die "generation $target does not match its manifest:" "$(cat "$S/sums.err")" \
			"install its bundle again instead (it is unpacked afresh); nothing was switched."
	fi
	tops_of "$H/gens/$target/.hearth/manifest" >"$S/tops"
	preflight "$S/tops" 0
	say "rolling back: $CUR -> $target"
	switch_to rollback "$CUR" "$target"
	say "rolled back to $target"
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
	need_header
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

CMD='' GEN_ARG='' ROOT='' ROOT_GIVEN=0 BUNDLE='' ADOPT=0 KEEP=5 OLD_ARG='' NEW_ARG=''
need_arg() {
	[ "$2" -ge 2 ] || usage_error "$1 needs a value"
}
while [ "$#" -gt 0 ]; do
	case $1 in
	-h | --help | help) CMD=help ;;
	--root) need_arg "$1" "$#"; ROOT=$2 ROOT_GIVEN=1; shift ;;
	--root=*) ROOT=${1#*=} ROOT_GIVEN=1 ;;
	--bundle) need_arg "$1" "$#"; BUNDLE=$2; shift ;;
	--bundle=*) BUNDLE=${1#*=} ;;
	--keep) need_arg "$1" "$#"; KEEP=$2; shift ;;
	--keep=*) KEEP=${1#*=} ;;
	--old) need_arg "$1" "$#"; OLD_ARG=$2; shift ;;
	--old=*) OLD_ARG=${1#*=} ;;
	--new) need_arg "$1" "$#"; NEW_ARG=$2; shift ;;
	--new=*) NEW_ARG=${1#*=} ;;
	--adopt) ADOPT=1 ;;
	-*) usage_error "unknown option: $1" ;;
	install | list | rollback | verify | plan)
		if [ -z "$CMD" ]; then
			CMD=$1
		elif [ "$CMD" = rollback ] && [ -z "$GEN_ARG" ]; then
			GEN_ARG=$1
		else
			usage_error "unexpected argument: $1"
		fi
		;;
	*)
		if [ "$CMD" = rollback ] && [ -z "$GEN_ARG" ]; then
			GEN_ARG=$1
		else
			usage_error "unexpected argument: $1"
		fi
		;;
	esac
	shift
done
[ -n "$CMD" ] || CMD=install
case $KEEP in
'' | *[!0-9]* | 0) usage_error "--keep needs a number >= 1" ;;
esac

if [ "$ROOT_GIVEN" = 1 ]; then
	[ -n "$ROOT" ] || usage_error "--root needs a directory"
	abspath "$ROOT"
	ROOT=$ABS
	[ "$ROOT" != / ] || ROOT=''
fi
P=$ROOT/usr/local
H=$P/.hearth
if [ -z "$BUNDLE" ]; then
	case $0 in
	*/*) BUNDLE=${0%/*}/bundle.tar.gz ;;
	*) BUNDLE=bundle.tar.gz ;;
	esac
fi
abspath "$BUNDLE"
BUNDLE=$ABS
[ -z "$OLD_ARG" ] || [ "$OLD_ARG" = - ] || { abspath "$OLD_ARG" && OLD_ARG=$ABS; }
[ -z "$NEW_ARG" ] || { abspath "$NEW_ARG" && NEW_ARG=$ABS; }

case $CMD in
help) usage ;;
install) cmd_install ;;
rollback) cmd_rollback ;;
list) cmd_list ;;
verify) cmd_verify ;;
plan) cmd_plan ;;
esac
