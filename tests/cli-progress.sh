#!/bin/sh
# cli-progress.sh BUILD - the progress line: on a terminal (a pty from
# script(1)) a long run shows "TOOL: pass N: ROWS rows (P%)" (or a stage,
# mlknn's "kNN graph") on stderr, taken off at the end; never with -q,
# never when stderr is not a terminal, never in a run shorter than the
# delay.  MLAUDIT_PROGRESS_AFTER=0 makes every run long enough.
B=$(cd "${1:-build}" && pwd)
pass=0 fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export PATH="$B/bin:$PATH" LC_ALL=C

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

if ! script -qec true /dev/null >/dev/null 2>&1; then
	echo "script(1) is not installed: the progress line is not tested (apt-get install bsdutils)"
	echo "0 passed, 0 failed"
	exit 0
fi
# pty CMD: CMD's terminal output, carriage returns and escapes visible.
pty() { script -qec "$1" /dev/null </dev/null | tr '\r\033' '|~'; }

awk 'BEGIN { print "id\tlabels\tp_a\tp_b\tp_c"
	for (i = 0; i < 20000; i++) printf "%d\t%d\t0.%d\t0.%d\t0.%d\n", i, i % 3, i % 7 + 1, i % 5 + 1, i % 3 + 1 }' >"$t/rows.tsv"
awk 'BEGIN { print "id\tf_a\tf_b"; for (i = 0; i < 3000; i++) printf "%d\t%d\t%d\n", i, i % 97, i % 89 }' >"$t/feat.tsv"

# The first report (8192 rows) is drawn at once, then erased at exit.
got=$(pty "MLAUDIT_PROGRESS_AFTER=0 mlscore $t/rows.tsv >/dev/null")
case $got in
'|mlscore: pass 1: 8192 rows ('*'%)~[K|~[K') ok ;;
*) bad "mlscore on a pty: '$got'" ;;
esac
got=$(pty "MLAUDIT_PROGRESS_AFTER=0 mlknn $t/feat.tsv >/dev/null")
case $got in
'|mlknn: kNN graph: 0 rows (0%)~[K|~[K') ok ;;
*) bad "mlknn on a pty: '$got'" ;;
esac
got=$(pty "MLAUDIT_PROGRESS_AFTER=0 mlscore -q $t/rows.tsv >/dev/null")
[ -z "$got" ] && ok || bad "mlscore -q on a pty: '$got'"
got=$(pty "mlscore $t/rows.tsv >/dev/null")
[ -z "$got" ] && ok || bad "a short mlscore run on a pty: '$got'"
MLAUDIT_PROGRESS_AFTER=0 mlscore "$t/rows.tsv" 2>"$t/err" >/dev/null
[ ! -s "$t/err" ] && ok || bad "mlscore, stderr not a terminal: '$(cat "$t/err")'"
# A message takes the line off first.
awk -F '\t' -v OFS='\t' 'NR == 10000 { $5 = "x" } 1' "$t/rows.tsv" >"$t/bad.tsv"
got=$(pty "MLAUDIT_PROGRESS_AFTER=0 mlscore $t/bad.tsv >/dev/null")
case $got in
'|mlscore: pass 1: 8192 rows ('*'%)~[K|~[Kmlscore: '*":10000: column 'p_c': probability is not a number: 'x'|") ok ;;
*) bad "an error on a pty: '$got'" ;;
esac

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
