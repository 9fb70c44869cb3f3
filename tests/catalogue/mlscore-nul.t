# mlscore: a NUL byte (binary data) is an error at its line
$ mlscore data/nul.tsv
> id	labels	p_a	p_b	p_c	label_score
> r1	0	0.9	0.1	0.2	0.8200000000000001
! mlscore: data/nul.tsv:3: NUL byte in the input (binary data?)
? 1
