#!/bin/sh
# conformance-split-report.sh BUILD - mlreport split (mlreport --part,
# mlmerge, mlreport --state) on every conformance case, split 1, 2, 3 and 7
# ways (uneven parts, empty parts, a one-row part, a part holding the tied
# keys at a prune cut), run through GNU parallel: the text, JSON and HTML
# reports must equal a single run's byte for byte, but for the record of
# the run itself (JSON "run", the HTML "Input:" line: the inputs are the
# state file there).  The single run is --no-features (a split report is
# the label audit alone) and, for the HTML, has no feature columns to draw
# (a split report has no scatter picture; mlreport(1)).  A single run that
# fails must fail split too.
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
R=$B/bin/mlreport
export SOURCE_DATE_EPOCH=1700000000

. "$here/split-lib.sh"
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

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

np=0
for dir in "$here"/conformance/*/; do
	case=$(basename "$dir")
	[ -f "$dir/expected_scores.tsv" ] || continue
	in=$dir/input.tsv
	n=$(($(wc -l <"$in") - 1))
	c=$t/$case
	mkdir -p "$c"
	parts "$c/s1" "$in"
	parts "$c/s2" "$in" 1
	parts "$c/s3" "$in" $((n / 2)) 0
	parts "$c/s7" "$in" $((n / 20)) $((n / 9)) 0 $((n / 3)) 1 $((n / 4))
	splits="s1 s2 s3 s7"
	# A part holding the tied keys at a prune cut of the default filter (mlreport's), when there are some.
	"$B/bin/mlfilter" --part 1/1 "$in" >"$c/t.sum" 2>/dev/null &&
	    "$B/bin/mlmerge" "$c/t.sum" >"$c/t.state" 2>/dev/null
	for r in 2 3 4 5; do
		"$B/bin/mlfilter" --part 1/1 --state "$c/t.state" "$in" >"$c/t.sum" 2>/dev/null &&
		    "$B/bin/mlmerge" "$c/t.sum" >"$c/t.state" 2>/dev/null || break
	done
	if [ -f "$c/t.state" ] && range=$(tie_rows "$in" "$c/t.state") && [ -n "$range" ]; then
		set -- $range
		parts "$c/st" "$in" $(($1 - 1)) $(($2 - $1 + 1))
		splits="$splits st"
	fi
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
		done
		for s in $splits; do
			case " $only " in *" all "*|*" $s "*) ;; *) continue ;; esac
			np=$((np + 1))
			d=$t/pl/$np
			mkdir -p "$d"
			printf 'popts="%s"\nropts="%s"\nparts=%s\nP=%s\nsingle=%s\nname="%s"\n' "$popts" \
			    "$ropts" "$c/$s" "$(cat "$c/$s/P")" "$c/single.$i" "$case $s: $popts | $ropts" >"$d/meta"
			echo "$np" >>"$t/active"
		done
	done <"$t/configs"
done

# Every round of every pipeline to the report state.
part_cmd() { echo "$R --no-features $popts"; }
rounds report

# The reports of the report state.
while read -r id; do
	d=$t/pl/$id
	. "$d/meta"
	echo "$R $popts $ropts --state $d/state >$d/out.text 2>>$d/err; echo \$? >$d/out.text.rc"
	echo "$R --format json $popts $ropts --state $d/state >$d/out.json 2>>$d/err; echo \$? >$d/out.json.rc"
	echo "$R $popts $ropts --state $d/state -o /dev/null --html $d/out.html 2>>$d/err; echo \$? >$d/out.html.rc"
done <"$t/report" >"$t/jobs"
$PAR <"$t/jobs"

for id in $(seq 1 "$np"); do
	d=$t/pl/$id
	. "$d/meta"
	for f in text json html; do
		src=$(cat "$single.$f.rc")
		if [ "$src" -ne 0 ] && [ "$src" -ne 3 ]; then
			if [ -f "$d/failed" ]; then ok; else bad "$name ($f): the single run fails, the split one does not"; fi
		elif [ -f "$d/failed" ] || [ ! -f "$d/out.$f" ]; then
			bad "$name ($f): failed"; sed 's/^/  /' "$d/err" | head -3
		elif [ "$(cat "$d/out.$f.rc")" != "$src" ]; then
			bad "$name ($f): exit $(cat "$d/out.$f.rc"), the single run's $src"
		elif norm "$single.$f" >"$d/want" && norm "$d/out.$f" >"$d/got" && cmp -s "$d/want" "$d/got"; then
			ok
		else
			bad "$name ($f): output differs"; diff "$d/want" "$d/got" | head -5 | sed 's/^/  /'
		fi
	done
done

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
