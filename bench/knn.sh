#!/bin/sh
# bench/knn.sh BUILD_DIR - mlknn's exact kNN search on N x D features
# (default 10^5 x 64, cosine, k = 10) next to the plain double loop of
# bench/knn_floor.c on the same input, in the same run; then the search
# split by query block (--part I/P): the P parts through GNU parallel on
# this machine, and each part alone, as on a machine of its own.
#
# Environment: KNN_N, KNN_D (input size), KNN_Q (query rows the floor
# runs; its time is extrapolated to all N rows, default 2000), KNN_RUNS
# (mlknn runs, the median is shown, default 3), KNN_PARTS (P, default 2;
# 0: no split), BENCH_CACHE (input cache, default
# ${TMPDIR:-/tmp}/mlaudit-bench), CC.
set -u
B=${1:-build}
case $B in /*) ;; *) B=$PWD/$B ;; esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${KNN_N:-100000}
D=${KNN_D:-64}
Q=${KNN_Q:-2000}
RUNS=${KNN_RUNS:-3}
PARTS=${KNN_PARTS:-2}
CACHE=${BENCH_CACHE:-${TMPDIR:-/tmp}/mlaudit-bench}
CC=${CC:-cc}
die() { echo "knn.sh: $*" >&2; exit 1; }

[ -x "$B/bin/mlknn" ] || die "no $B/bin/mlknn (make first)"
mkdir -p "$B/bench" "$CACHE" || die "cannot create directories"
if [ ! -x "$B/bench/knn_floor" ] || [ "$ROOT/bench/knn_floor.c" -nt "$B/bench/knn_floor" ]; then
	$CC -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -ffp-contract=off \
	    -o "$B/bench/knn_floor" "$ROOT/bench/knn_floor.c" -lm || die "cannot build knn_floor"
fi
in=$CACHE/feat-${N}x$D.tsv
if [ ! -f "$in" ]; then
	"$B/bench/knn_floor" gen "$N" "$D" 1 >"$in.tmp" && mv "$in.tmp" "$in" || die "gen failed"
fi
GTIME=/usr/bin/time
[ -x $GTIME ] || GTIME=

# run LABEL CMD...: median wall, user+sys and peak RSS of RUNS runs.
run() {
	label=$1; shift
	: >"$CACHE/.knn.times"
	i=0
	while [ $i -lt "$RUNS" ]; do
		i=$((i + 1))
		if [ -n "$GTIME" ]; then
			$GTIME -f '%e %U %S %M' -o "$CACHE/.knn.t" "$@" >"$CACHE/.knn.out" ||
			    die "$label failed"
			tail -n 1 "$CACHE/.knn.t" >>"$CACHE/.knn.times"
		else
			s=$(date +%s.%N)
			"$@" >"$CACHE/.knn.out" || die "$label failed"
			awk -v a="$s" -v b="$(date +%s.%N)" 'BEGIN { print b - a, 0, 0, 0 }' >>"$CACHE/.knn.times"
		fi
	done
	sort -g "$CACHE/.knn.times" | awk -v l="$label" '{ w[NR] = $1; c[NR] = $2 + $3; m[NR] = $4 }
	    END { i = int((NR + 1) / 2)
	          printf "| %s | %.2f | %.2f | %.0f |\n", l, w[i], c[i], m[i] * 1024 / 1e6 }'
}

echo "# mlknn: exact 10-NN graph of $N rows x $D features (cosine)"
echo
echo "Input \`$in\` ($(awk -v b="$(wc -c <"$in")" 'BEGIN { printf "%.0f", b / 1e6 }') MB)," \
    "median of $RUNS runs, output to a file."
echo
echo "| command | wall s | CPU s (user+sys) | peak RSS MB |"
echo "|---|---:|---:|---:|"
run "\`mlknn\` (all cores)" "$B/bin/mlknn" "$in"
mv "$CACHE/.knn.out" "$CACHE/.knn.result"
run "\`mlknn --threads 1\`" "$B/bin/mlknn" --threads 1 "$in"
floor=$("$B/bench/knn_floor" -q "$Q" "$in") || die "knn_floor failed"
echo "$floor" | awk -v q="$Q" '{ printf "| plain double loop (`knn_floor`, 1 thread, %s query rows timed, extrapolated to all) | %.1f | %.1f | |\n", q, $10, $16 }'
# The first Q rows of mlknn's graph must be the floor's (same distances,
# same order): compare the checksums.
mine=$(awk -F '\t' -v q="$Q" 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "knn") k = i; if ($i == "knn_dist") d = i }; next }
    NR - 1 <= q { n = split($k, a, ","); split($d, b, ","); for (i = 1; i <= n; i++) s += b[i] + a[i] }
    END { printf "%.6f", s }' "$CACHE/.knn.result")
echo
echo "Checksum of the first $Q rows' neighbours: mlknn $mine, plain loop $(echo "$floor" | awk '{ print $12 }')."
if [ "$PARTS" -gt 1 ] && command -v parallel >/dev/null 2>&1; then
	echo
	echo "Split by query block, \`--part I/$PARTS\` (the parts' outputs concatenated"
	echo "are compared with the single run's graph):"
	echo
	echo "| command | wall s | CPU s (user+sys) | peak RSS MB |"
	echo "|---|---:|---:|---:|"
	j=$(nproc)
	run "\`parallel -k -j $j mlknn --threads 1 --part {}/$PARTS\` (this machine)" \
	    parallel --will-cite -k -j "$j" "$B/bin/mlknn --threads 1 --part {}/$PARTS $in" ::: $(seq "$PARTS")
	cmp -s "$CACHE/.knn.out" "$CACHE/.knn.result" || die "the parts are not the single run's graph"
	for i in $(seq "$PARTS"); do
		run "\`mlknn --part $i/$PARTS\` alone (all cores)" "$B/bin/mlknn" --part "$i/$PARTS" "$in"
	done
fi
echo
echo "Wall times count the other processes on the machine; CPU seconds do not."
echo "Cost: the search is O(N^2 D) time and O(N (D + k)) memory; 10x the rows is"
echo "100x the time.  Machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
    "nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg) after the run."
rm -f "$CACHE/.knn.times" "$CACHE/.knn.t" "$CACHE/.knn.out" "$CACHE/.knn.result"
