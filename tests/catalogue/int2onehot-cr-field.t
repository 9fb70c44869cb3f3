# int2onehot: a carriage return inside a field (not a line end) is refused
$ int2onehot data/cr-field.tsv
> id	y_a	y_b	y_c	p_a	p_b	p_c
> r1	1	0	0	0.9	0.1	0.2
! int2onehot: data/cr-field.tsv:3: carriage return inside a field
? 1
