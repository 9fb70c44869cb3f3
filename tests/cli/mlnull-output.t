# mlnull: -o writes the file
$ mlnull -o "$TMPDIR/n.tsv" ../data/feat-line.tsv && cat "$TMPDIR/n.tsv"
> id	f_x	f_y	null_score	is_null_issue
> 0	0	0	1.0	0
> 1	1	0	1.0	0
> 2	3	0	1.0	0
> 3	6	0	1.0	0
> 4	10	0	1.0	0
? 0
