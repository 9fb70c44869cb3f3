#!/bin/sh
# conformance-report.sh BUILD - mlreport --format json against cleanlab's
# own outputs (tests/conformance/<case>/expected_*.tsv, copied from the
# fixtures): the dataset tables (row order exact, numbers within 1e-9), the
# health score, the flagged rows and their order, label_score, the filter
# and score options, and failure (exit 1) where cleanlab raised.
# Prints one line per check and "N passed, M failed".
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
MLREPORT=$B/bin/mlreport
# The feature cases' mlreport: a check that could not run is an error in
# Datalab's find_issues, not part of its report; mlreport says so at the end
# of its report and exits 1 (mlreport(1)).  That tail and that status alone
# are taken off, so that the rest compares with Datalab's report.
DLREPORT=$work/dlreport
cat >"$DLREPORT" <<EOF
#!/bin/sh
"$MLREPORT" "\$@" >"$work/dl.out" 2>"$work/dl.err"
s=\$?
cat "$work/dl.err" >&2
if [ \$s -eq 1 ] && [ -s "$work/dl.err" ] && ! grep -qv '^mlreport: checks not run: ' "$work/dl.err"; then
	s=0
fi
awk '/^Checks that did not run \\(the audit is incomplete\\):\$/ { if (n && line[n] == "") n--; cut = 1 }
    !cut { line[++n] = \$0 } END { for (i = 1; i <= n; i++) print line[i] }' "$work/dl.out"
exit \$s
EOF
chmod +x "$DLREPORT"
CMP=$B/tests/tsvcmp
J=$B/tests/json2tsv
if [ ! -x "$J" ]; then
	# Not built by the Makefile: build it here (needs only jansson).
	J=$work/json2tsv
	${CC:-cc} -O2 -o "$J" "$here/json2tsv.c" $(pkg-config --cflags --libs jansson) ||
	    { echo "FAIL cannot build json2tsv"; echo "0 passed, 1 failed"; exit 1; }
fi

ok() {
	pass=$((pass + 1))
	echo "ok   $1"
}
bad() {
	fail=$((fail + 1))
	echo "FAIL $1"
	[ -s "$work/diff" ] && sed 's/^/  /' "$work/diff" | head -10
	: >"$work/diff"
}
# check NAME COMMAND...: passes when COMMAND exits 0.
check() {
	name=$1
	shift
	if "$@" >"$work/diff" 2>&1; then ok "$name"; else bad "$name"; fi
}
# column FILE NAME: the non-empty cells of column NAME, under the header "id".
column() {
	awk -F'\t' -v n="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == n) c = i; print "id"; next }
	    c && $c != "" { print $c }' "$1"
}
# flagged FILE NAME: the ids whose column NAME is 1, ascending.
flagged() {
	awk -F'\t' -v n="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == n) c = i; next }
	    c && $c == 1 { print $1 }' "$1"
}
# raised DIR FUNCTION CONFIG: cleanlab raised there (expected_errors.tsv).
raised() {
	[ -f "$1/expected_errors.tsv" ] &&
	    awk -F'\t' -v f="$2" -v c="$3" '$1 == f && $2 == c { r = 1 } END { exit !r }' \
	    "$1/expected_errors.tsv"
}
# json: runs mlreport --format json with the options given on CASE's input.
json() {
	"$MLREPORT" --format json "$@" >"$work/out.json" 2>"$work/err"
}
# ids: the label_issues ids, in order, under the header "id".
ids() {
	"$J" label_issues <"$work/out.json" >"$work/li.tsv" || return 1
	if [ -s "$work/li.tsv" ]; then cut -f1 "$work/li.tsv"; else echo id; fi
}
# An exit status of 1 and a message, nothing on stdout.
fails() {
	[ "$1" -eq 1 ] && [ ! -s "$work/out.json" ] && [ -s "$work/err" ]
}

