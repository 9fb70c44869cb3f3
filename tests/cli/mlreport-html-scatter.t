# the HTML page draws the tutorial's picture: with two feature columns the examples by f_0 and f_1 (all 280 shown, the 30 label issues circled, one legend entry per label set: 7 here); with three, the first two principal components; with one, no picture
$ SOURCE_DATE_EPOCH=0 mlreport --html "$TMPDIR/a.html" ../../examples/quickstart-features.tsv >/dev/null
$ grep -c '<svg ' "$TMPDIR/a.html"
$ grep -o 'The examples by [^<]*' "$TMPDIR/a.html"
$ grep -o 'r="7" class="issue"' "$TMPDIR/a.html" | wc -l
$ grep -o 'label issue ([0-9]* shown)' "$TMPDIR/a.html"
$ awk '/id="scatter"/,/<\/svg>/' "$TMPDIR/a.html" | grep -o 'r="5"' | wc -l
$ awk -F '\t' -v OFS='\t' '{ print $0, NR == 1 ? "f_2" : $6 - $7 }' ../../examples/quickstart-features.tsv | mlreport --no-features --html "$TMPDIR/b.html" >/dev/null
$ grep -o 'The examples by [^<]*' "$TMPDIR/b.html"
$ cut -f1-6 ../../examples/quickstart-features.tsv | mlreport --html "$TMPDIR/c.html" >/dev/null
$ grep -q 'id="scatter"' "$TMPDIR/c.html" && echo picture || echo "no picture"
> 4
> The examples by their two feature columns (280 shown), coloured by their given label set; the label issues are circled.
> 31
> label issue (30 shown)
> 7
> The examples by the first two principal components of their 3 feature columns (280 shown), coloured by their given label set; the label issues are circled.
> no picture
