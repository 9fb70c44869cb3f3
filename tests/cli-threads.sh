#!/bin/sh
# cli-threads.sh BUILD - the output never depends on the number of threads:
# every tool, on every conformance input and on generated inputs larger
# than one chunk, gives the same stdout, stderr and exit status with -j 1,
# 2, 3 and 8, from a file and from a pipe; bad input too (the first bad
# line in input order, the rows before it, nothing after it, exit 1).
# MLAUDIT_CHUNK_ROWS makes chunks of a few rows, so that the conformance
# inputs cross chunk boundaries; the generated ones also run with the
# default chunk size.
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
JOBS=${THREADS_JOBS:-2 3 8}
# Under valgrind (MLAUDIT_WRAP) a run costs a second or more: one thread
# count and a part of the cases.
quick=
if [ -n "${MLAUDIT_WRAP:-}" ]; then
	JOBS=${THREADS_JOBS:-3}
	quick=1
fi

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# run J MODE INPUT TOOL ARGS...: TOOL -j J ARGS, reading INPUT as a file
# argument (MODE file) or from a pipe (MODE pipe); output in $t/*.J.
run() {
	j=$1 mode=$2 in=$3 tool=$4
	shift 4
	if [ "$mode" = pipe ]; then
		cat "$in" | $MLAUDIT_WRAP "$B/bin/$tool" -j "$j" "$@" >"$t/out.$j" 2>"$t/err.$j"
	else
		$MLAUDIT_WRAP "$B/bin/$tool" -j "$j" "$@" "$in" >"$t/out.$j" 2>"$t/err.$j" </dev/null
	fi
	echo $? >"$t/rc.$j"
}

# same LABEL MODE INPUT TOOL ARGS...: -j 1 and each of JOBS give the same
# bytes.  The exit statuses compare in the shell, and two empty stderrs
# need no cmp: a process costs more than the tool's run on these inputs.
same() {
	label=$1
	shift
	run 1 "$@"
	read -r rc1 <"$t/rc.1"
	for j in $JOBS; do
		run "$j" "$@"
		read -r rcj <"$t/rc.$j"
		if [ "$rc1" = "$rcj" ] && cmp -s "$t/out.1" "$t/out.$j" &&
		    { [ ! -s "$t/err.1" ] && [ ! -s "$t/err.$j" ] || cmp -s "$t/err.1" "$t/err.$j"; }; then
			ok
		else
			bad "$label ($2): -j $j differs from -j 1"
			cmp "$t/out.1" "$t/out.$j" | sed 's/^/  stdout: /'
			diff "$t/err.1" "$t/err.$j" | head -4 | sed 's/^/  stderr: /'
			echo "  exit: $(cat "$t/rc.1") vs $(cat "$t/rc.$j")"
		fi
	done
}

# The label tools' commands on an input with labels and p_ columns.
label_cmds() {
	cat <<'EOF'
mlscore
mlscore --per-class -a mean
mlscore -m normalized_margin --adjust
mlscore -d , -D '\t'
mlfilter
mlfilter --annotate
mlfilter --rank
mlreport
mlreport --format json
int2onehot
EOF
}
feature_cmds() {
	cat <<'EOF'
mlknn
mlnull
mloutlier
mldups
mlnoniid
mlcv --model knn
EOF
}

# each CMDS INPUT MODE: every command of the list on INPUT.
each() {
	$1 >"$t/cmds"
	in=$2 mode=$3
	while IFS= read -r cmd; do
		use=$in
		case $cmd in
		*"-d ,"*) tr '\t' , <"$in" >"$t/in.csv"; use=$t/in.csv ;;
		esac
		eval "set -- $cmd"
		same "$(basename "$(dirname "$in")")/$(basename "$in"): $cmd" "$mode" "$use" "$@"
	done <"$t/cmds"
}

