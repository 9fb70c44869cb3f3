# int2onehot: a NUL byte (binary data) is an error at its line
$ int2onehot data/nul.tsv
> id	y_a	y_b	y_c	p_a	p_b	p_c
> r1	1	0	0	0.9	0.1	0.2
! int2onehot: data/nul.tsv:3: NUL byte in the input (binary data?)
? 1
