#!/bin/sh
# cli-recipes.sh BUILD - the input recipes of README.md and mlaudit(7):
# each recipe's output, written here as the recipe's tool writes it, is
# read by the tools as the same stream as the plain TSV below.  The JSONL
# recipe runs jq itself (skipped with a message when jq is not installed).
B=$(cd "${1:-build}" && pwd)
pass=0 fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export PATH="$B/bin:$PATH" LC_ALL=C
tab=$(printf '\t')

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
# same NAME FILE: FILE gives the same label scores as the plain TSV.
same() {
	if mlscore "$2" | cut -f2- >"$t/got" 2>"$t/err" && cmp -s "$t/got" "$t/want"; then
		ok
	else
		bad "$1: not the plain TSV's scores"; cat "$t/err"; diff "$t/want" "$t/got" | head -5
	fi
}

# The dataset every recipe starts from.
cat >"$t/plain.tsv" <<END
id${tab}labels${tab}p_cat${tab}p_dog${tab}p_bird
img1${tab}cat,dog${tab}0.9${tab}0.8${tab}0.1
img2${tab}dog${tab}0.2${tab}0.7${tab}0.3
img3${tab}bird${tab}0.1${tab}0.2${tab}0.95
img4${tab}cat${tab}0.6${tab}0.3${tab}0.05
END
mlscore "$t/plain.tsv" | cut -f2- >"$t/want" && ok || bad "mlscore on the plain TSV"

# JSONL: one object per line, labels as a list, pred_probs in class order.
cat >"$t/data.jsonl" <<'END'
{"id": "img1", "labels": ["cat", "dog"], "pred_probs": [0.9, 0.8, 0.1]}
{"id": "img2", "labels": ["dog"], "pred_probs": [0.2, 0.7, 0.3]}
{"id": "img3", "labels": ["bird"], "pred_probs": [0.1, 0.2, 0.95]}
{"id": "img4", "labels": ["cat"], "pred_probs": [0.6, 0.3, 0.05]}
END
if command -v jq >/dev/null 2>&1; then
	jq -rn '(["id", "labels", "p_cat", "p_dog", "p_bird"] | @tsv),
	    (inputs | [.id, (.labels | join(",")), .pred_probs[]] | @tsv)' \
	    "$t/data.jsonl" >"$t/jsonl.tsv"
	cmp -s "$t/jsonl.tsv" "$t/plain.tsv" && ok || { bad "jq recipe: not the plain TSV"; diff "$t/plain.tsv" "$t/jsonl.tsv"; }
	same "jq recipe" "$t/jsonl.tsv"
else
	echo "jq is not installed: the JSONL recipe is not tested (apt-get install jq)"
fi

# pandas: df.labels.str.join(","), then to_csv(sep="\t") -- with the index
# (an unnamed first column), as to_csv writes it by default.
cat >"$t/pandas.tsv" <<END
${tab}id${tab}labels${tab}p_cat${tab}p_dog${tab}p_bird
0${tab}img1${tab}cat,dog${tab}0.9${tab}0.8${tab}0.1
1${tab}img2${tab}dog${tab}0.2${tab}0.7${tab}0.3
2${tab}img3${tab}bird${tab}0.1${tab}0.2${tab}0.95
3${tab}img4${tab}cat${tab}0.6${tab}0.3${tab}0.05
END
if mlscore "$t/pandas.tsv" | cut -f3- >"$t/got" && cmp -s "$t/got" "$t/want"; then ok; else bad "pandas recipe"; fi
# The same frame without the join: the list's repr, and a message that says what to do.
sed "2s/cat,dog/['cat', 'dog']/" "$t/plain.tsv" >"$t/list.tsv"
mlscore "$t/list.tsv" >/dev/null 2>"$t/err"
grep -q "join the classes with ','" "$t/err" && ok || { bad "pandas list: no hint"; cat "$t/err"; }

# numpy: np.savetxt(f, P, delimiter="\t", header=..., comments="") writes
# '%.18e'; pasted beside the other columns, the numbers read back exactly.
cat >"$t/probs.tsv" <<END
p_cat${tab}p_dog${tab}p_bird
9.000000000000000222e-01${tab}8.000000000000000444e-01${tab}1.000000000000000056e-01
2.000000000000000111e-01${tab}6.999999999999999556e-01${tab}2.999999999999999889e-01
1.000000000000000056e-01${tab}2.000000000000000111e-01${tab}9.499999999999999556e-01
5.999999999999999778e-01${tab}2.999999999999999889e-01${tab}5.000000000000000278e-02
END
cut -f1,2 "$t/plain.tsv" | paste - "$t/probs.tsv" >"$t/numpy.tsv"
mlscore "$t/numpy.tsv" | awk -F '\t' '{ print $NF }' >"$t/got.score"
awk -F '\t' '{ print $NF }' "$t/want" >"$t/want.score"
cmp -s "$t/got.score" "$t/want.score" && ok || bad "numpy recipe: other scores"

# Excel's "CSV UTF-8": a byte order mark, CRLF line ends, quoted lists.
printf '\357\273\277id,labels,p_cat,p_dog,p_bird\r\nimg1,"cat,dog",0.9,0.8,0.1\r\nimg2,dog,0.2,0.7,0.3\r\nimg3,bird,0.1,0.2,0.95\r\nimg4,cat,0.6,0.3,0.05\r\n' >"$t/excel.csv"
if mlscore -d , "$t/excel.csv" | awk -F , '{ print $NF }' >"$t/got" && cmp -s "$t/got" "$t/want.score"; then
	ok
else
	bad "Excel CSV recipe (-d ,)"; mlscore -d , "$t/excel.csv"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
