#!/bin/sh
# conformance-filter.sh BUILD - mlfilter against cleanlab's own issue masks,
# ranked lists and confident joints, exactly: every column of
# expected_issues.tsv, expected_ranked.tsv, expected_ranked_by_filter.tsv and
# expected_joint.tsv; every configuration cleanlab refused must fail.
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# filter_args CONFIG: mlfilter options for an expected_issues.tsv column name.
filter_args() {
	case $1 in
	*.mepc5) echo "-f ${1%.mepc5} --min-examples-per-class 5" ;;
	*.frac0.5) echo "-f ${1%.frac0.5} --frac-noise 0.5" ;;
	*) echo "-f $1" ;;
	esac
}

# column FILE NAME: the column's cells, down to the first empty one.
column() {
	awk -F '\t' -v name="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i; next }
	    c && $c == "" { exit } c { print $c }' "$1"
}

# ranked CONFIG ARGS...: compares mlfilter --rank with a ranked column.
ranked() {
	file=$1 col=$2
	shift 2
	if "$B/bin/mlfilter" "$@" "$in" >"$t/out" 2>"$t/err"; then
		awk -F '\t' 'NR > 1 { print $1 }' "$t/out" >"$t/got"
		column "$file" "$col" >"$t/want"
		if cmp -s "$t/want" "$t/got"; then ok; else bad "$case $col: order differs"; fi
	else
		bad "$case $col: mlfilter failed: $(head -1 "$t/err")"
	fi
}

for dir in "$here"/conformance/*/; do
	case=$(basename "$dir")
	[ -f "$dir/expected_scores.tsv" ] || continue
	in=$dir/input.tsv
	errs=$dir/expected_errors.tsv
	if [ -f "$dir/expected_issues.tsv" ]; then
		for col in $(head -n 1 "$dir/expected_issues.tsv" | tr '\t' '\n' | tail -n +2); do
			case $col in issue_*) continue ;; esac
			# shellcheck disable=SC2046
			if "$B/bin/mlfilter" --annotate $(filter_args "$col") "$in" >"$t/out" 2>"$t/err" &&
			    "$B/tests/tsvcmp" -t 0 -m "$col=is_label_issue" "$dir/expected_issues.tsv" "$t/out" 2>"$t/cmp"; then
				ok
			else
				bad "$case $col"; cat "$t/err" "$t/cmp" | sed 's/^/  /' | head -5
			fi
		done
		map=$(head -n 1 "$dir/expected_issues.tsv" | tr '\t' '\n' | grep '^issue_' | tr '\n' ',' | sed 's/,$//')
		if "$B/bin/mlfilter" --annotate --per-class "$in" >"$t/out" 2>"$t/err" &&
		    "$B/tests/tsvcmp" -t 0 -m "$map" "$dir/expected_issues.tsv" "$t/out" 2>"$t/cmp"; then
			ok
		else
			bad "$case per-class flags"; cat "$t/err" "$t/cmp" | sed 's/^/  /' | head -5
		fi
	fi
	if [ -f "$dir/expected_ranked.tsv" ]; then
		for m in $(head -n 1 "$dir/expected_ranked.tsv" | tr '\t' '\n'); do
			ranked "$dir/expected_ranked.tsv" "$m" --rank="$m"
		done
	fi
	if [ -f "$dir/expected_ranked_by_filter.tsv" ]; then
		for col in $(head -n 1 "$dir/expected_ranked_by_filter.tsv" | tr '\t' '\n'); do
			ranked "$dir/expected_ranked_by_filter.tsv" "$col" -f "${col%.*}" --rank="${col##*.}"
		done
	fi
	if "$B/bin/mlfilter" --joint "$t/joint" "$in" >/dev/null 2>"$t/err" || [ -s "$t/joint" ]; then
		if "$B/tests/tsvcmp" "$dir/expected_joint.tsv" "$t/joint" 2>"$t/cmp"; then
			ok
		else
			bad "$case joint"; sed 's/^/  /' "$t/cmp" | head -5
		fi
	fi
	rm -f "$t/joint"
	# Every configuration cleanlab refused must fail with a message.
	grep -E '^multilabel_classification\.filter\.(find_label_issues|find_multilabel_issues_per_class)	' \
	    "$errs" 2>/dev/null | cut -f1,2 >"$t/errs"
	while IFS='	' read -r fn cfg; do
		case $cfg in
		ranked_by.*) args="--rank=${cfg#ranked_by.}" ;;
		*.ranked_by.*) args="$(filter_args "${cfg%%.ranked_by.*}") --rank=${cfg##*.ranked_by.}" ;;
		*) args="--annotate $(filter_args "$cfg")" ;;
		esac
		[ "$fn" = multilabel_classification.filter.find_multilabel_issues_per_class ] &&
		    args="--annotate --per-class $(filter_args "$cfg")"
		# shellcheck disable=SC2086
		"$B/bin/mlfilter" $args "$in" >/dev/null 2>"$t/err"
		rc=$?
		if [ "$rc" -eq 1 ] && [ -s "$t/err" ]; then ok; else bad "$case $fn $cfg should fail (exit $rc)"; fi
	done <"$t/errs"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
