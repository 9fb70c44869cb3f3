# split-lib.sh - what the split suites share (sourced, with B, here and t set):
# the tally of checks, cutting every conformance case into parts, finding
# the tied keys at a prune cut, running the rounds of a split run, and
# running many split runs two at a time.
#
# The suites run a few thousand short processes, so the workers are
# subshells of the suite's own shell that run the tools directly: no shell,
# no GNU parallel, no command substitution per step.

pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# parts DIR FILE SIZE...: FILE's data rows cut into parts of these sizes
# (the last takes the rest), each with the header: DIR/p1, DIR/p2, ...
parts() {
	dir=$1 file=$2
	shift 2
	mkdir -p "$dir"
	awk -v sizes="$*" -v dir="$dir" 'BEGIN { n = split(sizes, s, " "); part = 1; left = s[1] }
	    NR == 1 { h = $0; for (i = 1; i <= n + 1; i++) print h >(dir "/p" i); next }
	    { while (part <= n && left <= 0) { part++; left = (part <= n ? s[part] : 1e18) }
	      print >>(dir "/p" part); left-- }' "$file"
	echo $(($# + 1)) >"$dir/P"
}

# tie_rows FILE STATE: "first last" data rows (1-based) of the tied keys of
# the first side whose prune cut falls inside a run of equal keys.
tie_rows() {
	awk -F '\t' -v state="$2" '
	    BEGIN { while ((getline l < state) > 0) { split(l, f, "\t")
	        if (f[1] == "cut" && f[3] == 0 && f[7] + f[8] > f[5] && !c) { c = f[2] + 1; k = f[4]; v = f[6] + 0 } } }
	    NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "labels") lab = i; if ($i ~ /^p_/) { pc[++K] = i; name[substr($i, 3)] = K - 1 } } next }
	    c { y = 0; n = split($lab, a, ","); for (i = 1; i <= n; i++) if (a[i] == c - 1 || name[a[i]] == c - 1 && a[i] != "") y = 1
	        if (y != k) next; p = $pc[c] + 0; key = k ? -((1 - p) - p) : -(p - (1 - p))
	        if (key == v) { if (!first) first = NR - 1; last = NR - 1 } }
	    END { if (first) print first, last }' "$1"
}

# case_splits IN C: the case's input IN cut in C/s1 (whole), C/s2 (a
# one-row part: classes missing from it), C/s3 (an empty part), C/s7 (7
# ragged parts) and, when the default filter's prune cut falls inside a run
# of tied keys, C/st (a part holding exactly those rows); their names go to
# C/splits.
case_splits() {
	n=$(($(wc -l <"$1") - 1))
	parts "$2/s1" "$1"
	parts "$2/s2" "$1" 1
	parts "$2/s3" "$1" $((n / 2)) 0
	parts "$2/s7" "$1" $((n / 20)) $((n / 9)) 0 $((n / 3)) 1 $((n / 4))
	splits="s1 s2 s3 s7"
	"$B/bin/mlfilter" --part 1/1 "$1" >"$2/t.sum" 2>/dev/null &&
	    "$B/bin/mlmerge" "$2/t.sum" >"$2/t.state" 2>/dev/null
	for r in 2 3 4 5; do
		"$B/bin/mlfilter" --part 1/1 --state "$2/t.state" "$1" >"$2/t.sum" 2>/dev/null &&
		    "$B/bin/mlmerge" "$2/t.sum" >"$2/t.state" 2>/dev/null || break
	done
	if [ -f "$2/t.state" ] && range=$(tie_rows "$1" "$2/t.state") && [ -n "$range" ]; then
		set -- "$1" "$2" $range
		parts "$2/st" "$1" $(($3 - 1)) $(($4 - $3 + 1))
		splits="$splits st"
	fi
	echo "$splits" >"$2/splits"
}

