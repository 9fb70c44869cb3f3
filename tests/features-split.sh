#!/bin/sh
# features-split.sh BUILD - the kNN graph by query block: mlknn --part I/N
# for N = 1, 2, 3, 7 (and more parts than rows on the smaller inputs), the
# parts' outputs concatenated must equal the single run byte for byte (a
# single run that fails must fail in every part, with the same message);
# the feature checks must then give the same output on both graphs.  The
# recipes of mlaudit(7) run as written there (GNU parallel on this machine,
# and through --sshlogin with this machine as the only host).
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export PATH="$B/bin:$PATH" LC_ALL=C
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# Random inputs, fixed seeds.  grid ROWS: small integers in 3 dimensions
# (Euclidean), so many equal distances and exact duplicates: every third
# row in one of two groups (300 rows: about 50 each, over k + 1 = 11), the
# others in groups of about ROWS / 50.  grid.tsv spans two cache blocks of
# 256 rows, grid-small.tsv (60 rows) is split in more parts than rows.
# dups: 700 rows of 6 random values (cosine), every 9th row a copy of an
# earlier one.
grid() {
	awk -v n="$1" 'BEGIN { srand(16); print "id\tf_a\tf_b\tf_c"
	    for (i = 0; i < n; i++) if (i % 3) printf "g%d\t%d\t%d\t%d\n", i, int(rand() * 4), int(rand() * 4), int(rand() * 2)
	        else printf "g%d\t%d\t0\t9\n", i, int(rand() * 2) }'
}
grid 300 >"$t/grid.tsv"
grid 60 >"$t/grid-small.tsv"
awk 'BEGIN { srand(17); print "id\tf_0\tf_1\tf_2\tf_3\tf_4\tf_5"
    for (i = 0; i < 700; i++) {
        if (i % 9 == 8) { r[i] = r[int(rand() * i)] } else {
            r[i] = sprintf("%.4f", rand() - 0.5); for (d = 1; d < 6; d++) r[i] = r[i] sprintf("\t%.4f", rand() - 0.5) }
        print "d" i "\t" r[i] } }' >"$t/dups.tsv"
big=$(awk -F '\t' 'NR > 1 && $4 == 9 { c[$2 FS $3]++ } END { for (v in c) if (c[v] > 11) print v }' "$t/grid.tsv" | wc -l)
[ "$big" -gt 0 ] && ok || bad "grid.tsv has no duplicate group over k + 1 rows"

# split NAME FILE NS OPTIONS...: the parts of every N in NS against the single run.
split() {
	name=$1 file=$2 ns=$3
	shift 3
	mlknn "$@" "$file" >"$t/single" 2>"$t/single.err"
	st=$?
	for n in $ns; do
		i=1 same=1
		: >"$t/cat"
		while [ "$i" -le "$n" ]; do
			mlknn "$@" --part "$i/$n" "$file" >>"$t/cat" 2>"$t/part.err"
			pst=$?
			# (cmp only for a failing run: one process less per part.)
			if [ "$pst" -ne "$st" ] || { [ "$st" -eq 0 ] && [ -s "$t/part.err" ]; } ||
			    { [ "$st" -ne 0 ] && ! cmp -s "$t/single.err" "$t/part.err"; }; then
				same=0
				bad "$name $*, part $i/$n: exit $pst (single run $st), $(head -c 200 "$t/part.err")"
				break
			fi
			i=$((i + 1))
		done
		[ "$same" -eq 1 ] || continue
		if cmp -s "$t/single" "$t/cat"; then ok; else
			bad "$name $*, $n parts: not the single run's graph"; cmp "$t/single" "$t/cat" | sed 's/^/  /'
		fi
	done
	[ "$st" -eq 0 ] && checks "$name" "$t/single" "$t/cat"
}

# checks NAME SINGLE SPLIT: the feature checks on the two graphs (the last
# concatenation, all of whose neighbour lists come from the parts).
checks() {
	for c in mloutlier mldups mlnoniid; do
		$c "$2" >"$t/c.single" 2>&1
		$c "$3" >"$t/c.split" 2>&1
		if cmp -s "$t/c.single" "$t/c.split"; then ok; else bad "$1: $c differs on the split graph"; fi
	done
	if head -n 1 "$2" | grep -q 'labels'; then
		# On standard input: the report names its input files.
		mlreport --features --format json <"$2" >"$t/c.single" 2>&1
		mlreport --features --format json <"$3" >"$t/c.split" 2>&1
		if grep -q '"outlier"' "$t/c.single" && cmp -s "$t/c.single" "$t/c.split"; then ok; else
			bad "$1: mlreport --features differs on the split graph"
		fi
	fi
}

