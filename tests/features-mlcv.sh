#!/bin/sh
# features-mlcv.sh BUILD - how well mlcv's probabilities find label errors:
# `mlcv | mlfilter` on the tutorial's features (examples/quickstart-features.tsv,
# default options) against the true labels (data/quickstart-truth.tsv, copied
# from the conformance case quickstart: is_true_error = 1 where the given
# labels differ from the truth).  Precision and recall of the flagged rows;
# F1 must reach 0.85, and auto must choose knn (the classes are boxes, which
# no linear model separates).  Also: the output does not depend on the thread
# count, and a run is repeatable.  Ends with "N passed, M failed".
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PATH="$B/bin:$PATH"
export LC_ALL=C
data="$here/../examples/quickstart-features.tsv"
truth="$here/data/quickstart-truth.tsv"
pass=0
fail=0

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

# Precision, recall and F1 of the rows mlfilter kept (by id) against truth.
score() {	# FLAGGED
	awk -F'\t' 'FNR == 1 { next }
		NR == FNR { err[$1] = $3; nt += $3; next }
		{ nf++; tp += err[$1] }
		END { p = nf ? tp / nf : 0; r = nt ? tp / nt : 0
		      printf "%d flagged, %d true errors of %d: precision %.3f recall %.3f F1 %.3f\n",
		          nf, tp, nt, p, r, p + r ? 2 * p * r / (p + r) : 0 }' "$truth" "$1"
}

: >"$work/why"
for model in knn logreg auto; do
	opt="--model $model"
	[ "$model" = auto ] && opt=
	if mlcv --replace $opt "$data" 2>"$work/err.$model" >"$work/p.$model" &&
	    mlfilter <"$work/p.$model" >"$work/f.$model" 2>>"$work/why"; then
		echo "     $model: $(score "$work/f.$model")"
	else
		cat "$work/err.$model" >>"$work/why"
		result "mlcv --model $model | mlfilter runs" 1
	fi
done

f1=$(score "$work/f.auto" | sed 's/.*F1 //')
echo "F1 $f1 with the default options, below 0.85" >"$work/why"
awk -v f="$f1" 'BEGIN { exit !(f >= 0.85) }'
result "mlcv | mlfilter: F1 $f1 >= 0.85 on the tutorial data" $?

cat "$work/err.auto" >"$work/why"
grep -q '^mlcv: model: knn ' "$work/err.auto"
result "auto chooses knn on the tutorial data" $?

mlcv --replace --threads 1 "$data" 2>/dev/null >"$work/t1"
mlcv --replace --threads 2 "$data" 2>/dev/null >"$work/t2"
cmp "$work/t1" "$work/t2" >"$work/why" 2>&1 && cmp "$work/t1" "$work/p.auto" >"$work/why" 2>&1
result "the same bytes with 1 and 2 threads, run after run" $?

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