for d in "$here"/conformance/*/; do
	d=${d%/}
	c=${d##*/}
	in=$d/input.tsv
	[ -f "$in" ] || continue

	if raised "$d" multilabel_classification.dataset.common_multilabel_issues \
	    'class_names=<case class names>'; then
		json "$in"
		check "$c: cleanlab raises: exit 1" fails $?
		continue
	fi
	[ -f "$d/expected_common_issues.tsv" ] || [ -f "$d/expected_health.tsv" ] || continue

	if ! json "$in"; then
		cp "$work/err" "$work/diff"
		bad "$c: mlreport --format json"
		continue
	fi
	cp "$work/out.json" "$work/default.json"
	if [ -f "$d/expected_common_issues.tsv" ]; then
		"$J" common_multilabel_issues <"$work/out.json" >"$work/act.tsv"
		check "$c: common_multilabel_issues" "$CMP" "$d/expected_common_issues.tsv" "$work/act.tsv"
	fi
	if [ -f "$d/expected_class_ranking.tsv" ]; then
		"$J" classes_by_multilabel_quality <"$work/out.json" >"$work/act.tsv"
		check "$c: classes_by_multilabel_quality" "$CMP" "$d/expected_class_ranking.tsv" \
		    "$work/act.tsv"
	fi
	if [ -f "$d/expected_health.tsv" ] &&
	    grep -q '^overall_multilabel_health_score	' "$d/expected_health.tsv"; then
		{ echo 'key	value'; grep '^overall_multilabel_health_score	' "$d/expected_health.tsv"
		} >"$work/exp.tsv"
		"$J" -s overall_multilabel_health_score <"$work/out.json" >"$work/act.tsv"
		check "$c: overall_multilabel_health_score" "$CMP" "$work/exp.tsv" "$work/act.tsv"
	fi

	# label_issues: cleanlab's ranked list, with each example's label_score.
	if [ -f "$d/expected_ranked.tsv" ] && [ -f "$d/expected_scores.tsv" ]; then
		column "$d/expected_ranked.tsv" self_confidence >"$work/rank.tsv"
		awk -F'\t' 'NR == FNR { if (FNR == 1) { for (i = 1; i <= NF; i++)
		    if ($i == "self_confidence.ema") c = i; next } s[$1] = $c; next }
		    FNR == 1 { print "id\tlabel_score"; next } { print $1 "\t" s[$1] }' \
		    "$d/expected_scores.tsv" "$work/rank.tsv" >"$work/exp.tsv"
		"$J" label_issues <"$work/out.json" >"$work/act.tsv"
		check "$c: label_issues (ranked ids, label_score)" "$CMP" -m id=id,label_score=label_score \
		    "$work/exp.tsv" "$work/act.tsv"
		n=$(($(wc -l <"$work/rank.tsv") - 1))
		"$J" issue_summary <"$work/out.json" >"$work/act.tsv"
		printf 'num_issues\n%s\n' "$n" >"$work/exp.tsv"
		check "$c: issue_summary num_issues" "$CMP" -m num_issues=num_issues \
		    "$work/exp.tsv" "$work/act.tsv"
		# Each score method ranks the same rows its own way.
		for m in normalized_margin confidence_weighted_entropy; do
			column "$d/expected_ranked.tsv" "$m" >"$work/exp.tsv"
			if json -m "$m" "$in"; then
				ids >"$work/act.tsv"
				check "$c: -m $m: ranked label_issues" "$CMP" "$work/exp.tsv" "$work/act.tsv"
			else
				cp "$work/err" "$work/diff"
				bad "$c: -m $m"
			fi
		done
	fi

	# Filter options: the flagged set changes, the dataset tables do not.
	[ -f "$d/expected_issues.tsv" ] || continue
	for col in prune_by_noise_rate prune_by_class both confident_learning predicted_neq_given \
	    low_normalized_margin low_self_confidence prune_by_noise_rate.mepc5 \
	    prune_by_noise_rate.frac0.5; do
		case $col in
		prune_by_noise_rate.mepc5) set -- --min-examples-per-class 5 ;;
		prune_by_noise_rate.frac0.5) set -- --frac-noise 0.5 ;;
		*) set -- -f "$col" ;;
		esac
		json "$@" "$in"
		rc=$?
		if raised "$d" multilabel_classification.filter.find_label_issues "$col"; then
			check "$c: $* : cleanlab raises: exit 1" fails $rc
			continue
		fi
		head -n 1 "$d/expected_issues.tsv" | tr '\t' '\n' | grep -qx "$col" || continue
		if [ $rc -ne 0 ]; then
			cp "$work/err" "$work/diff"
			bad "$c: $*"
			continue
		fi
		{ echo id; flagged "$d/expected_issues.tsv" "$col"; } >"$work/exp.tsv"
		{ echo id; ids | sed 1d | sort -n; } >"$work/act.tsv"
		check "$c: $* : flagged rows" "$CMP" "$work/exp.tsv" "$work/act.tsv"
		if [ -f "$d/expected_common_issues.tsv" ]; then
			"$J" common_multilabel_issues <"$work/out.json" >"$work/act.tsv"
			check "$c: $* : common_multilabel_issues (defaults)" "$CMP" \
			    "$d/expected_common_issues.tsv" "$work/act.tsv"
		fi
	done
