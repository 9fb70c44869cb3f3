#!/bin/sh
# bench/split.sh BUILD_DIR - the split audit against a single run
# (`make bench-split`): mlfilter --annotate on the NxK input, once whole and
# once cut into P parts by GNU parallel --pipepart (J jobs at a time),
# round by round through mlmerge.  Prints a markdown table: wall seconds,
# CPU seconds (user + system of every process), peak RSS of the largest
# process, and the bytes of summaries the rounds moved.
#
# Environment: SPLIT_SIZE (default 1000000x100), SPLIT_PARTS (8),
# SPLIT_JOBS (2), BENCH_CACHE, BENCH_SEED, BENCH_NOISE as in bench/run.sh.
set -u
B=${1:-build}
case $B in /*) ;; *) B=$PWD/$B ;; esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZE=${SPLIT_SIZE:-1000000x100}
P=${SPLIT_PARTS:-8}
J=${SPLIT_JOBS:-2}
CACHE=${BENCH_CACHE:-${TMPDIR:-/tmp}/mlaudit-bench}
SEED=${BENCH_SEED:-1}
NOISE=${BENCH_NOISE:-0.1}
CC=${CC:-cc}

die() { echo "bench/split: $*" >&2; exit 1; }
command -v parallel >/dev/null 2>&1 || die "GNU parallel is not installed (Debian package 'parallel')"
[ -x /usr/bin/time ] || die "/usr/bin/time is not installed (Debian package 'time')"
[ $((P % J)) -eq 0 ] || die "SPLIT_PARTS must be a multiple of SPLIT_JOBS"
mkdir -p "$B/bench" "$CACHE" || die "cannot create $B/bench or $CACHE"
[ -x "$B/bench/gen" ] || $CC -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    -o "$B/bench/gen" "$ROOT/bench/gen.c" -lm || die "cannot build gen"
data=$CACHE/data-$SIZE-s$SEED-f$NOISE.tsv
if [ ! -f "$data" ]; then
	"$B/bench/gen" -n "${SIZE%x*}" -k "${SIZE#*x}" -s "$SEED" --noise "$NOISE" \
	    --truth "$CACHE/truth-$SIZE-s$SEED-f$NOISE.tsv" >"$data.tmp" && mv "$data.tmp" "$data" ||
	    die "cannot generate $data"
fi
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
PATH=$B/bin:$PATH
export PATH

# The split pipeline, as in mlaudit(7): P parts, J at a time.
cat >"$w/split.sh" <<EOF
cd "$w" || exit 1
pp="parallel --will-cite --pipepart -a $data --header : --block -$((P / J)) -j $J"
st=
r=0
until [ -n "\$st" ] && [ "\$(mlmerge -r state)" = finish ]; do
	r=\$((r + 1))
	\$pp "mlfilter --annotate --part {#}/$P \$st > sum.\$r.{#}" || exit 1
	mlmerge sum.\$r.* > state.new && mv state.new state && cp state state.\$r || exit 1
	st="--state state"
done
\$pp -k "mlfilter --annotate --part {#}/$P --state state" > /dev/null
EOF

load0=$(cut -d' ' -f1-3 /proc/loadavg)
/usr/bin/time -f '%e %U %S %M' -o "$w/single.time" mlfilter --annotate "$data" >/dev/null ||
    die "the single run failed"
/usr/bin/time -f '%e %U %S %M' -o "$w/split.time" sh "$w/split.sh" || die "the split run failed"
load1=$(cut -d' ' -f1-3 /proc/loadavg)

rounds=$(ls "$w"/state.* | wc -l)
sums=$(cat "$w"/sum.* | wc -c)
states=$(cat "$w"/state.* | wc -c)
mb=$(du -m "$data" | cut -f1)
row() {
	read -r wall user sys rss <"$2"
	awk -v c="$1" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$3" \
	    'BEGIN { printf "| %s | %.1f | %.1f | %.1f | %s |\n", c, w, u + s, r / 1024, b }'
}
echo "### Split audit: $SIZE ($mb MB), $P parts, $J jobs at a time"
echo
echo "| command | wall s | CPU s | peak RSS MB (largest process) | summary bytes |"
echo "|---|---:|---:|---:|---:|"
row "\`mlfilter --annotate data.tsv > /dev/null\`" "$w/single.time" 0
row "split: $rounds rounds + rows, \`parallel --pipepart --block -$((P / J)) -j $J\`" "$w/split.time" \
    "$sums parts + $states states"
echo
echo "Summaries per round (all parts, bytes): $(for f in "$w"/state.*; do r=${f##*.}; printf '%s %s; ' \
    "$(sed -n 6p "$w/sum.$r.1" | cut -f2)" "$(cat "$w"/sum."$r".* | wc -c)"; done)"
echo "Load average (1, 5, 15 min): $load0 before, $load1 after; nproc $(nproc)"
