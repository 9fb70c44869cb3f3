# mlscore: an empty line after the last row is a ragged row, not the end
$ mlscore data/blank-line.tsv
> id	labels	p_a	p_b	p_c	label_score
> r1	0	0.9	0.1	0.2	0.8200000000000001
> r2	1	0.2	0.8	0.1	0.804
> r3	0,2	0.7	0.3	0.9	0.7079999999999999
> r4	2	0.1	0.2	0.6	0.6439999999999999
> r5		0.3	0.1	0.2	0.724
> r6	1,2	0.2	0.9	0.7	0.724
> r7	0	0.1	0.7	0.3	0.156
> r8	1	0.8	0.6	0.1	0.2919999999999999
! mlscore: data/blank-line.tsv:10: row has 1 field, the header has 5
? 1
