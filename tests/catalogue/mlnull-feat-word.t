# mlnull: feature value 'abc' is an error
$ awk -F '\t' -v OFS='\t' -v v='abc' 'NR == 4 { $3 = v } 1' data/feat.tsv | mlnull
> id	f_x	f_y	null_score	is_null_issue
> 0	0.0	0.0	1.0	0
> 1	1.0	0.2	1.0	0
! mlnull: <stdin>:4: column 'f_y': feature value is not a number: 'abc'
? 1
