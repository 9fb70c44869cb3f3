#!/bin/sh
# features.sh BUILD - conformance of the feature tools (mlknn, mloutlier,
# mldups, mlnoniid, mlnull) with cleanlab's outputs in
# tests/conformance/features_*/ (format: conformance/README.md, "Feature
# checks").  Scores within 1e-9 (build/tests/tsvcmp); flags, sets and
# neighbour lists exactly, except the entries tie_sensitivity.tsv lists as
# tie-dependent: neighbour lists of those rows are compared as sets (or
# skipped when the set itself is ambiguous), other listed cells are skipped;
# a tie-dependent p-value is compared with the one cleanlab gives when every
# exact tie is broken by ascending row, as mlknn breaks them.
# One line per check, then "N passed, M failed".
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PATH="$B/bin:$PATH"
export LC_ALL=C
pass=0
fail=0
skip=0

result() {	# NAME STATUS
	if [ "$2" -eq 0 ]; then
		pass=$((pass + 1))
		echo "ok   $1"
	else
		fail=$((fail + 1))
		echo "FAIL $1"
		[ -s "$work/why" ] && sed 's/^/  /' "$work/why" | head -10
	fi
	: >"$work/why"
}

skipped() {
	skip=$((skip + 1))
	echo "skip $1"
}

# Rows (0-based) that tie_sensitivity.tsv lists for FILE and a column
# matching the awk regex COLRE, joined with ','.
ties() {	# DIR FILE COLRE
	[ -f "$1/tie_sensitivity.tsv" ] || return 0
	awk -F'\t' -v f="$2" -v re="$3" '
		NR > 1 && $1 == f && $2 ~ re && $3 == 1 && $4 ~ /^[0-9]+(,[0-9]+)*$/ {
			s = s (s == "" ? "" : ",") $4
		}
		END { print s }' "$1/tie_sensitivity.tsv"
}

# Whether FILE/COLUMN is tie-dependent at all (any detail).
tied() {	# DIR FILE COLUMN
	[ -f "$1/tie_sensitivity.tsv" ] &&
	    awk -F'\t' -v f="$2" -v c="$3" 'NR > 1 && $1 == f && $2 == c && $3 == 1 { t = 1 }
	        END { exit !t }' "$1/tie_sensitivity.tsv"
}

# Blanks the columns COLS (','-separated) in the listed data rows.
mask() {	# FILE COLS ROWS
	awk -F'\t' -v OFS='\t' -v cols="$2" -v rows="$3" '
		BEGIN { n = split(rows, a, ","); for (i = 1; i <= n; i++) m[a[i]] = 1
		        split(cols, cc, ","); for (i in cc) want[cc[i]] = 1 }
		NR == 1 { for (i = 1; i <= NF; i++) if ($i in want) k[i] = 1; print; next }
		{ if ((NR - 2) in m) for (i in k) $i = ""; print }' "$1"
}

# The knn/knn_dist lists of a tool's output as expected_knn.tsv's columns.
# Rows in SETROWS get their neighbours sorted; rows in SKIPROWS none.
knn_table() {	# FILE SETROWS SKIPROWS
	awk -F'\t' -v OFS='\t' -v setrows="$2" -v skiprows="$3" '
		BEGIN { n = split(setrows, a, ","); for (i = 1; i <= n; i++) srt[a[i]] = 1
		        n = split(skiprows, a, ","); for (i = 1; i <= n; i++) skp[a[i]] = 1 }
		NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "knn") kc = i; if ($i == "knn_dist") dc = i }
		          next }
		{ k = split($kc, nb, ","); split($dc, ds, ",")
		  if (NR == 2) { h = "id"; for (i = 0; i < k; i++) h = h OFS "nbr_" i
		                 for (i = 0; i < k; i++) h = h OFS "dist_" i; print h }
		  r = NR - 2
		  if (r in srt) for (i = 2; i <= k; i++) for (j = i; j > 1 && nb[j] + 0 < nb[j-1] + 0; j--) {
		      t = nb[j]; nb[j] = nb[j-1]; nb[j-1] = t }
		  line = r; for (i = 1; i <= k; i++) line = line OFS ((r in skp) ? "" : nb[i])
		  for (i = 1; i <= k; i++) line = line OFS ds[i]; print line }' "$1"
}

