#!/bin/sh
# conformance-split-report.sh BUILD - mlreport split (mlreport --part,
# mlmerge, mlreport --state) on every conformance case, split 1, 2, 3 and 7
# ways (uneven parts, empty parts, a one-row part, a part holding the tied
# keys at a prune cut): the text, JSON and HTML reports must equal a single
# run's byte for byte, but for the record of the run itself (JSON "run",
# the HTML "Input:" line: the inputs are the state file there).  The single
# run is --no-features (a split report is the label audit alone) and, for
# the HTML, has no feature columns to draw (a split report has no scatter
# picture; mlreport(1)).  A single run that fails must fail split too.
# The split runs go two at a time, as in conformance-split.sh.
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
t=$(mktemp -d)
[ -n "$KEEP" ] && echo "keeping $t"
trap '[ -n "$KEEP" ] || rm -rf "$t"' EXIT
R=$B/bin/mlreport
export SOURCE_DATE_EPOCH=1700000000

. "$here/split-lib.sh"

# The configurations: the splits | the parts' options | the report's options.
# Every split runs with the defaults; the score options on fewer (time).
cat >"$t/configs" <<'EOF'
all | |
s3 s7 | -m normalized_margin --adjust | --top 3
s2 st | -m confidence_weighted_entropy -a softmin | --top 0
s7 | -a ema:auto -m self_confidence | --top 100000
s3 | --id labels -a mean |
EOF

# norm FILE: the record of the run taken out (JSON "run" to the end, HTML "Input:").
norm() {
	sed -e '/^  "run": {/,/^  }/d' -e 's/^<p class="lead">Input: .* &middot; Date/Input: Date/' "$1"
}

# singles: the single runs of the case in $c, input $in: $c/single.I.F
# and single.I.F.rc (its exit status) for the I-th configuration, format F;
# single.I.F.norm is the single report without the record of the run.
singles() {
	i=0
	while IFS='|' read -r only popts ropts; do
		i=$((i + 1))
		for f in text json html; do
			# shellcheck disable=SC2086
			case $f in
			html) "$R" --no-features --feature-prefix none_ $popts $ropts -o /dev/null \
			    --html "$c/single.$i.$f" "$in" >/dev/null 2>&1 ;;
			*) "$R" --no-features --format $f $popts $ropts "$in" >"$c/single.$i.$f" 2>/dev/null ;;
			esac
			echo $? >"$c/single.$i.$f.rc"
			norm "$c/single.$i.$f" >"$c/single.$i.$f.norm" 2>/dev/null || rm -f "$c/single.$i.$f.norm"
		done
	done <"$t/configs"
}

# check ID: the split run $t/pl/ID (meta in $t/meta/ID) to the report
# state, then its text, JSON and HTML reports; ID/verdict has a line a
# report that differs from the single run's (none when all three agree).
check() {
	d=$t/pl/$1
	. "$t/meta/$1"
	if rounds "$d" report; then
		# shellcheck disable=SC2086
		"$R" $popts $ropts --state "$d/state" >"$d/out.text" 2>>"$d/err"
		echo $? >"$d/out.text.rc"
		# shellcheck disable=SC2086
		"$R" --format json $popts $ropts --state "$d/state" >"$d/out.json" 2>>"$d/err"
		echo $? >"$d/out.json.rc"
		# shellcheck disable=SC2086
		"$R" $popts $ropts --state "$d/state" -o /dev/null --html "$d/out.html" 2>>"$d/err"
		echo $? >"$d/out.html.rc"
	fi
	for f in text json html; do
		read -r src <"$single.$f.rc"
		if [ "$src" -ne 0 ] && [ "$src" -ne 3 ]; then
			[ -f "$d/failed" ] && echo + ||
			    echo "- $name ($f): the single run fails, the split one does not"
		elif [ -f "$d/failed" ] || [ ! -f "$d/out.$f" ]; then
			echo "- $name ($f): failed"; head -n 3 "$d/err" | sed 's/^/  /'
		elif read -r rc <"$d/out.$f.rc" && [ "$rc" != "$src" ]; then
			echo "- $name ($f): exit $rc, the single run's $src"
		elif norm "$d/out.$f" >"$d/got" && cmp -s "$single.$f.norm" "$d/got"; then
			echo +
		else
			echo "- $name ($f): output differs"; diff "$single.$f.norm" "$d/got" | head -n 5 | sed 's/^/  /'
		fi
	done >"$d/verdict"
}

