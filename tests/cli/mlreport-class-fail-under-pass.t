# --class-fail-under below every class's label quality (lowest c1 0.946429): exit 0
$ mlreport --class-fail-under 0.946 ../conformance/quickstart/input.tsv >"$TMPDIR/r.txt"
$ echo "exit $?"
$ tail -n 1 "$TMPDIR/r.txt"
> exit 0
> Audit complete. 30 issues found in the dataset.