# Same treatment for an expected_knn.tsv.
knn_expected() {	# FILE SETROWS SKIPROWS
	awk -F'\t' -v OFS='\t' -v setrows="$2" -v skiprows="$3" '
		BEGIN { n = split(setrows, a, ","); for (i = 1; i <= n; i++) srt[a[i]] = 1
		        n = split(skiprows, a, ","); for (i = 1; i <= n; i++) skp[a[i]] = 1 }
		NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^nbr_/) { k++; first = first ? first : i }
		          print; next }
		{ r = NR - 2
		  if (r in srt) for (i = first + 1; i < first + k; i++)
		      for (j = i; j > first && $j + 0 < $(j-1) + 0; j--) { t = $j; $j = $(j-1); $(j-1) = t }
		  if (r in skp) for (i = first; i < first + k; i++) $i = ""
		  $1 = r; print }' "$1"
}

# Value of KEY in the "TOOL: info: k=v ..." line of FILE.
info() {	# FILE KEY
	awk -v k="$2" '/: info: / { for (i = 3; i <= NF; i++) { split($i, kv, "=")
		if (kv[1] == k) { print substr($i, length(k) + 2); exit } } }' "$1"
}

expinfo() {	# DIR TYPE KEY
	awk -F'\t' -v t="$2" -v k="$3" '$1 == t && $2 == k { print $3; exit }' "$1/expected_feature_info.tsv"
}

expsummary() {	# DIR TYPE FIELD(2 score, 3 num_issues)
	awk -F'\t' -v t="$2" -v f="$3" '$1 == t { print $f; exit }' "$1/expected_feature_summary.tsv"
}

# Two numbers (or ','-joined lists of numbers) within 1e-9, else equal strings.
same() {	# GOT WANT
	awk -v a="$1" -v b="$2" 'BEGIN {
		na = split(a, x, ","); nb = split(b, y, ",")
		if (na != nb) exit 1
		for (i = 1; i <= na; i++) {
			if (x[i] == y[i]) continue
			if (x[i] !~ /^[-+.0-9eE]+$/ || y[i] !~ /^[-+.0-9eE]+$/) exit 1
			d = x[i] - y[i]; if (d < 0) d = -d; if (d > 1e-9) exit 1
		}
		exit 0 }' || { echo "got '$1', want '$2'" >>"$work/why"; return 1; }
}

failed_check() {	# DIR CHECK: cleanlab raised in that check
	[ -f "$1/expected_feature_errors.tsv" ] &&
	    awk -F'\t' -v c="$2" '$2 == c { f = 1 } END { exit !f }' "$1/expected_feature_errors.tsv"
}

# compare DIR NAME ACTUAL COLS: tsvcmp of the columns, tie-dependent cells masked.
compare() {
	dir=$1 name=$2 actual=$3 cols=$4
	cp "$dir/expected_feature_issues.tsv" "$work/exp.tsv"
	cp "$actual" "$work/act.tsv"
	for c in $(echo "$cols" | tr ',' ' '); do
		rows=$(ties "$dir" expected_feature_issues.tsv "^$c\$")
		[ -n "$rows" ] || continue
		mask "$work/exp.tsv" "$c" "$rows" >"$work/m" && mv "$work/m" "$work/exp.tsv"
		mask "$work/act.tsv" "$c" "$rows" >"$work/m" && mv "$work/m" "$work/act.tsv"
	done
	"$B/tests/tsvcmp" -m "$cols" "$work/exp.tsv" "$work/act.tsv" 2>>"$work/why"
	result "$name" $?
}

