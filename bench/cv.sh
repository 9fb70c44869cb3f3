#!/bin/sh
# bench/cv.sh BUILD_DIR - mlcv on embeddings (`make bench BENCH=cv`, also a
# section of `make bench`): `mlcv --model logreg` with 5 folds piped into
# mlfilter, on N rows x D features x K classes from bench/cvgen.c (class
# Gaussian clusters plus noise, multi-label, a fraction of the rows with one
# class flipped, the flips in a side file).  Prints a markdown table: wall
# and CPU seconds, time per fold, peak RSS, next to the floor measured in
# the same run (bench/cv_floor.c: one liblinear fit over all rows for one
# class, mlcv's solver and settings), and precision, recall and F1 of the
# flagged rows against the injected flips.
#
# Environment: CV_SIZE (NxDxK, default 100000x256x20), CV_FOLDS (5),
# BENCH_CACHE, BENCH_SEED, BENCH_NOISE, CC as in bench/run.sh.
# Backquotes in single quotes are markdown; -nt is in dash, bash and busybox.
# shellcheck disable=SC2016,SC3013
set -u
B=${1:-build}
case $B in /*) ;; *) B=$PWD/$B ;; esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZE=${CV_SIZE:-100000x256x20}
F=${CV_FOLDS:-5}
CACHE=${BENCH_CACHE:-${TMPDIR:-/tmp}/mlaudit-bench}
SEED=${BENCH_SEED:-1}
NOISE=${BENCH_NOISE:-0.1}
CC=${CC:-cc}
BCFLAGS="-O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -ffp-contract=off"

die() { echo "bench/cv: $*" >&2; exit 1; }
N=${SIZE%%x*} K=${SIZE##*x} D=${SIZE#*x}
D=${D%x*}
case $N$D$K in ''|*[!0-9]*) die "CV_SIZE must be NxDxK, e.g. 100000x256x20: '$SIZE'" ;; esac
for t in mlcv mlfilter; do
	[ -x "$B/bin/$t" ] || die "no $B/bin/$t (make first)"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is not installed (Debian package 'time')"
mkdir -p "$B/bench" "$CACHE" || die "cannot create $B/bench or $CACHE"

# build OUT SRC LIBS...: compiles when OUT is missing or older than SRC or rng.h.
build() {
	out=$1 src=$2
	shift 2
	[ -x "$out" ] && ! [ "$src" -nt "$out" ] && ! [ "$ROOT/bench/rng.h" -nt "$out" ] && return 0
	# shellcheck disable=SC2086
	$CC $BCFLAGS -o "$out" "$src" "$@"
}
build "$B/bench/cvgen" "$ROOT/bench/cvgen.c" -lm || die "cannot build cvgen"
build "$B/bench/cv_floor" "$ROOT/bench/cv_floor.c" -llinear -lm || die "cannot build cv_floor"

# The input is made again when cvgen is newer than it.
data=$CACHE/cv-$SIZE-s$SEED-f$NOISE.tsv
truth=$CACHE/cvtruth-$SIZE-s$SEED-f$NOISE.tsv
if ! [ -f "$data" ] || [ "$B/bench/cvgen" -nt "$data" ]; then
	echo "bench/cv: generating $data" >&2
	"$B/bench/cvgen" -n "$N" -d "$D" -k "$K" -s "$SEED" --noise "$NOISE" --truth "$truth" \
	    >"$data.tmp" || die "cvgen failed"
	mv "$data.tmp" "$data" || die "cannot write $data"
fi
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
cd "$CACHE" || die "cannot cd to $CACHE"
PATH=$B/bin:$B/bench:$PATH
export PATH
f=$(basename "$data")
cmd="mlcv --model logreg --folds $F $f | mlfilter > cv-flagged.tsv"

echo "bench/cv: $cmd" >&2
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
/usr/bin/time -f '%e %U %S %M' -o "$w/time" sh -c "$cmd" || die "mlcv | mlfilter failed"
mv cv-flagged.tsv "$w/flagged.tsv" || die "no cv-flagged.tsv"
echo "bench/cv: cv_floor $f" >&2
floor=$(/usr/bin/time -f '%M' -o "$w/ftime" cv_floor "$f") || die "cv_floor failed"

echo "# mlcv: out-of-fold logistic regression on $N rows x $D features x $K classes"
echo
echo "Input \`$f\` ($(awk -v b="$(wc -c <"$data")" 'BEGIN { printf "%.0f", b / 1e6 }') MB," \
    "\`cvgen -n $N -d $D -k $K -s $SEED --noise $NOISE\`); one run each; CPU s = user + system."
echo
echo "| command | wall s | CPU s | peak RSS MB |"
echo "|---|---:|---:|---:|"
read -r wall user sys rss <"$w/time"
echo "$wall $user $sys $rss" | awk -v c="$cmd" -v f="$F" '{ gsub(/\|/, "\\|", c)
	printf "| `%s` | %.1f | %.1f | %.0f |\n", c, $1, $2 + $3, $4 * 1024 / 1e6
	printf "| the same, per fold (/ %d) | %.1f | %.1f | |\n", f, $1 / f, ($2 + $3) / f }'
echo "$floor" | awk -v f="$F" -v k="$K" -v rss="$(cat "$w/ftime")" '{
	fits = f * k * (f - 1) / f
	printf "| floor: one liblinear fit, all %d rows, class c0 (`cv_floor`; reading not counted) | %.2f | %.2f | %.0f |\n", $2, $8, $10, rss * 1024 / 1e6
	printf "| floor x %g (%d folds x %d classes x %d/%d of the rows) | | %.1f | |\n", fits, f, k, f - 1, f, fits * $10 }'
echo
awk -F'\t' 'FNR == 1 { next }
	NR == FNR { flip[$1] = 1; nt++; next }
	{ nf++; tp += flip[$1] }
	END { p = nf ? tp / nf : 0; r = nt ? tp / nt : 0
	      printf "Detection: mlfilter flags %d rows, %d of them among the %d with an injected flip:" \
	          " precision %.3f, recall %.3f, F1 %.3f.\n", nf, tp, nt, p, r, p + r ? 2 * p * r / (p + r) : 0 }' \
    "$truth" "$w/flagged.tsv"
echo
echo "mlcv fits $F x $K one-vs-rest models on $((F - 1))/$F of the rows each, on all cores;"
echo "the floor row scaled by that count is the CPU time of the fits alone."
echo "Machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), nproc $(nproc);" \
    "load average $LOAD0 before, $(cut -d' ' -f1-3 /proc/loadavg) after."
