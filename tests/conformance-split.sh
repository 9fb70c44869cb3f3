#!/bin/sh
# conformance-split.sh BUILD - the split audit (mlscore/mlfilter --part,
# mlmerge) on every label conformance case, split 1, 2, 3 and 7 ways and
# around the tied keys at a prune cut: every output must equal the single
# run's byte for byte (and a single run that fails must fail split too).
# The recipes of mlaudit(7) run through GNU parallel as written there.
#
# The split runs go two at a time, each through all its rounds in a
# worker of this shell (split-lib.sh): no process but the tools per step.
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
t=$(mktemp -d)
[ -n "$KEEP" ] && echo "keeping $t"
trap '[ -n "$KEEP" ] || rm -rf "$t"' EXIT

. "$here/split-lib.sh"

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

# singles: the single runs of the case in $c, input $in: $c/opts.I (NTR
# replaced), single.I and src.I (its exit status) for the I-th configuration.
singles() {
	k=$(head -n 1 "$in" | tr '\t' '\n' | grep -c '^p_')
	ntr=$(awk -v k="$k" 'BEGIN { for (i = 1; i <= k; i++) printf "%s%d", (i > 1 ? "," : ""), i % 3 + 1 }')
	i=0
	while read -r tool opts; do
		i=$((i + 1))
		case $opts in *NTR*) opts=${opts%%NTR*}$ntr${opts#*NTR} ;; esac
		echo "$tool $opts" >"$c/opts.$i"
		# shellcheck disable=SC2086
		"$B/bin/$tool" $opts "$in" >"$c/single.$i" 2>/dev/null
		echo $? >"$c/src.$i"
	done <"$t/configs"
}

# check ID: the split run $t/pl/ID (meta in $t/meta/ID) to the finished
# state, then its last round, the parts' outputs concatenated in order;
# ID/verdict says whether that agrees with the single run (split-lib.sh).
check() {
	d=$t/pl/$1
	. "$t/meta/$1"
	rounds "$d" finish && run_parts "$d" out --state "$d/state"
	if [ "$src" -ne 0 ]; then
		[ -f "$d/failed" ] && echo + || echo "- $name: the single run fails, the split one does not"
	elif [ -f "$d/failed" ]; then
		echo "- $name: failed"; head -n 3 "$d/err" | sed 's/^/  /'
	else
		j=0
		set --
		while [ "$j" -lt "$P" ]; do j=$((j + 1)); set -- "$@" "$d/out.$j"; done
		cat "$@" >"$d/out"
		if cmp -s "$single" "$d/out"; then echo +; else
			echo "- $name: output differs"; cmp "$single" "$d/out" | sed 's/^/  /'
		fi
	fi >"$d/verdict"
}

# meta: the split run's meta (split-lib.sh).
meta() {
	read -r cmd <"$c/opts.$i"
	read -r src <"$c/src.$i"
	printf 'cmd="%s"\nparts=%s\nsingle=%s\nsrc=%s\nname="%s"\n' "$B/bin/$cmd" "$c/$s" \
	    "$c/single.$i" "$src" "$case $s: $cmd"
}

# Every case set up, two at a time; then every split run of every
# configuration (tool and options) of every case.
cases singles
split_runs check

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
	if ! command -v parallel >/dev/null 2>&1; then
		echo "skipped: recipe '$r': GNU parallel is not installed (Debian package 'parallel')"
	elif [ ! -s "$d/run.sh" ]; then
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

verdicts "$t/ids"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
