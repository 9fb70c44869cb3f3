# no example has any class (every y_ column 0): cleanlab's label scores raise, so mlreport exits 1 with mlscore's message in every output form, prints nothing and leaves the -o and --html targets untouched; mlfilter still runs (issue 17)
$ printf 'id\ty_a\ty_b\tp_a\tp_b\nr0\t0\t0\t0.5\t0.5\nr1\t0\t0\t0.2\t0.9\nr2\t0\t0\t0.1\t0.3\n' >"$TMPDIR/none.tsv"
$ echo old >"$TMPDIR/out"; echo old >"$TMPDIR/page.html"
$ mlreport "$TMPDIR/none.tsv"; echo "text $?"
$ mlreport --format json "$TMPDIR/none.tsv"; echo "json $?"
$ mlreport --html "$TMPDIR/page.html" "$TMPDIR/none.tsv"; echo "html $?"
$ mlreport -o "$TMPDIR/out" "$TMPDIR/none.tsv"; echo "text -o $?"
$ mlreport --format json -o "$TMPDIR/out" "$TMPDIR/none.tsv"; echo "json -o $?"
$ mlreport --html "$TMPDIR/page.html" -o "$TMPDIR/out" "$TMPDIR/none.tsv"; echo "html -o $?"
$ cat "$TMPDIR/out" "$TMPDIR/page.html"
$ mlfilter "$TMPDIR/none.tsv" 2>/dev/null | wc -l; echo "mlfilter $?"
> text 1
> json 1
> html 1
> text -o 1
> json -o 1
> html -o 1
> old
> old
> 1
> mlfilter 0
! mlreport: no example has any class: cleanlab cannot score such labels (Labels must be in multi-label format.)
! mlreport: no example has any class: cleanlab cannot score such labels (Labels must be in multi-label format.)
! mlreport: no example has any class: cleanlab cannot score such labels (Labels must be in multi-label format.)
! mlreport: no example has any class: cleanlab cannot score such labels (Labels must be in multi-label format.)
! mlreport: no example has any class: cleanlab cannot score such labels (Labels must be in multi-label format.)
! mlreport: no example has any class: cleanlab cannot score such labels (Labels must be in multi-label format.)
