# split-lib.sh - what the split suites share (sourced, with B set): cutting
# a file into parts, finding the tied keys at a prune cut, merging a round.

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

# merge_cmd D P: the merge of one round; seven parts merge as a tree, out of order.
merge_cmd() {
	m="$B/bin/mlmerge"
	if [ "$2" -eq 7 ]; then
		echo "$m $1/sum.1 $1/sum.2 $1/sum.3 >$1/m.a && $m $1/sum.7 $1/sum.5 $1/sum.6 $1/sum.4 >$1/m.b && $m $1/m.b $1/m.a >$1/state.new"
	else
		echo "$m $(seq -f "$1/sum.%g" 1 "$2" | tr '\n' ' ') >$1/state.new"
	fi
}


# rounds LAST: every round of the pipelines listed in $t/active (each in
# $t/pl/ID, its meta sourced: P, parts and what part_cmd, the caller's,
# needs), one GNU parallel call a round for all of them, until their state
# is for round LAST: then the pipeline's id goes to $t/LAST.  A failed
# step leaves $t/pl/ID/failed.
rounds() {
	: >"$t/$1"
	while [ -s "$t/active" ]; do
		while read -r id; do
			d=$t/pl/$id
			. "$d/meta"
			st=
			[ -f "$d/state" ] && st="--state $d/state"
			for j in $(seq 1 "$P"); do
				echo "$(part_cmd) --part $j/$P $st $parts/p$j >$d/sum.$j 2>>$d/err || echo >$d/failed"
			done
		done <"$t/active" >"$t/jobs"
		$PAR <"$t/jobs"
		while read -r id; do
			d=$t/pl/$id
			[ -f "$d/failed" ] && continue
			. "$d/meta"
			echo "( $(merge_cmd "$d" "$P") && mv $d/state.new $d/state && $B/bin/mlmerge -r $d/state >$d/round ) 2>>$d/err || echo >$d/failed"
		done <"$t/active" >"$t/jobs"
		$PAR <"$t/jobs"
		while read -r id; do
			d=$t/pl/$id
			if [ -f "$d/failed" ]; then
				:
			elif [ "$(cat "$d/round")" = "$1" ]; then
				echo "$id" >>"$t/$1"
			else
				echo "$id"
			fi
		done <"$t/active" >"$t/next"
		mv "$t/next" "$t/active"
	done
}
