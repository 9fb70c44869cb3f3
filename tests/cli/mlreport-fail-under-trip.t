# --fail-under above the health score (0.892857): exit 3, and the -o file is left as it was (absent, or the old report), so that make runs the rule again
$ cp ../conformance/quickstart/input.tsv "$TMPDIR/q.tsv" && cd "$TMPDIR"
$ mlreport --fail-under 0.9 -o r.txt q.tsv
$ echo "exit $?"
$ test -e r.txt || echo "r.txt not written"
$ echo old >r.txt
$ mlreport --fail-under 0.9 -o r.txt q.tsv 2>/dev/null
$ echo "exit $?"
$ cat r.txt
> exit 3
> r.txt not written
> exit 3
> old
! mlreport: quality gate: overall multilabel health score 0.892857 is below 0.9
! mlreport: r.txt: not written: a quality gate tripped
