# --fail-under above the health score (0.892857): exit 3, the report still written in full
$ mlreport --fail-under 0.9 -o "$TMPDIR/r.txt" ../conformance/quickstart/input.tsv
$ echo "exit $?"
$ tail -n 1 "$TMPDIR/r.txt"
> exit 3
> Audit complete. 30 issues found in the dataset.
! mlreport: quality gate: overall multilabel health score 0.892857 is below 0.9