done

# mlreport --features: Datalab's whole report and issue_summary (features_*
# cases).  cleanlab's two lines naming its own documentation and API are
# left out, and so are the table rows and summary rows that
# tie_sensitivity.tsv lists as depending on how ties are ordered.
# refs FILE: FILE without the two lines that name cleanlab's or mlaudit's pointers.
refs() {
	grep -v -e '^Learn about each issue: ' -e '^See which examples in your dataset exhibit' "$1"
}
# untie FILE DIR: FILE without the example rows of the sections whose table is tie-dependent.
untie() {
	awk -F'\t' '$1 == "expected_report.txt" && $3 == 1 && $2 !~ /not printed/ {
	    split($2, w, " "); print w[1] } END { print "#" }' "$2/tie_sensitivity.tsv" >"$work/ties"
	awk 'NR == FNR { tie[$1] = 1; next }
	    /^-+ [a-z_]+ issues -+$/ { sec = $2 }
	    /^Examples representing most severe instances/ { print; skip = tie[sec]; hdr = 1; next }
	    hdr { print; hdr = 0; next }
	    skip && /^[0-9]/ { next }
	    { skip = 0; print }' "$work/ties" "$1"
}
# without PREFIX IN: IN without its columns named PREFIX<name>.
without() {
	awk -F'\t' -v p="$1" 'NR == 1 { for (i = 1; i <= NF; i++) keep[i] = index($i, p) != 1 }
	    { o = ""; for (i = 1; i <= NF; i++) if (keep[i]) o = o (o == "" ? "" : "\t") $i; print o }' "$2"
}
# noprobs IN: IN without its p_ columns (cleanlab's feature-only run had no pred_probs).
noprobs() {
	without p_ "$1"
}
for d in "$here"/conformance/features_*/; do
	d=${d%/}
	c=${d##*/}
	[ -f "$d/expected_report.txt" ] || continue
	if [ -f "$d/expected_report_full.txt" ]; then
		in=$d/input.tsv
		if "$DLREPORT" --features "$in" >"$work/out.txt" 2>"$work/err"; then
			refs "$d/expected_report_full.txt" >"$work/exp.txt"
			refs "$work/out.txt" >"$work/act.txt"
			check "$c: --features report (full audit)" diff "$work/exp.txt" "$work/act.txt"
		else
			cp "$work/err" "$work/diff"
			bad "$c: --features report (full audit)"
		fi
		if "$DLREPORT" --features --format json "$in" >"$work/out.json" 2>"$work/err"; then
			"$J" issue_summary <"$work/out.json" >"$work/act.tsv"
			check "$c: --features issue_summary (full audit)" "$CMP" \
			    "$d/expected_summary_full.tsv" "$work/act.tsv"
		else
			cp "$work/err" "$work/diff"
			bad "$c: --features issue_summary (full audit)"
		fi
	fi
	noprobs "$d/input.tsv" >"$work/in.tsv"
	if "$DLREPORT" --features "$work/in.tsv" >"$work/out.txt" 2>"$work/err"; then
		refs "$d/expected_report.txt" >"$work/e1"
		untie "$work/e1" "$d" >"$work/exp.txt"
		refs "$work/out.txt" >"$work/a1"
		untie "$work/a1" "$d" >"$work/act.txt"
		check "$c: --features report (features only)" diff "$work/exp.txt" "$work/act.txt"
	else
		cp "$work/err" "$work/diff"
		bad "$c: --features report (features only)"
	fi
	if "$DLREPORT" --features --format json "$work/in.tsv" >"$work/out.json" 2>"$work/err"; then
		{ echo '#'; awk -F'\t' '$1 == "expected_feature_summary.tsv" && $3 == 1 { print $2 }' \
		    "$d/tie_sensitivity.tsv"; } >"$work/ties"
		"$J" issue_summary <"$work/out.json" |
		    awk -F'\t' 'NR == FNR { t[$1] = 1; next } !($1 in t)' "$work/ties" - >"$work/act.tsv"
		awk -F'\t' 'NR == FNR { t[$1] = 1; next } !($1 in t)' "$work/ties" \
		    "$d/expected_feature_summary.tsv" >"$work/exp.tsv"
		check "$c: --features issue_summary (features only)" "$CMP" "$work/exp.tsv" \
		    "$work/act.tsv"
	else
		cp "$work/err" "$work/diff"
		bad "$c: --features issue_summary (features only)"
	fi
done
# Plain mlreport on a stream with features (SPEC 5.12 with mlaudit's label
# section): each feature check's section must be Datalab's (--top 5 is
# Datalab's num_examples), the summary rows cleanlab's, the label section
# and health tables those of the same stream without its features; and the
# report must be the same whether mlreport runs the checks itself or takes
# the columns mlknn | mlnull | mloutlier | mldups | mlnoniid wrote.
# sections FILE NAME...: the sections titled "NAME issues", trailing blank lines cut.
sections() {
	f=$1
	shift
	awk -v names=" $* " '
	    /^-+ .* -+$/ || /^Audit complete\./ { flush(); on = 0 }
	    /^-+ [a-z_]+ issues -+$/ && index(names, " " $2 " ") { on = 1 }
	    on { buf[++nb] = $0; if ($0 != "") last = nb }
	    function flush(  i) { for (i = 1; i <= last; i++) print buf[i]; nb = last = 0 }
	    END { flush() }' "$f"
}
# same EXP ACT: diff, and EXP is not empty (a section that is missing from both fails).
same() {
	[ -s "$1" ] || { echo "nothing expected in $1"; return 1; }
	diff "$1" "$2"
}
nofeatures() {
	without f_ "$1"
}
for d in "$here"/conformance/features_*/; do
	d=${d%/}
	c=${d##*/}
	in=$d/input.tsv
	if ! "$DLREPORT" --top 5 "$in" >"$work/out.txt" 2>"$work/err"; then
		cp "$work/err" "$work/diff"
		bad "$c: plain report with features"
		continue
	fi
	refs "$d/expected_report.txt" >"$work/e1"
	untie "$work/e1" "$d" >"$work/e2"
	sections "$work/e2" null outlier near_duplicate non_iid >"$work/exp.txt"
	untie "$work/out.txt" "$d" >"$work/a1"
	sections "$work/a1" null outlier near_duplicate non_iid >"$work/act.txt"
	check "$c: plain report, the feature checks' sections" same "$work/exp.txt" "$work/act.txt"
	nofeatures "$in" >"$work/nof.tsv"
	"$DLREPORT" --top 5 "$work/nof.tsv" >"$work/nof.txt" 2>/dev/null
	sections "$work/nof.txt" label >"$work/exp.txt"
	sections "$work/out.txt" label >"$work/act.txt"
	check "$c: plain report, the label section" same "$work/exp.txt" "$work/act.txt"
	sed -n '/ multilabel health summary /,$p' "$work/nof.txt" | grep -v '^Audit complete' \
	    >"$work/exp.txt"
	sed -n '/ multilabel health summary /,$p' "$work/out.txt" | grep -v '^Audit complete' \
	    >"$work/act.txt"
	check "$c: plain report, the health tables" same "$work/exp.txt" "$work/act.txt"
	# The total: every check's num_issues (cleanlab's Audit complete line).
	"$DLREPORT" --format json "$in" >"$work/out.json" 2>/dev/null
	"$J" issue_summary <"$work/out.json" >"$work/sum.tsv"
	total=$(awk -F'\t' 'NR > 1 { t += $3 } END { print t + 0 }' "$work/sum.tsv")
	check "$c: plain report, Audit complete counts every check ($total)" \
	    grep -qx "Audit complete. $total issues found in the dataset." "$work/out.txt"
	# The summary rows: cleanlab's full audit, else its feature-only rows.
	if [ -f "$d/expected_summary_full.tsv" ]; then
		check "$c: plain report, issue_summary" "$CMP" "$d/expected_summary_full.tsv" \
		    "$work/sum.tsv"
	else
		{ echo '#'; echo label; awk -F'\t' '$1 == "expected_feature_summary.tsv" && $3 == 1 {
		    print $2 }' "$d/tie_sensitivity.tsv"; } >"$work/ties"
		awk -F'\t' 'NR == FNR { t[$1] = 1; next } !($1 in t)' "$work/ties" "$work/sum.tsv" \
		    >"$work/act.tsv"
		awk -F'\t' 'NR == FNR { t[$1] = 1; next } !($1 in t)' "$work/ties" \
		    "$d/expected_feature_summary.tsv" >"$work/exp.tsv"
		check "$c: plain report, issue_summary (feature checks)" "$CMP" "$work/exp.tsv" \
		    "$work/act.tsv"
	fi
	# The same report from the feature tools' columns.
	if "$B/bin/mlknn" "$in" >"$work/knn.tsv" 2>/dev/null; then
		tools="mlknn | mlnull | mloutlier | mldups | mlnoniid"
		"$B/bin/mlnull" "$work/knn.tsv" | "$B/bin/mloutlier" | "$B/bin/mldups" |
		    "$B/bin/mlnoniid" 2>/dev/null >"$work/cols.tsv"
	else
		tools="mlnull"
		"$B/bin/mlnull" "$in" >"$work/cols.tsv"
	fi
	# The kNN graph alone (no features): the same checks but null.
	if [ "$tools" != mlnull ]; then
		nofeatures "$work/knn.tsv" >"$work/knnonly.tsv"
		"$DLREPORT" --format json "$work/knnonly.tsv" >"$work/out.json" 2>"$work/diff"
		"$J" issue_summary <"$work/out.json" >"$work/act.tsv"
		grep -v '^null	' "$work/sum.tsv" >"$work/exp.tsv"
		check "$c: plain report on the kNN graph alone: the checks but null" same \
		    "$work/exp.tsv" "$work/act.tsv"
	fi
	for f in "" "--format json"; do
		# shellcheck disable=SC2086
		"$DLREPORT" $f <"$in" >"$work/a" 2>"$work/ea"
		# shellcheck disable=SC2086
		"$DLREPORT" $f <"$work/cols.tsv" >"$work/b" 2>"$work/eb"
		check "$c: plain report ${f:+($f) }equal after $tools" cmp "$work/a" "$work/b"
		check "$c: plain report ${f:+($f) }warnings equal after $tools" cmp "$work/ea" "$work/eb"
	done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
