# mlnull: a row with a field less than the header
$ mlnull data/feat-ragged-short.tsv
> id	f_x	f_y	null_score	is_null_issue
> 0	0.0	0.0	1.0	0
! mlnull: data/feat-ragged-short.tsv:3: row has 2 fields, the header has 3
? 1
