# int2onehot: a row with a field more than the header
$ int2onehot data/ragged-long.tsv
> id	y_a	y_b	y_c	p_a	p_b	p_c
> r1	1	0	0	0.9	0.1	0.2
! int2onehot: data/ragged-long.tsv:3: row has 6 fields, the header has 5
? 1
