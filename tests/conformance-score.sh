#!/bin/sh
# conformance-score.sh BUILD - mlscore against cleanlab's own scores: every
# column of expected_scores.tsv and expected_class_scores.tsv within 1e-9
# (and how many are bit-identical), and every scoring configuration that
# cleanlab refused (expected_errors.tsv) must fail.
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0 exact=0 cols=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

agg_arg() {
	case $1 in
	ema) echo ema ;; ema0.5) echo ema:0.5 ;; emadefault) echo ema:auto ;;
	softmin) echo softmin ;; softmin0.5) echo softmin:0.5 ;; *) echo "$1" ;;
	esac
}

for dir in "$here"/conformance/*/; do
	case=$(basename "$dir")
	[ -f "$dir/expected_scores.tsv" ] || continue
	in=$dir/input.tsv
	for col in $(head -n 1 "$dir/expected_scores.tsv" | tr '\t' '\n' | tail -n +2); do
		method=${col%%.*}
		rest=${col#*.}
		agg=${rest%.adjusted}
		extra=
		case $rest in *.adjusted) extra=--adjust ;; esac
		if ! "$B/bin/mlscore" -m "$method" -a "$(agg_arg "$agg")" $extra "$in" >"$t/out" 2>"$t/err"; then
			bad "$case $col: mlscore failed: $(cat "$t/err")"
			continue
		fi
		if "$B/tests/tsvcmp" -m "$col=label_score" "$dir/expected_scores.tsv" "$t/out" 2>"$t/cmp"; then
			ok
		else
			bad "$case $col"; sed 's/^/  /' "$t/cmp" | head -5
		fi
		cols=$((cols + 1))
		"$B/tests/tsvcmp" -t 0 -m "$col=label_score" "$dir/expected_scores.tsv" "$t/out" 2>/dev/null &&
		    exact=$((exact + 1))
	done
	"$B/bin/mlscore" --per-class "$in" >"$t/out" 2>/dev/null
	if "$B/tests/tsvcmp" "$dir/expected_class_scores.tsv" "$t/out" 2>"$t/cmp"; then
		ok
	else
		bad "$case class scores"; sed 's/^/  /' "$t/cmp" | head -5
	fi
	# Configurations cleanlab refused must fail (exit 1 or 2), with a message.
	grep '^multilabel_classification.rank.get_label_quality_scores	' "$dir/expected_errors.tsv" 2>/dev/null |
	    cut -f2 >"$t/errs"
	while read -r col; do
		method=${col%%.*}
		rest=${col#*.}
		agg=${rest%.adjusted}
		extra=
		case $rest in *.adjusted) extra=--adjust ;; esac
		"$B/bin/mlscore" -m "$method" -a "$(agg_arg "$agg")" $extra "$in" >/dev/null 2>"$t/err"
		rc=$?
		if [ "$rc" -ne 0 ] && [ -s "$t/err" ]; then ok; else bad "$case $col should fail (exit $rc)"; fi
	done <"$t/errs"
done
echo "bit-identical: $exact of $cols score columns"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
