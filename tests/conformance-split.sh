#!/bin/sh
# conformance-split.sh BUILD - the split audit (mlscore/mlfilter --part,
# mlmerge) on every label conformance case, split 1, 2, 3 and 7 ways and
# around the tied keys at a prune cut, run through GNU parallel: every
# output must equal the single run's byte for byte (and a single run that
# fails must fail split too).
#
# All pipelines advance together, one `parallel` call per round, so the
# suite pays GNU parallel's start-up a few times, not once per pipeline.
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v parallel >/dev/null 2>&1; then
	echo "skipped: GNU parallel is not installed (Debian package 'parallel')"
	echo "0 passed, 0 failed"
	exit 0
fi
t=$(mktemp -d)
[ -n "$KEEP" ] && echo "keeping $t"
trap '[ -n "$KEEP" ] || rm -rf "$t"' EXIT
pass=0 fail=0
PAR="parallel --will-cite --halt never -j 2"

. "$here/split-lib.sh"
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# The configurations: tool, then options (NTR: one count per class).
cat >"$t/configs" <<'EOF'
mlscore
mlscore --per-class
mlscore --adjust --per-class
mlscore -m normalized_margin --adjust
mlscore -m confidence_weighted_entropy -a softmin
mlfilter
mlfilter -v
mlfilter --annotate --per-class
mlfilter -f prune_by_class --annotate --per-class
mlfilter -f both --annotate --per-class
mlfilter -f confident_learning --annotate --per-class
mlfilter -f predicted_neq_given --annotate
mlfilter --frac-noise 0.5 --annotate --per-class
mlfilter -f both --frac-noise 0.5 --annotate
mlfilter --min-examples-per-class 5 --annotate
mlfilter -f prune_by_class --min-examples-per-class 5 -v
mlfilter -f prune_by_class --num-to-remove-per-class NTR --annotate
mlfilter --num-to-remove-per-class NTR --annotate
mlfilter --annotate --per-class --columns issue_classes,id,is_label_issue -D ,
mlfilter -v --columns labels,id
EOF

