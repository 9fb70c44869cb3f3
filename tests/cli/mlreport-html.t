# --html: one well-formed self-contained page (no script, no external resource) with its three SVG charts
$ mlreport --html "$TMPDIR/r.html" ../conformance/quickstart/input.tsv >/dev/null
$ head -n 1 "$TMPDIR/r.html"
$ tail -n 1 "$TMPDIR/r.html"
$ awk '{ doc = doc $0 "\n" } END { n = 0
$     while (match(doc, /<[^>]*>/)) {
$         tag = substr(doc, RSTART, RLENGTH); doc = substr(doc, RSTART + RLENGTH)
$         if (tag ~ /^<!/ || tag ~ /\/>$/) continue
$         name = tag; sub(/^<\/?/, "", name); sub(/[ \t\n>].*/, "", name)
$         if (tag !~ /^<\//) { st[++n] = name; continue }
$         if (n == 0 || st[n] != name) { print "mismatched </" name ">"; exit }
$         n--
$     }
$     print n ? "unclosed <" st[n] ">" : "well-formed" }' "$TMPDIR/r.html"
$ grep -ciE "<script|src=|href=|url\(|@import" "$TMPDIR/r.html" || true
$ grep -A 1 "<svg " "$TMPDIR/r.html" | sed -n "s/.*id=\"\(chart-[a-z]*\)\".*/\1/p; s/^<title>\(.*\)<\/title>$/  \1/p"
$ grep -o "[0-9]* not flagged</title>" "$TMPDIR/r.html" | awk "{ s += \$1 } END { print s, \"not flagged\" }"
$ grep -o "[0-9]* flagged</title>" "$TMPDIR/r.html" | awk "{ s += \$1 } END { print s, \"flagged\" }"
$ grep -o "<title>[^<]*: [0-9]* [a-z ]*</title>" "$TMPDIR/r.html" | sed -n "/wrong\|missing/s/<[^>]*>//gp"
> <!DOCTYPE html>
> </html>
> well-formed
> 0
> chart-scores
>   Distribution of label scores
> chart-issues
>   Label issues per class
> chart-quality
>   Label quality score per class
> 250 not flagged
> 30 flagged
> c0: 14 given but wrong
> c0: 6 missing
> c1: 15 given but wrong
> c1: 4 missing
> c2: 4 given but wrong
> c2: 5 missing
