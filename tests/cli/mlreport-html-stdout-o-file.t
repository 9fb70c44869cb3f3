# --html - with -o FILE: the HTML page is stdout's only output, the same bytes as --html FILE; the text report goes to FILE (the page's date pinned: the two runs may straddle a second)
$ export SOURCE_DATE_EPOCH=1700000000
$ mlreport --html - -o "$TMPDIR/r.txt" ../conformance/quickstart/input.tsv >"$TMPDIR/page.html"
$ mlreport --html "$TMPDIR/b.html" ../conformance/quickstart/input.tsv >"$TMPDIR/text.txt"
$ head -n 1 "$TMPDIR/page.html"; tail -n 1 "$TMPDIR/page.html"
$ cmp "$TMPDIR/page.html" "$TMPDIR/b.html" && cmp "$TMPDIR/r.txt" "$TMPDIR/text.txt" && echo same
> <!DOCTYPE html>
> </html>
> same
