#!/bin/sh
# conformance-metamorphic.sh BUILD - the tools see the shapes of data users
# bring.  Each conformance case (tests/conformance/*/input.tsv: classes
# c0..c{K-1} or names sorted as their columns, labels as indices, id first)
# is rewritten and every tool's output must be the original's under the same
# rewriting:
#   A  names: the classes get names that are digits (a digit name that is
#      also another class's index), non-ASCII, and sort in another order
#      than their columns; labels are written as names.
#      mlscore, mlfilter, --annotate, --rank: byte for byte (headers,
#      labels and issue_classes renamed); mlreport --format json and --html:
#      byte for byte with the names substituted; the text reports (plain,
#      --features): the same with the names substituted, up to the runs of
#      spaces and dashes that align the tables to the names' widths.
#   B  A with the columns moved: pass-through text columns (quotes, spaces,
#      commas) first and in the middle, the p_ and f_ columns next, then the
#      id column renamed "key" (reports run with --id key), labels last.
#      mlscore, mlfilter, --annotate, --rank: A's output with the same
#      columns moved, byte for byte; every report form: A's, byte for byte.
#   C  B with the p_ columns (the class order) permuted.  mlscore and
#      mlfilter (plain, --annotate): the same rows and columns (matched by
#      name), numbers within 1e-12, issue_classes as sets; --rank and JSON
#      label_issues: the same ids in the same order except among scores
#      tied within 1e-12, the same scores; JSON issue_summary and health
#      score within 1e-12; exit status the same.
#   R  B with ids "r<N>" (the fixtures' ids equal the row numbers): every
#      example row of the text reports (plain, --features) and every JSON
#      label_issues id is an id.
#   B, C in CSV (-d ,) with text fields holding commas, quotes and
#      newlines: the TSV run's output, in CSV (minimal quoting), byte for
#      byte; reports byte for byte.
# Exit status and (TSV) stderr must agree too, so the cases where cleanlab
# raises are checked as well.  Prints one line per failed check and ends
# with "N passed, M failed".
B=$(cd "${1:-build}" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
export LC_ALL=C
# New names by class index: digits ("1" is another class's index),
# non-ASCII, not in column order when sorted.
pool="7 zebra 1 été apple Ωmega mango ñandú 42 banana 0x cat"

ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	echo "FAIL $1"
	[ -s "$work/diff" ] && sed 's/^/  /' "$work/diff" | head -8
	: >"$work/diff"
}
# check NAME COMMAND...: passes when COMMAND exits 0 (its output is shown on failure).
check() {
	name=$1
	shift
	if "$@" >"$work/diff" 2>&1; then ok; else bad "$name"; fi
}