# rows FILE: its data rows.
rows() { echo $(($(wc -l <"$1") - 1)); }

for f in "$here"/data/feat-*.tsv "$here/../examples/quickstart-features.tsv"; do
	n=$(rows "$f")
	split "${f##*/}" "$f" "1 2 3 7 $((n + 5))" -k 3
	split "${f##*/}" "$f" "1 2 3 7" -k 10
done
for f in "$here"/conformance/features_*/input.tsv; do
	split "${f#"$here"/conformance/}" "$f" "1 2 3 7"
done
split grid.tsv "$t/grid.tsv" "1 2 3 7 13" --threads 1
split grid-small.tsv "$t/grid-small.tsv" "1 2 3 7 65" -k 5
split grid.tsv "$t/grid.tsv" "2 7" --threads 2 -k 4
split dups.tsv "$t/dups.tsv" "1 2 3 7" --threads 2
split dups.tsv "$t/dups.tsv" "3" --metric euclidean -k 15

# The recipes of mlaudit(7), section "The kNN graph by query block", run as
# written there (roff unescaped): the first example (GNU parallel, this
# machine, then the checks) and the second (--sshlogin, with S=:); then the
# README's.
recipe() {	# N: the N-th example of the section
	sed -n '/^\.SS The kNN graph by query block/,$p' "$here/../man/mlaudit.7" |
	    awk -v want="$1" '/^\.EX/ { n++; next } /^\.EE/ { if (n == want) exit; next } n == want' |
	    sed -e 's/\\-/-/g' -e 's/\\e/\\/g'
}
if command -v parallel >/dev/null 2>&1; then
	# One input (GNU parallel's start-up is most of the time): dups.tsv.
	for f in "$t/dups.tsv"; do
		for r in 1 2; do
			d=$t/recipe$r
			rm -rf "$d" && mkdir "$d" && ln -s "$f" "$d/data.tsv"
			recipe "$r" | sed 's/S=host1,host2,:/S=:/' >"$d/run.sh"
			mlknn "$f" >"$d/want"
			if ! grep -q 'mlknn --.*part' "$d/run.sh"; then
				bad "recipe $r: not found in mlaudit(7)"
			elif (cd "$d" && sh run.sh >"$d/out" 2>"$d/err") && cmp -s "$d/want" "$d/graph.tsv"; then
				ok
			else
				bad "recipe $r on ${f##*/}: not the single run's graph"; sed 's/^/  /' "$d/err" | head -5
			fi
		done
		# The first recipe also runs the checks on its graph.
		mloutlier "$t/recipe1/want" | mldups | mlnoniid >"$t/checked.want"
		if cmp -s "$t/checked.want" "$t/recipe1/checked.tsv"; then ok; else
			bad "recipe 1 on ${f##*/}: the checks differ"
		fi
		# The README's (across hosts, then the checks), with S=:.
		d=$t/readme
		mkdir "$d" && ln -s "$f" "$d/data.tsv"
		sed -n '/^### The kNN graph by query block/,/^#/p' "$here/../README.md" |
		    sed -n '/^```sh/,/^```$/{/^```/d;p;}' | sed 's/S=host1,host2,:/S=:/' >"$d/run.sh"
		if ! grep -q 'mlknn --part' "$d/run.sh"; then
			bad "README recipe: not found"
		elif (cd "$d" && sh run.sh >"$d/out" 2>"$d/err") && cmp -s "$t/recipe1/want" "$d/graph.tsv" &&
		    cmp -s "$t/checked.want" "$d/checked.tsv"; then
			ok
		else
			bad "README recipe: not the single run's graph and checks"; sed 's/^/  /' "$d/err" | head -5
		fi
	done
else
	echo "GNU parallel is not installed (Debian package 'parallel'): the recipes are not run"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
