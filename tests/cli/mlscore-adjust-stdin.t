# --adjust reads its input twice, also from a pipe
$ mlscore --adjust ../conformance/quickstart/input.tsv > $TMPDIR/a; cat ../conformance/quickstart/input.tsv | mlscore --adjust | cmp - $TMPDIR/a && echo same
> same