# tx VARS... <IN >OUT: rewrites a TSV stream whose first NIN columns are a
# case's input columns (id, labels, p_*, f_*) and the rest a tool's appended
# columns (label_score, s_*, is_label_issue, issue_classes, issue_*,
# suggested_labels).
#   names="n0 n1 ..."  new class names by original class index ("" = keep)
#   orig="o0 o1 ..."   the original names
#   perm="i j ..."     original class indices in the new p_ order
#   shuffle=1          move the columns (B), add the text columns, id -> key
#   labidx=1           the labels are class indices (the original input)
tx() {
	awk -F'\t' -v OFS='\t' "$@" '
	function word(s) { return s in map ? map[s] : s }
	function label(s) { return labidx ? (s in idx ? idx[s] : s) : word(s) }
	function tokens(s, sign,   n, t, i, o, p) {
		if (s == "") return s
		n = split(s, t, ",")
		o = ""
		for (i = 1; i <= n; i++) {
			p = sign && t[i] ~ /^[-+]/ ? substr(t[i], 1, 1) : ""
			o = o (i > 1 ? "," : "") p (sign ? word(p == "" ? t[i] : substr(t[i], 2)) : label(t[i]))
		}
		return o
	}
	BEGIN {
		k = split(orig, on, " ")
		split(names, nn, " ")
		for (i = 1; i <= k; i++) {
			new[i] = nn[i] == "" ? on[i] : nn[i]
			map[on[i]] = new[i]; idx[i - 1] = new[i]
		}
		if (perm == "") for (i = 1; i <= k; i++) pi[i] = i - 1
		else split(perm, pi, " ")
	}
	NR == 1 {
		for (i = 1; i <= NF; i++) {
			h[i] = $i
			if ($i == "labels") lab = i
			if ($i == "issue_classes") ic = i
			if ($i == "suggested_labels") sl = i
			if ($i ~ /^p_/) pcol[substr($i, 3)] = i
		}
		# The output order of the input columns.
		n = 0
		if (!shuffle) {
			j = 0
			for (i = 1; i <= NF; i++)
				order[++n] = h[i] ~ /^p_/ && i <= nin ? pcol[on[pi[++j] + 1]] : i
		} else {
			order[++n] = "note"
			for (i = 1; i <= k; i++) order[++n] = pcol[on[pi[i] + 1]]
			for (i = 1; i <= nin; i++) if (h[i] ~ /^f_/) order[++n] = i
			for (i = 1; i <= nin; i++)
				if (h[i] !~ /^[pf]_/ && i != lab && h[i] != "id") order[++n] = i
				else if (h[i] == "id") idc = i
			order[++n] = idc; order[++n] = "comment"
			if (lab) order[++n] = lab
			for (i = nin + 1; i <= NF; i++) order[++n] = i
		}
		no = n
	}
	{
		o = ""
		for (j = 1; j <= no; j++) {
			c = order[j]
			if (c == "note") v = NR == 1 ? "note" : "say \"hi\", to " $idc
			else if (c == "comment") v = NR == 1 ? "comment" : " two  spaces, \"q\"<NL>line 2 "
			else if (NR == 1) {
				v = $c
				if (v ~ /^[psy]_/ || v ~ /^issue_./ && v != "issue_classes")
					v = substr(v, 1, index(v, "_")) word(substr(v, index(v, "_") + 1))
				if (shuffle && c == idc) v = "key"
			} else if (c == lab) v = tokens($c, 0)
			else if (c == ic || c == sl) v = tokens($c, 1)
			else v = $c
			o = o (j > 1 ? OFS : "") v
		}
		print o
	}'
}

# csv <TSV >CSV: minimal RFC 4180 quoting (as the tools write it); "<NL>" in
# a field becomes a newline.
csv() {
	awk -F'\t' '{
		o = ""
		for (i = 1; i <= NF; i++) {
			v = $i
			gsub(/<NL>/, "\n", v)
			if (v ~ /[,"\n\r]/) { gsub(/"/, "\"\"", v); v = "\"" v "\"" }
			o = o (i > 1 ? "," : "") v
		}
		print o
	}'
}

# subst FILE [lists]: FILE with every whole word that is an original class
# name replaced by its new name (for the reports); with "lists", a number
# in a [...] list is a class index (Datalab's report of integer labels).
subst() {
	awk -v orig="$orig" -v names="$names" -v lists="$2" '
	BEGIN { k = split(orig, on, " "); split(names, nn, " ")
		for (i = 1; i <= k; i++) { map[on[i]] = nn[i]; idx[i - 1] = nn[i] } }
	{
		o = ""; s = $0; depth = 0
		while (match(s, /[][]|[A-Za-z0-9_]+/)) {
			w = substr(s, RSTART, RLENGTH)
			if (w == "[") depth++
			else if (w == "]") depth--
			else if (w in map) w = map[w]
			else if (lists && depth > 0 && w ~ /^[0-9]+$/ && w in idx) w = idx[w]
			o = o substr(s, 1, RSTART - 1) w
			s = substr(s, RSTART + RLENGTH)
		}
		print o s
	}' "$1"
}
# layout FILE: runs of spaces and of dashes squeezed (table alignment).
layout() {
	sed -e 's/  */ /g' -e 's/---*/---/g' "$1"
}
# same_layout A B: A and B agree up to alignment.
same_layout() {
	layout "$1" >"$work/la"
	layout "$2" >"$work/lb"
	diff "$work/la" "$work/lb"
}
# same_subst ORIG NEW: NEW is ORIG with the names substituted, byte for byte.
same_subst() {
	subst "$1" >"$work/sa"
	cmp "$work/sa" "$2" && return 0
	diff "$work/sa" "$2"
	return 1
}
# same_subst_layout ORIG NEW [lists]: the same up to alignment.
same_subst_layout() {
	subst "$1" "$3" >"$work/sb"
	same_layout "$work/sb" "$2"
}
# exact A B
exact() {
	cmp "$1" "$2" && return 0
	diff "$1" "$2"
	return 1
}

