#!/bin/sh
# features-mlcv.sh BUILD - how well mlcv's probabilities find label errors:
# `mlcv | mlfilter` on the tutorial's features (examples/quickstart-features.tsv,
# default options) against the true labels (data/quickstart-truth.tsv, copied
# from the conformance case quickstart: is_true_error = 1 where the given
# labels differ from the truth).  Precision and recall of the flagged rows;
# F1 must reach 0.85, and auto must choose knn (the classes are boxes, which
# no linear model separates).  Also: the output does not depend on the thread
# count, and a run is repeatable.
#
# Then 16 other draws of the tutorial's generator (bench/tutgen.c, seeds
# 1-16: its distribution, not numpy's bytes).  F1 varies from draw to draw
# with the number of true errors (5 to 30), and no model reaches the
# quickstart's 0.85 on all of them: on the tutorial's own draws (numpy,
# seeds 1-20) its RandomForest pipeline averages F1 0.72 (lowest 0.50),
# scikit-learn's distance-weighted kNN (k = 15) 0.74 (0.57), and even the
# true posterior of the generator 0.92 (0.75).  The rule: mean F1 >= 0.68
# and every draw >= 0.50, the RandomForest's own lowest.  mlcv's default
# gives a mean of 0.71 to 0.72 and a lowest of 0.54 to 0.59 with fold seeds
# 0 to 3: another fold assignment, which is no regression, must not fail
# the test; a broken model must, and logreg (mean about 0.3) does.
# Ends with "N passed, M failed".
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
score() {	# FLAGGED [TRUTH]
	awk -F'\t' 'FNR == 1 { next }
		NR == FNR { err[$1] = $3; nt += $3; next }
		{ nf++; tp += err[$1] }
		END { p = nf ? tp / nf : 0; r = nt ? tp / nt : 0
		      printf "%d flagged, %d true errors of %d: precision %.3f recall %.3f F1 %.3f\n",
		          nf, tp, nt, p, r, p + r ? 2 * p * r / (p + r) : 0 }' "${2:-$truth}" "$1"
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

# draws MODEL_OPTIONS...: F1 of mlcv | mlfilter on each draw, then the verdict.
draws() {
	for seed in $seeds; do
		mlcv "$@" "$work/d$seed.tsv" 2>>"$work/why" | mlfilter >"$work/f$seed.tsv" 2>>"$work/why"
		score "$work/f$seed.tsv" "$work/t$seed.tsv"
	done | awk '{ f = $NF; printf "%s ", f; s += f; if (NR == 1 || f < min) min = f }
		END { printf "| mean %.3f, lowest %.3f\n", s / NR, min
		      exit !(s / NR >= 0.68 && min >= 0.50) }'
}

seeds="1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16"
: >"$work/why"
if ${CC:-cc} -O2 -std=c11 -D_DEFAULT_SOURCE -o "$work/tutgen" "$here/../bench/tutgen.c" -lm 2>"$work/why"; then
	for seed in $seeds; do
		"$work/tutgen" -s "$seed" --truth "$work/t$seed.tsv" >"$work/d$seed.tsv" 2>>"$work/why" || break
	done
	line=$(draws)
	rc=$?
	echo "     default: $line"
	echo "F1 per draw: $line" >>"$work/why"
	result "mlcv | mlfilter on 16 other draws: mean F1 >= 0.68, each >= 0.50" $rc
	line=$(draws --model logreg)
	rc=$?
	echo "     logreg: $line"
	echo "logreg passes the rule: $line" >>"$work/why"
	result "logreg fails that rule (the test can fail)" $((!rc))
else
	result "bench/tutgen.c builds" 1
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
