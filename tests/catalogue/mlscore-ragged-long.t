# mlscore: a row with a field more than the header
$ mlscore data/ragged-long.tsv
> id	labels	p_a	p_b	p_c	label_score
> r1	0	0.9	0.1	0.2	0.8200000000000001
! mlscore: data/ragged-long.tsv:3: row has 6 fields, the header has 5
? 1
