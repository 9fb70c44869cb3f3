# mlscore: a row with a field less than the header
$ mlscore data/ragged-short.tsv
> id	labels	p_a	p_b	p_c	label_score
> r1	0	0.9	0.1	0.2	0.8200000000000001
! mlscore: data/ragged-short.tsv:3: row has 4 fields, the header has 5
? 1
