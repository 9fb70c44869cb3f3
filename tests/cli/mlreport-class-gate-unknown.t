# --class-fail-under NAME=SCORE with a NAME that has no p_ column: a usage error once the header is read, listing the classes; nothing written
$ mlreport --class-fail-under person=0.8 -o "$TMPDIR/r.txt" ../conformance/quickstart/input.tsv
$ echo "exit $?"
$ test -e "$TMPDIR/r.txt" || echo "not written"
> exit 2
> not written
! mlreport: --class-fail-under: 'person' is not a class (no p_person column; the classes: c0, c1, c2)
! Try 'mlreport --help' for more information.
