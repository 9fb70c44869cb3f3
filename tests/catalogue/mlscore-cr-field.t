# mlscore: a carriage return inside a field (not a line end) is refused
$ mlscore data/cr-field.tsv
> id	labels	p_a	p_b	p_c	label_score
> r1	0	0.9	0.1	0.2	0.8200000000000001
! mlscore: data/cr-field.tsv:3: carriage return inside a field
? 1