: >"$work/why"
for dir in "$here"/conformance/features_*/; do
	dir=${dir%/}
	case=${dir##*/}
	in=$dir/input.tsv

	# null: streams, never fails on missing values.
	mlnull --verbose "$in" >"$work/null.tsv" 2>"$work/null.err"
		st=$?; [ $st -eq 0 ] || cat "$work/null.err" >>"$work/why"
	result "$case mlnull exit status" $st
	compare "$dir" "$case mlnull columns" "$work/null.tsv" is_null_issue,null_score
	same "$(info "$work/null.err" average_null_score)" "$(expinfo "$dir" null average_null_score)"
	result "$case mlnull average_null_score" $?
	same "$(info "$work/null.err" most_common_issue.pattern)" \
	    "$(expinfo "$dir" null most_common_issue.pattern)" &&
	same "$(info "$work/null.err" most_common_issue.count)" \
	    "$(expinfo "$dir" null most_common_issue.count)" &&
	same "$(info "$work/null.err" column_impact)" "$(expinfo "$dir" null column_impact)"
	result "$case mlnull most_common_issue, column_impact" $?
	same "$(info "$work/null.err" num_issues)" "$(expsummary "$dir" null 3)" &&
	same "$(info "$work/null.err" average_null_score)" "$(expsummary "$dir" null 2)"
	result "$case mlnull summary" $?

	# The graph.
	mlknn "$in" >"$work/knn.tsv" 2>"$work/knn.err"
	st=$?
	if [ ! -f "$dir/expected_knn.tsv" ]; then
		[ "$st" -eq 1 ] && grep -q 'missing feature value' "$work/knn.err"
		result "$case mlknn fails (no graph in cleanlab)" $?
		for t in mloutlier:outlier mldups:near_duplicate mlnoniid:non_iid; do
			tool=${t%%:*} check=${t#*:}
			"$tool" "$in" >"$work/out.tsv" 2>"$work/err"
			st=$?
			failed_check "$dir" "$check" && [ "$st" -eq 1 ] && [ ! -s "$work/out.tsv" ]
			result "$case $tool fails like cleanlab's $check" $?
		done
		continue
	fi
	result "$case mlknn exit status" "$st"
	for f in expected_knn.tsv expected_knn_uncorrected.tsv; do
		[ -f "$dir/$f" ] || continue
		if [ "$f" = expected_knn_uncorrected.tsv ]; then
			# The uncorrected graph: mlknn's search before the correction is
			# not a tool output; its duplicate rows differ by design.
			continue
		fi
		setrows=$(ties "$dir" "$f" 'order')
		skiprows=$(ties "$dir" "$f" 'set')
		knn_table "$work/knn.tsv" "$setrows" "$skiprows" >"$work/a.tsv"
		knn_expected "$dir/$f" "$setrows" "$skiprows" >"$work/e.tsv"
		"$B/tests/tsvcmp" "$work/e.tsv" "$work/a.tsv" 2>>"$work/why"
		result "$case mlknn graph = $f (ties: ${setrows:+sets for $(echo "$setrows" |
		    tr ',' '\n' | sort -u | wc -l | tr -d ' ') rows}${skiprows:+, $(echo "$skiprows" |
		    tr ',' '\n' | sort -u | wc -l | tr -d ' ') skipped})" $?
	done
	awk -F'\t' -v OFS='\t' 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "knn") k = i
		if ($i == "knn_dist") d = i }; print "nearest_neighbor", "distance_to_nearest_neighbor"; next }
		{ split($k, a, ","); split($d, b, ","); print a[1], b[1] }' "$work/knn.tsv" >"$work/nn.tsv"
	compare "$dir" "$case mlknn nearest_neighbor, distance" "$work/nn.tsv" \
	    nearest_neighbor,distance_to_nearest_neighbor

	# Each check twice: building the graph itself, and reading mlknn's.
	for how in features graph; do
		if [ $how = features ]; then src=$in; else src=$work/knn.tsv; fi

		mloutlier --verbose "$src" >"$work/o.tsv" 2>"$work/o.err"
		st=$?; [ $st -eq 0 ] || cat "$work/o.err" >>"$work/why"
		result "$case mloutlier ($how) exit status" $st
		compare "$dir" "$case mloutlier ($how) columns" "$work/o.tsv" is_outlier_issue,outlier_score
		st=0
		for k in issue_threshold scaling_factor average_ood_score threshold; do
			same "$(info "$work/o.err" $k)" "$(expinfo "$dir" outlier $k)" || st=1
		done
		[ $st -eq 0 ] &&
		same "$(info "$work/o.err" num_issues)" "$(expsummary "$dir" outlier 3)" &&
		same "$(info "$work/o.err" average_ood_score)" "$(expsummary "$dir" outlier 2)" &&
		same "$(info "$work/o.err" metric)" "$(expinfo "$dir" outlier metric)"
		result "$case mloutlier ($how) info and summary" $?

		mldups --verbose "$src" >"$work/d.tsv" 2>"$work/d.err"
		st=$?; [ $st -eq 0 ] || cat "$work/d.err" >>"$work/why"
		result "$case mldups ($how) exit status" $st
		compare "$dir" "$case mldups ($how) columns" "$work/d.tsv" \
		    is_near_duplicate_issue,near_duplicate_score,near_duplicate_set
		same "$(info "$work/d.err" median_distance_to_nearest_neighbor)" \
		    "$(expinfo "$dir" near_duplicate median_distance_to_nearest_neighbor)" &&
		same "$(info "$work/d.err" average_near_duplicate_score)" \
		    "$(expinfo "$dir" near_duplicate average_near_duplicate_score)" &&
		same "$(info "$work/d.err" threshold)" "$(expinfo "$dir" near_duplicate threshold)" &&
		same "$(info "$work/d.err" num_issues)" "$(expsummary "$dir" near_duplicate 3)" &&
		same "$(info "$work/d.err" average_near_duplicate_score)" \
		    "$(expsummary "$dir" near_duplicate 2)"
		result "$case mldups ($how) info and summary" $?

		mlnoniid --verbose "$src" >"$work/n.tsv" 2>"$work/n.err"
		st=$?; [ $st -eq 0 ] || cat "$work/n.err" >>"$work/why"
		result "$case mlnoniid ($how) exit status" $st
		compare "$dir" "$case mlnoniid ($how) columns" "$work/n.tsv" is_non_iid_issue,non_iid_score
		p=$(sed -n 's/^mlnoniid: p-value: //p' "$work/n.err")
		if tied "$dir" expected_feature_info.tsv "non_iid p-value"; then
			# With every exact kNN tie broken by ascending row (as mlknn
			# does), cleanlab's p-value is the one the detail gives.
			alt=$(awk -F'\t' '$1 == "expected_feature_info.tsv" && $2 == "non_iid p-value" &&
			    $4 ~ / with index-ordered ties$/ { print $4 }' "$dir/tie_sensitivity.tsv" |
			    sed 's/ with index-ordered ties$//')
			if [ -n "$alt" ]; then
				same "$p" "$alt"
				result "$case mlnoniid ($how) p-value = cleanlab's with index-ordered ties" $?
			else
				skipped "$case mlnoniid ($how) p-value $p (tie-dependent; cleanlab $(expinfo "$dir" non_iid p-value))"
			fi
		else
			same "$p" "$(expinfo "$dir" non_iid p-value)" &&
			same "$(info "$work/n.err" num_issues)" "$(expsummary "$dir" non_iid 3)" &&
			same "$p" "$(expsummary "$dir" non_iid 2)"
			result "$case mlnoniid ($how) p-value and summary" $?
		fi
		ks=$(expinfo "$dir" non_iid "ks_observed (diagnostic)")
		if [ -n "$ks" ] && ! tied "$dir" expected_feature_info.tsv "non_iid p-value"; then
			same "$(info "$work/n.err" ks_observed)" "$ks"
			result "$case mlnoniid ($how) ks_observed" $?
		fi
	done
done
[ "$skip" -gt 0 ] && echo "($skip tie-dependent values skipped)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