# cases SINGLES: the label conformance cases (those with expected scores)
# listed in $t/cases, each cut into its splits in $t/CASE (case_splits),
# then SINGLES run with c=$t/CASE and in its input, two cases at a time;
# the split runs go to $t/pl/ID, their meta to $t/meta/ID.
cases() {
	for dir in "$here"/conformance/*/; do
		[ -f "$dir/expected_scores.tsv" ] && basename "$dir"
	done >"$t/cases"
	singles=$1
	each "$t" "$t/cases" case_setup
	mkdir "$t/pl" "$t/meta"
}
case_setup() {
	c=$t/$1
	in=$here/conformance/$1/input.tsv
	case_splits "$in" "$c"
	"$singles"
}

# split_runs CHECK: a split run for every case, configuration (the I-th
# line of $t/configs, in $config) and split S of the case (c, i, s set), in
# that order: the caller's meta prints its meta to $t/meta/ID (or fails to
# leave it out), the ID goes to $t/ids; then CHECK ID for every one, two at
# a time.
split_runs() {
	np=0
	while read -r case; do
		c=$t/$case
		read -r splits <"$c/splits"
		i=0
		while IFS= read -r config; do
			i=$((i + 1))
			for s in $splits; do
				meta >"$t/meta/$((np + 1))" || continue
				np=$((np + 1))
				echo "$np"
			done
		done <"$t/configs"
	done <"$t/cases" >"$t/ids"
	each "$t/pl" "$t/ids" "$1"
}

# each DIR LIST FUNC: FUNC NAME for every NAME listed in the file LIST, two
# at a time, in subshells of this shell (they have its functions and
# variables).  A worker takes the next NAME by making the folder DIR/NAME
# (mkdir is atomic: each NAME is taken once), so the two stay busy to the
# end whatever each NAME costs.
each() {
	for each_w in 1 2; do
		(while read -r each_name; do
			mkdir "$1/$each_name" 2>/dev/null && "$3" "$each_name"
		done <"$2") &
	done
	wait
}

# merge D P: the merge of one round's summaries D/sum.1 ... D/sum.P into
# the state D/state (no part reads it now); seven parts merge as a tree,
# out of order.
merge() {
	m=$B/bin/mlmerge
	if [ "$2" -eq 7 ]; then
		"$m" "$1/sum.1" "$1/sum.2" "$1/sum.3" >"$1/m.a" &&
		    "$m" "$1/sum.7" "$1/sum.5" "$1/sum.6" "$1/sum.4" >"$1/m.b" &&
		    "$m" "$1/m.b" "$1/m.a" >"$1/state"
	else
		set -- "$1" "$2"
		merge_j=0
		while [ "$merge_j" -lt "$2" ]; do
			merge_j=$((merge_j + 1))
			set -- "$@" "$1/sum.$merge_j"
		done
		merge_d=$1
		shift 2
		"$m" "$@" >"$merge_d/state"
	fi
}

# run_parts D OUT [--state FILE]: the command $cmd on every part
# $parts/p1 ... $parts/p$P (--part J/P), each part's output in D/OUT.J, the
# errors in D/err; a part that fails leaves D/failed (the others still run).
run_parts() {
	rp_d=$1 rp_out=$2
	shift 2
	rp_j=0
	while [ "$rp_j" -lt "$P" ]; do
		rp_j=$((rp_j + 1))
		# shellcheck disable=SC2086
		$cmd --part "$rp_j/$P" "$@" "$parts/p$rp_j" >"$rp_d/$rp_out.$rp_j" 2>>"$rp_d/err" ||
		    : >"$rp_d/failed"
	done
}

# rounds D LAST: the split run in D (cmd and parts set, P read from the
# parts) round after round, each merged, until the state D/state is for
# round LAST; a failed step (or 20 rounds without LAST) leaves D/failed and
# returns 1.
rounds() {
	read -r P <"$parts/P"
	run_parts "$1" sum
	rounds_n=1
	while :; do
		[ -f "$1/failed" ] && return 1
		{ merge "$1" "$P" && "$B/bin/mlmerge" -r "$1/state" >"$1/round" &&
		    read -r round <"$1/round"; } 2>>"$1/err" || { : >"$1/failed"; return 1; }
		[ "$round" = "$2" ] && return 0
		if [ "$rounds_n" -eq 20 ]; then
			echo "no round $2 after 20 rounds" >>"$1/err"
			: >"$1/failed"
			return 1
		fi
		rounds_n=$((rounds_n + 1))
		run_parts "$1" sum --state "$1/state"
	done
}

# verdicts IDS: the checks of the split runs listed in the file IDS, in
# that order, as each run's worker left them in $t/pl/ID/verdict: a line
# "+" a check passed, "- MESSAGE" a check failed, then lines of detail.
verdicts() {
	while read -r id; do
		if [ ! -f "$t/pl/$id/verdict" ]; then
			bad "split run $id: not run"
			continue
		fi
		while IFS= read -r line; do
			case $line in
			+) ok ;;
			"- "*) bad "${line#- }" ;;
			*) echo "$line" ;;
			esac
		done <"$t/pl/$id/verdict"
	done <"$1"
}
