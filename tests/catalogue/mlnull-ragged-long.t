# mlnull: a row with a field more than the header
$ mlnull data/feat-ragged-long.tsv
> id	f_x	f_y	null_score	is_null_issue
> 0	0.0	0.0	1.0	0
! mlnull: data/feat-ragged-long.tsv:3: row has 4 fields, the header has 3
? 1
