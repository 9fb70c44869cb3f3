# int2onehot: an empty line after the last row is a ragged row, not the end
$ int2onehot data/blank-line.tsv
> id	y_a	y_b	y_c	p_a	p_b	p_c
> r1	1	0	0	0.9	0.1	0.2
> r2	0	1	0	0.2	0.8	0.1
> r3	1	0	1	0.7	0.3	0.9
> r4	0	0	1	0.1	0.2	0.6
> r5	0	0	0	0.3	0.1	0.2
> r6	0	1	1	0.2	0.9	0.7
> r7	1	0	0	0.1	0.7	0.3
> r8	0	1	0	0.8	0.6	0.1
! int2onehot: data/blank-line.tsv:10: row has 1 field, the header has 5
? 1
