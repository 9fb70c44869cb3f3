# int2onehot: a header and no rows: the converters print the header and succeed
$ int2onehot data/header-only.tsv
> id	y_a	y_b	y_c	p_a	p_b	p_c