# run V TOOL DELIM ARGS...: runs a tool on variant V's input, keeping its
# stdout in V.TOOL.out, stderr in V.TOOL.err (the file name as F) and its
# exit status in V.TOOL.rc.
run() {
	v=$1 tool=$2 d=$3
	shift 3
	f=$work/$v.in
	set -- "$@"
	case $tool in
	score) "$B/bin/mlscore" $d "$f" ;;
	filter) "$B/bin/mlfilter" $d "$f" ;;
	annotate) "$B/bin/mlfilter" $d --annotate "$f" ;;
	rank) "$B/bin/mlfilter" $d --rank "$f" ;;
	report) "$B/bin/mlreport" $d $idopt "$f" ;;
	json) "$B/bin/mlreport" $d $idopt --format json "$f" ;;
	html) "$B/bin/mlreport" $d $idopt --html "$work/$v.page" "$f" >/dev/null &&
	    cat "$work/$v.page" ;;
	features) "$B/bin/mlreport" $d $idopt --features "$f" ;;
	esac >"$work/$v.$tool.o" 2>"$work/$v.$tool.e"
	echo $? >"$work/$v.$tool.rc"
	# Why a check did not run names the file, line and column, which the
	# variants change: the reasons are compared on stderr (as F), not here.
	awk '/^Checks that did not run / { cut = 1; print; next }
	    cut && /^    / { sub(/: .*/, ": R") }
	    /^      "reason": "/ { sub(/"reason": ".*"$/, "\"reason\": \"R\"") }
	    { print }' "$work/$v.$tool.o" >"$work/$v.$tool.out"
	sed "s|$f|F|g" "$work/$v.$tool.e" >"$work/$v.$tool.err"
	# The JSON and the page name their input (and the page its date: pinned
	# below); the JSON's run object has the options, which the variants change.
	case $tool in
	json|html)
		sed "s|$f|F|g" "$work/$v.$tool.out" |
		    awk '/^  "run": \{/ { skip = 1 } !skip { print } skip && /^  \}/ { skip = 0 }' \
		    >"$work/$v.$tool.o" && mv "$work/$v.$tool.o" "$work/$v.$tool.out" ;;
	esac
}
SOURCE_DATE_EPOCH=0
export SOURCE_DATE_EPOCH
STREAMS="score filter annotate rank"
REPORTS="report json html"

# runs V DELIM: every tool on variant V.
runs() {
	for tool in $STREAMS $REPORTS $feat; do run "$1" $tool "$2"; done
}
# status WANT V TOOL: the same exit status as WANT's run.
status() {
	if cmp -s "$work/$1.$3.rc" "$work/$2.$3.rc"; then
		ok
		# 1 with "checks not run" is a report written in full (mlreport(1)).
		[ "$(cat "$work/$2.$3.rc")" = 0 ] || { [ "$(cat "$work/$2.$3.rc")" = 1 ] &&
		    grep -q '^mlreport: checks not run: ' "$work/$2.$3.err"; }
		return
	fi
	echo "exit status $(cat "$work/$1.$3.rc") expected, got $(cat "$work/$2.$3.rc")" >"$work/diff"
	head -3 "$work/$2.$3.err" >>"$work/diff"
	bad "$c: $2: $3: exit status"
	return 1
}