export MLAUDIT_CHUNK_ROWS=3
for dir in "$here"/conformance/*/; do
	in=$dir/input.tsv
	[ -n "$quick" ] && [ "${dir%/}" != "$here/conformance/features_quickstart" ] && continue
	if head -n 1 "$in" | tr '\t' '\n' | grep -q '^f_'; then
		each feature_cmds "$in" file
		head -n 1 "$in" | tr '\t' '\n' | grep -q '^p_' && each label_cmds "$in" file
	else
		each label_cmds "$in" file
	fi
done
each label_cmds "$here/conformance/quickstart/input.tsv" pipe

# Generated inputs: several chunks of 7 rows, and several of the default size.
cc -O2 -o "$t/gen" "$root/bench/gen.c" -lm || { bad "cannot build bench/gen.c"; exit 1; }
"$t/gen" -n 3000 -k 12 -s 3 --noise 0.1 >"$t/small.tsv"
"$t/gen" -n 20000 -k 40 -s 4 --noise 0.1 >"$t/big.tsv"
export MLAUDIT_CHUNK_ROWS=7
each label_cmds "$t/small.tsv" file
[ -n "$quick" ] || each label_cmds "$t/small.tsv" pipe
unset MLAUDIT_CHUNK_ROWS
for cmd in "mlscore" "mlscore --per-class" "mlfilter --annotate" "mlreport --format json"; do
	# shellcheck disable=SC2086
	same "big.tsv: $cmd" file "$t/big.tsv" $cmd
	# shellcheck disable=SC2086
	same "big.tsv: $cmd" pipe "$t/big.tsv" $cmd
done

# Bad input: the first bad line in input order wins, whichever thread
# reads it; the rows before it are written, nothing after it.
# corrupt LINE AWK_ACTION...: a copy of small.tsv with line LINE changed.
corrupt() {
	awk -v n="$1" -v act="$2" 'BEGIN { FS = OFS = "\t" }
	    NR == n && act == "prob" { $5 = "0.x" }
	    NR == n && act == "ragged" { $0 = $0 "\textra" }
	    NR == n && act == "cr" { $0 = $0 "\r" }
	    NR == n && act == "range" { $4 = "1.5" }
	    NR == n && act == "dup" { $2 = "c1,c1" }
	    NR == n && act == "class" { $2 = "nosuch" }
	    { print }' "$3" >"$4"
}
export MLAUDIT_CHUNK_ROWS=7
for spec in "prob 1500" "ragged 1500" "cr 1500" "range 2" "class 2999" \
    "prob 1200,ragged 2500" "ragged 1200,prob 2500" "prob 2500,cr 1200" "dup 1500,dup 2600" \
    "dup 2600,prob 1300"; do
	cp "$t/small.tsv" "$t/bad.tsv"
	old=$IFS
	IFS=,
	for one in $spec; do
		IFS=$old
		set -- $one
		corrupt "$2" "$1" "$t/bad.tsv" "$t/bad.tmp" && mv "$t/bad.tmp" "$t/bad.tsv"
	done
	IFS=$old
	cmds='mlscore,mlscore --per-class,mlscore --adjust,mlfilter,mlfilter --annotate,mlreport --format json'
	[ -n "$quick" ] && cmds='mlscore,mlscore --adjust'
	IFS=,
	for cmd in $cmds; do
		IFS=$old
		# shellcheck disable=SC2086
		same "bad input ($spec): $cmd" file "$t/bad.tsv" $cmd
		# shellcheck disable=SC2086
		same "bad input ($spec): $cmd" pipe "$t/bad.tsv" $cmd
	done
done
# With the default chunks, the error is in a later chunk than the first.
corrupt 15000 prob "$t/big.tsv" "$t/bigbad.tsv"
unset MLAUDIT_CHUNK_ROWS
same "bad input (prob 15000): mlscore" pipe "$t/bigbad.tsv" mlscore
same "bad input (prob 15000): mlfilter" file "$t/bigbad.tsv" mlfilter
same "bad input (prob 15000): mlscore" file "$t/bigbad.tsv" mlscore
# The error is what -j 1 says it is (not only the same with every -j).
if grep -q "bigbad.tsv:15000: column 'p_c2'" "$t/err.1" && [ "$(cat "$t/rc.1")" = 1 ]; then
	ok
else
	bad "bad input (prob 15000): not reported at line 15000: $(cat "$t/err.1")"
fi

# Classes solved in parallel: with two classes given to every row the
# error names the first of them in column order (c4, before c9), whichever
# thread solved which; each alone is that class's error.
awk 'BEGIN { FS = OFS = "\t" } NR > 1 { $2 = ($2 == "" ? "" : $2 ",") "9,4" } { print }' \
    "$t/small.tsv" | awk 'BEGIN { FS = OFS = "\t" } { n = split($2, v, ","); o = ""; delete seen
	for (i = 1; i <= n; i++) if (!(v[i] in seen)) { seen[v[i]]; o = o (o == "" ? "" : ",") v[i] }
	$2 = o; print }' >"$t/every.tsv"
for cmd in mlfilter "mlfilter --filter both" "mlreport --format json"; do
	# shellcheck disable=SC2086
	same "two classes in every row: $cmd" file "$t/every.tsv" $cmd
	if grep -q "class 'c4': given to every example" "$t/err.1" && [ "$(cat "$t/rc.1")" = 1 ]; then
		ok
	else
		bad "two classes in every row: $cmd: not class c4's error: $(cat "$t/err.1")"
	fi
done

# A closed pipe ends the tool quietly, whatever the threads.
for j in 1 2 8; do
	("$B/bin/mlscore" -j "$j" "$t/big.tsv"; echo $? >"$t/prc.$j") 2>"$t/perr.$j" | head -n 2 >"$t/phead.$j"
done
for j in 2 8; do
	if cmp -s "$t/phead.1" "$t/phead.$j" && cmp -s "$t/perr.1" "$t/perr.$j" &&
	    cmp -s "$t/prc.1" "$t/prc.$j"; then
		ok
	else
		bad "mlscore -j $j | head: differs from -j 1 ($(cat "$t/prc.$j") $(cat "$t/perr.$j"))"
	fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