np=0
for dir in "$here"/conformance/*/; do
	case=$(basename "$dir")
	[ -f "$dir/expected_scores.tsv" ] || continue
	in=$dir/input.tsv
	n=$(($(wc -l <"$in") - 1))
	k=$(head -n 1 "$in" | tr '\t' '\n' | grep -c '^p_')
	ntr=$(awk -v k="$k" 'BEGIN { for (i = 1; i <= k; i++) printf "%s%d", (i > 1 ? "," : ""), i % 3 + 1 }')
	c=$t/$case
	mkdir -p "$c"
	# Uneven parts: a one-row part (classes missing from it), an empty part, 7 ragged ones.
	parts "$c/s1" "$in"
	parts "$c/s2" "$in" 1
	parts "$c/s3" "$in" $((n / 2)) 0
	parts "$c/s7" "$in" $((n / 20)) $((n / 9)) 0 $((n / 3)) 1 $((n / 4))
	# A part holding the tied keys at a prune cut of the default filter, when there are some.
	"$B/bin/mlfilter" --part 1/1 "$in" >"$c/t.sum" 2>/dev/null &&
	    "$B/bin/mlmerge" "$c/t.sum" >"$c/t.state" 2>/dev/null
	for r in 2 3 4 5; do
		"$B/bin/mlfilter" --part 1/1 --state "$c/t.state" "$in" >"$c/t.sum" 2>/dev/null &&
		    "$B/bin/mlmerge" "$c/t.sum" >"$c/t.state" 2>/dev/null || break
	done
	splits="s1 s2 s3 s7"
	if [ -f "$c/t.state" ] && range=$(tie_rows "$in" "$c/t.state") && [ -n "$range" ]; then
		set -- $range
		parts "$c/st" "$in" $(($1 - 1)) $(($2 - $1 + 1))
		splits="$splits st"
	fi
	i=0
	while read -r tool opts; do
		i=$((i + 1))
		opts=$(echo "$opts" | sed "s/NTR/$ntr/")
		# shellcheck disable=SC2086
		"$B/bin/$tool" $opts "$in" >"$c/single.$i" 2>/dev/null
		src=$?
		for s in $splits; do
			np=$((np + 1))
			d=$t/pl/$np
			mkdir -p "$d"
			printf 'tool=%s\nopts="%s"\nparts=%s\nP=%s\nsingle=%s\nsrc=%s\nname="%s"\n' "$tool" "$opts" \
			    "$c/$s" "$(cat "$c/$s/P")" "$c/single.$i" "$src" "$case $s: $tool $opts" >"$d/meta"
			echo "$np" >>"$t/active"
		done
	done <"$t/configs"
done

# Every round of every pipeline to the finished state.
part_cmd() { echo "$B/bin/$tool $opts"; }
rounds finish

# The last round: each part's rows; the parts' outputs concatenated in order.
while read -r id; do
	d=$t/pl/$id
	. "$d/meta"
	for j in $(seq 1 "$P"); do
		echo "$B/bin/$tool $opts --part $j/$P --state $d/state $parts/p$j >$d/out.$j 2>>$d/err || echo >$d/failed"
	done
done <"$t/finish" >"$t/jobs"
$PAR <"$t/jobs"
while read -r id; do
	d=$t/pl/$id
	. "$d/meta"
	for j in $(seq 1 "$P"); do cat "$d/out.$j"; done >"$d/out"
done <"$t/finish"

# The recipes of mlaudit(7), run as written there (roff unescaped): GNU
# parallel --pipepart over one file, and part files through --sshlogin with
# this machine (:) as the only host.
recipe() {
	sed -n "/^\.SS $1/,/^\.EE/p" "$here/../man/mlaudit.7" | sed -n '/^\.EX/,/^\.EE/p' | sed '1d;$d' |
	    sed -e 's/\\-/-/g' -e 's/\\e/\\/g'
}
in=$here/conformance/medium_imbalanced/input.tsv
"$B/bin/mlfilter" --annotate "$in" >"$t/recipe.want"
for r in "GNU parallel, one machine" "GNU parallel, across hosts"; do
	d=$t/recipe.$(echo "$r" | tr -dc 'a-z')
	mkdir -p "$d"
	ln -s "$in" "$d/data.tsv"
	parts "$d/parts" "$in" 100 0 1 700 1000
	seq -f "$d/parts/p%g" 1 "$(cat "$d/parts/P")" >"$d/parts.txt"
	recipe "$r" | sed 's/S=host1,host2,:/S=:/' >"$d/run.sh"
	if [ ! -s "$d/run.sh" ]; then
		bad "recipe '$r': not found in mlaudit(7)"
	elif (cd "$d" && PATH="$B/bin:$PATH" sh run.sh >"$d/out" 2>"$d/err") &&
	    cmp -s "$t/recipe.want" "$d/annotated.tsv"; then
		ok
	else
		bad "recipe '$r': the output differs from the single run"; sed 's/^/  /' "$d/err" | head -5
	fi
done

# Summaries that do not go together are refused (exit 1), each with its reason.
refuse() {      # refuse NAME TEXT COMMAND...: COMMAND exits 1 with TEXT in its message
	name=$1 text=$2
	shift 2
	"$@" >/dev/null 2>"$t/refuse.err"
	st=$?
	if [ "$st" -eq 1 ] && grep -qF "$text" "$t/refuse.err"; then ok; else
		bad "refuse $name: exit $st, $(head -c 200 "$t/refuse.err")"
	fi
}
q=$here/conformance/quickstart/input.tsv
m=$B/bin/mlmerge
"$B/bin/mlfilter" --part 1/2 "$q" >"$t/a.sum"
"$B/bin/mlfilter" --part 2/2 "$q" >"$t/b.sum"
"$B/bin/mlfilter" -f both --part 2/2 "$q" >"$t/opts.sum"
"$B/bin/mlfilter" --part 2/2 "$here/conformance/small_random/input.tsv" >"$t/classes.sum"
"$B/bin/mlscore" --part 2/2 "$q" >"$t/tool.sum"
"$B/bin/mlfilter" --part 2/3 "$q" >"$t/parts.sum"
sed 's/^mlaudit-summary	2$/mlaudit-summary	1/' "$t/a.sum" >"$t/version.sum"
sed '$d' "$t/a.sum" >"$t/short.sum"
"$m" "$t/a.sum" "$t/b.sum" >"$t/state"
refuse "other options" "other options" "$m" "$t/a.sum" "$t/opts.sum"
refuse "other classes" "classes differ" "$m" "$t/a.sum" "$t/classes.sum"
refuse "other tool" "another tool" "$m" "$t/a.sum" "$t/tool.sum"
refuse "other parts" "3 parts" "$m" "$t/a.sum" "$t/parts.sum"
refuse "other version" "version 1" "$m" "$t/version.sum" "$t/b.sum"
refuse "cut short" "cut short" "$m" "$t/short.sum" "$t/b.sum"
refuse "a part twice" "part 1 is in two summaries" "$m" "$t/a.sum" "$t/a.sum"
refuse "a state to merge" "a state, not a part's summary" "$m" "$t/state" "$t/b.sum"
refuse "a state of other options" "other options" "$B/bin/mlfilter" -f both --part 1/2 --state "$t/state" "$q"
refuse "a summary as a state" "not a state" "$B/bin/mlfilter" --part 1/2 --state "$t/a.sum" "$q"
sed 5d "$q" >"$t/changed.tsv"
refuse "a part that changed" "other rows" "$B/bin/mlfilter" --part 1/2 --state "$t/state" "$t/changed.tsv"

for id in $(seq 1 "$np"); do
	d=$t/pl/$id
	. "$d/meta"
	if [ "$src" -ne 0 ]; then
		if [ -f "$d/failed" ]; then ok; else bad "$name: the single run fails, the split one does not"; fi
	elif [ -f "$d/failed" ] || [ ! -f "$d/out" ]; then
		bad "$name: failed"; sed 's/^/  /' "$d/err" | head -3
	elif cmp -s "$single" "$d/out"; then
		ok
	else
		bad "$name: output differs"; cmp "$single" "$d/out" | sed 's/^/  /'
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