# close_tsv EXP ACT (C): numbers within 1e-12, columns matched by name,
# lists (labels, issue_classes) as sets; rows in the same order.
close_tsv() {
	awk -F'\t' '
	function canon(s,   n, t, i, j, x) {
		n = split(s, t, ",")
		for (i = 2; i <= n; i++) for (j = i; j > 1 && (t[j - 1] "") > (t[j] ""); j--) {
			x = t[j] ""; t[j] = t[j - 1] ""; t[j - 1] = x }
		s = ""
		for (i = 1; i <= n; i++) s = s (i > 1 ? "," : "") t[i]
		return s
	}
	function num(s) { return s ~ /^-?[0-9.]+([eE][-+]?[0-9]+)?$/ }
	FNR == 1 { for (i = 1; i <= NF; i++) col[FILENAME == ARGV[1], $i] = i
		if (FILENAME == ARGV[1]) { nh = NF; for (i = 1; i <= NF; i++) hn[i] = $i }
		else if (NF != nh) { print "columns: " nh " expected, got " NF; bad = 1 } }
	FILENAME == ARGV[1] { for (i = 1; i <= NF; i++) a[FNR, i] = $i; na = FNR; next }
	{
		nb = FNR
		for (i = 1; i <= nh; i++) {
			j = col[0, hn[i]]
			if (!j) { if (FNR == 1) { print "no column " hn[i]; bad = 1 }; continue }
			x = a[FNR, i]; y = $j
			if (!num(x) || !num(y)) { x = canon(x); y = canon(y) }
			if (x == y) continue
			if (num(x) && num(y) && (x - y <= 1e-12 && y - x <= 1e-12)) continue
			if (++shown <= 5) print "row " FNR - 1 " " hn[i] ": " x " expected, got " y
			bad = 1
		}
	}
	END { if (na != nb) { print "rows: " na - 1 " expected, got " nb - 1; bad = 1 }; exit bad }
	' "$1" "$2"
}
# ranked EXP ACT IDCOL SCORECOL: the ids in the same order but among scores
# tied within 1e-12, and the same scores (TSV, one row per line).
ranked() {
	awk -F'\t' -v idn="$3" -v sn="$4" '
	FNR == 1 { for (i = 1; i <= NF; i++) { if ($i == idn) ic = i; if ($i == sn) sc = i }; next }
	FILENAME == ARGV[1] { id[FNR] = $ic; s[FNR] = $sc; n = FNR; next }
	{
		m = FNR
		if ($sc - s[FNR] > 1e-12 || s[FNR] - $sc > 1e-12) {
			print "row " FNR - 1 ": score " s[FNR] " expected, got " $sc; bad = 1 }
		got[$ic] = $sc
		# A different id here must be tied with the expected one.
		if ($ic != id[FNR]) swapped[FNR] = $ic
	}
	END {
		if (m != n) { print "rows: " n - 1 " expected, got " m - 1; bad = 1 }
		for (r in swapped) {
			x = swapped[r]
			found = 0
			for (q = 2; q <= n; q++) if (id[q] == x) found = q
			if (!found || s[found] - s[r] > 1e-12 || s[r] - s[found] > 1e-12) {
				print "row " r - 1 ": id " id[r] " expected, got " x " (not tied)"; bad = 1 }
		}
		exit bad
	}' "$1" "$2"
}

# ids_named REPORT: every example row of the text tables, every JSON
# label_issues id, is an id "r<N>".
ids_named() {
	awk '/^Examples representing most severe instances/ { t = 1; h = 1; next }
	    t && h { h = 0; next }
	    t && /^$/ { t = 0 }
	    t && !/^r[0-9]/ { print "not an id: " $0; bad = 1 }
	    /"id": / && !/"id": "r[0-9]+"/ { print "not an id: " $0; bad = 1 }
	    END { exit bad }' "$1"
}

