# the HTML page is the same bytes for the same input and options, but for the date: SOURCE_DATE_EPOCH pins it (reproducible builds); a malformed one is an error
$ SOURCE_DATE_EPOCH=1700000000 mlreport --html "$TMPDIR/a.html" ../../examples/quickstart-features.tsv >/dev/null
$ SOURCE_DATE_EPOCH=1700000000 mlreport --html "$TMPDIR/b.html" ../../examples/quickstart-features.tsv >/dev/null
$ cmp "$TMPDIR/a.html" "$TMPDIR/b.html" && echo same
$ SOURCE_DATE_EPOCH=0 mlreport --html "$TMPDIR/c.html" ../../examples/quickstart-features.tsv >/dev/null
$ diff "$TMPDIR/a.html" "$TMPDIR/c.html" | grep -c '^[<>]'
$ diff "$TMPDIR/a.html" "$TMPDIR/c.html" | grep '^[<>]' | grep -o 'Date: [^&]*'
$ SOURCE_DATE_EPOCH=soon mlreport --html "$TMPDIR/d.html" ../../examples/quickstart-features.tsv >/dev/null; echo "exit $?"
> same
> 2
> Date: 2023-11-14 22:13:20 UTC 
> Date: 1970-01-01 00:00:00 UTC 
> exit 1
! mlreport: SOURCE_DATE_EPOCH: not a number of seconds: 'soon'
