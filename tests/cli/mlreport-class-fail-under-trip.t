# --class-fail-under above a class's label quality (c1 0.946429): exit 3, the JSON still written in full
$ mlreport --class-fail-under 0.947 --format json ../conformance/quickstart/input.tsv >"$TMPDIR/r.json"
$ echo "exit $?"
$ tail -n 1 "$TMPDIR/r.json"
> exit 3
> }
! mlreport: quality gate: class 'c1' label quality score 0.946429 is below 0.947
