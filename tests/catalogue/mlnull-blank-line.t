# mlnull: an empty line after the last row is a ragged row, not the end
$ mlnull data/feat-blank-line.tsv
> id	f_x	f_y	null_score	is_null_issue
> 0	0.0	0.0	1.0	0
> 1	1.0	0.2	1.0	0
> 2	0.3	1.1	1.0	0
> 3	1.2	1.0	1.0	0
> 4	2.0	0.4	1.0	0
> 5	0.5	2.1	1.0	0
> 6	2.2	1.9	1.0	0
> 7	1.5	1.5	1.0	0
> 8	1.51	1.5	1.0	0
> 9	0.8	0.7	1.0	0
> 10	1.9	2.6	1.0	0
> 11	2.6	1.2	1.0	0
> 12	9.0	9.0	1.0	0
! mlnull: data/feat-blank-line.tsv:15: row has 1 field, the header has 3
? 1
