# --columns picks output columns by name, in the order given (input columns and appended ones alike); a name that is not an output column is a usage error once the header is read
$ printf 'id\tlabels\tp_a\tp_b\nx\t0\t0.9\t0.1\ny\t1\t0.2\t0.8\n' >"$TMPDIR/s.tsv"
$ mlscore --per-class --columns s_b,id,label_score "$TMPDIR/s.tsv"
$ mlscore --columns id,score "$TMPDIR/s.tsv"
> s_b	id	label_score
> 0.9	x	0.9
> 0.8	y	0.8
! mlscore: --columns: no column 'score' in the output
! Try 'mlscore --help' for more information.
? 2