for dir in "$here"/conformance/*/; do
	dir=${dir%/}
	c=${dir##*/}
	in=$dir/input.tsv
	[ -f "$in" ] || continue
	nin=$(head -n 1 "$in" | awk -F'\t' '{ print NF }')
	orig=$(head -n 1 "$in" | tr '\t' '\n' | sed -n 's/^p_//p' | tr '\n' ' ')
	k=$(echo $orig | wc -w)
	names=$(echo $pool | cut -d' ' -f1-"$k")
	# C's class order: reversed, the middle class moved to the front.
	perm=$(awk -v k="$k" 'BEGIN { m = int(k / 2); printf "%d", m
	    for (i = k - 1; i >= 0; i--) if (i != m) printf " %d", i; print "" }')
	feat=
	head -n 1 "$in" | tr '\t' '\n' | grep -q '^f_' && feat=features

	# The original run and A, B, C (TSV and CSV).
	cp "$in" "$work/O.in"
	tx -v nin="$nin" -v orig="$orig" -v names="$names" -v labidx=1 <"$in" >"$work/A.in"
	tx -v nin="$nin" -v orig="$orig" -v names="$names" -v shuffle=1 -v labidx=1 <"$in" >"$work/B.in"
	tx -v nin="$nin" -v orig="$orig" -v names="$names" -v shuffle=1 -v perm="$perm" -v labidx=1 \
	    <"$in" >"$work/C.in"
	csv <"$work/B.in" >"$work/Bcsv.in"
	csv <"$work/C.in" >"$work/Ccsv.in"
	idopt=
	runs O ""
	runs A ""
	idopt="--id key"
	runs B ""
	runs C ""
	runs Bcsv "-d ,"
	runs Ccsv "-d ,"

	# A: names.
	for tool in $STREAMS; do
		status O A $tool || continue
		tx -v nin="$nin" -v orig="$orig" -v names="$names" -v labidx=1 <"$work/O.$tool.out" >"$work/exp"
		check "$c: A (names): $tool" exact "$work/exp" "$work/A.$tool.out"
	done
	for tool in $STREAMS $REPORTS $feat; do
		check "$c: A (names): $tool: stderr" same_subst "$work/O.$tool.err" "$work/A.$tool.err"
	done
	for tool in json html; do
		status O A $tool || continue
		check "$c: A (names): mlreport $tool" same_subst "$work/O.$tool.out" "$work/A.$tool.out"
	done
	if status O A report; then
		check "$c: A (names): mlreport report" same_subst_layout "$work/O.report.out" \
		    "$work/A.report.out"
	fi
	if [ -n "$feat" ] && status O A features; then
		check "$c: A (names): mlreport --features" same_subst_layout "$work/O.features.out" \
		    "$work/A.features.out" lists
	fi

	# B: positions (and --id key); its CSV form.
	for tool in $STREAMS; do
		status A B $tool || continue
		tx -v nin="$nin" -v orig="$names" -v shuffle=1 <"$work/A.$tool.out" >"$work/exp"
		check "$c: B (columns moved): $tool" exact "$work/exp" "$work/B.$tool.out"
		status B Bcsv $tool || continue
		csv <"$work/B.$tool.out" >"$work/exp"
		check "$c: B in CSV: $tool" exact "$work/exp" "$work/Bcsv.$tool.out"
	done
	for tool in $STREAMS $REPORTS $feat; do
		check "$c: B (columns moved): $tool: stderr" exact "$work/A.$tool.err" "$work/B.$tool.err"
	done
	for tool in $REPORTS $feat; do
		status A B $tool || continue
		check "$c: B (columns moved, --id key): mlreport $tool" exact "$work/A.$tool.out" \
		    "$work/B.$tool.out"
		status B Bcsv $tool || continue
		check "$c: B in CSV: mlreport $tool" exact "$work/B.$tool.out" "$work/Bcsv.$tool.out"
	done

	# Ids that are not row numbers (the fixtures' ids are): the reports
	# name every example by its id.
	awk -F'\t' -v OFS='\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "key") c = i; print; next }
	    { $c = "r" $c; print }' "$work/B.in" >"$work/R.in"
	idopt="--id key"
	for tool in report json $feat; do
		run R $tool ""
		status B R $tool || continue
		check "$c: ids r<N>: mlreport $tool names rows by --id" ids_named "$work/R.$tool.out"
	done

	# C: the class order permuted; its CSV form.
	for tool in score filter annotate; do
		status B C $tool || continue
		check "$c: C (classes permuted): $tool" close_tsv "$work/B.$tool.out" "$work/C.$tool.out"
	done
	if status B C rank; then
		check "$c: C (classes permuted): rank" ranked "$work/B.rank.out" "$work/C.rank.out" \
		    key label_score
	fi
	if status B C json; then
		for key in label_issues; do
			"$B/tests/json2tsv" $key <"$work/B.json.out" >"$work/jb" 2>&1
			"$B/tests/json2tsv" $key <"$work/C.json.out" >"$work/jc" 2>&1
			check "$c: C (classes permuted): json $key" ranked "$work/jb" "$work/jc" id label_score
			check "$c: C (classes permuted): json $key lists" close_tsv "$work/jb" "$work/jc"
		done
		for key in num_examples num_classes overall_multilabel_health_score; do
			"$B/tests/json2tsv" -s $key <"$work/B.json.out" >"$work/jb" 2>&1
			"$B/tests/json2tsv" -s $key <"$work/C.json.out" >"$work/jc" 2>&1
			check "$c: C (classes permuted): json $key" close_tsv "$work/jb" "$work/jc"
		done
		"$B/tests/json2tsv" issue_summary <"$work/B.json.out" >"$work/jb" 2>&1
		"$B/tests/json2tsv" issue_summary <"$work/C.json.out" >"$work/jc" 2>&1
		check "$c: C (classes permuted): json issue_summary" close_tsv "$work/jb" "$work/jc"
	fi
	for tool in $STREAMS; do
		status C Ccsv $tool || continue
		csv <"$work/C.$tool.out" >"$work/exp"
		check "$c: C in CSV: $tool" exact "$work/exp" "$work/Ccsv.$tool.out"
	done
	for tool in $REPORTS $feat; do
		status C Ccsv $tool || continue
		check "$c: C in CSV: mlreport $tool" exact "$work/C.$tool.out" "$work/Ccsv.$tool.out"
	done
	rm -f "$work"/[OABC]*.*
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