# meta: the split run's meta (split-lib.sh), when the configuration runs on that split.
meta() {
	only=${config%%|*} popts=${config#*|}
	ropts=${popts#*|} popts=${popts%%|*}
	case " $only " in *" all "*|*" $s "*) ;; *) return 1 ;; esac
	printf 'cmd="%s"\npopts="%s"\nropts="%s"\nparts=%s\nsingle=%s\nname="%s"\n' \
	    "$R --no-features $popts" "$popts" "$ropts" "$c/$s" "$c/single.$i" "$case $s: $popts | $ropts"
}

# Every case set up, two at a time; then every split run of every
# configuration of every case.
cases singles
split_runs check
verdicts "$t/ids"

# What a split report refuses, each with its reason (exit 2: usage, 1: input).
refuse() {      # refuse NAME STATUS TEXT COMMAND...
	name=$1 want=$2 text=$3
	shift 3
	"$@" >/dev/null 2>"$t/refuse.err"
	st=$?
	if [ "$st" -eq "$want" ] && grep -qF -- "$text" "$t/refuse.err"; then ok; else
		bad "refuse $name: exit $st, $(head -c 300 "$t/refuse.err")"
	fi
}
q=$here/conformance/quickstart/input.tsv
fq=$here/conformance/features_quickstart/input.tsv
refuse "--features" 2 "--features does not go with --part" "$R" --features --part 1/2 "$q"
refuse "a filter option" 2 "default filter only" "$R" -f both --part 1/2 "$q"
refuse "--drop-class" 2 "--drop-class does not go" "$R" --drop-class c0 --part 1/2 "$q"
refuse "--format with --part" 2 "--part writes a summary" "$R" --format json --part 1/2 "$q"
# quickstart in two parts, every round, to the report state.
"$R" --part 1/2 "$q" >"$t/a.sum"
"$R" --part 2/2 "$q" >"$t/b.sum"
"$B/bin/mlmerge" "$t/a.sum" "$t/b.sum" >"$t/count.state"
cp "$t/count.state" "$t/state"
while [ "$("$B/bin/mlmerge" -r "$t/state")" != report ]; do
	"$R" --part 1/2 --state "$t/state" "$q" >"$t/a2.sum" &&
	    "$R" --part 2/2 --state "$t/state" "$q" >"$t/b2.sum" &&
	    "$B/bin/mlmerge" "$t/a2.sum" "$t/b2.sum" >"$t/state.new" && mv "$t/state.new" "$t/state" ||
	    { bad "quickstart split in two: a round failed"; break; }
done
refuse "--state with input files" 2 "not input files" "$R" --state "$t/state" "$q"
refuse "feature columns" 1 "say so with --no-features" "$R" --part 1/2 "$fq"
"$B/bin/mlscore" "$q" >"$t/scored.tsv"
refuse "the input's label_score" 1 "say so with a score option" "$R" --part 1/2 "$t/scored.tsv"
refuse "other options" 1 "with other options" "$R" -m normalized_margin --state "$t/state"
refuse "a report state as a part's state" 1 "without --part, writes" "$R" --part 1/2 --state "$t/state" "$q"
refuse "a gate on no class" 2 "is not a class of the state" "$R" --class-fail-under nope=0.5 --state "$t/state"
refuse "an earlier state" 1 "not the report state" "$R" --state "$t/count.state"
refuse "a summary as the report state" 1 "not a state" "$R" --state "$t/a.sum"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
