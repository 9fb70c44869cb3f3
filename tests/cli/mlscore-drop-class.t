# --drop-class: the scores of the other classes, labels naming the class by name or index ignored, its p_ column passed through
$ printf 'id\tlabels\tp_a\tp_b\tp_c\n1\t0,1\t0.9\t0.1\t0.2\n2\tb\t0.2\t0.8\t0.1\n3\tc,b\t0.2\t0.8\t0.9\n4\t\t0.3\t0.5\t0.4\n' | mlscore --drop-class b -a min
> id	labels	p_a	p_b	p_c	label_score
> 1	0,1	0.9	0.1	0.2	0.8
> 2	b	0.2	0.8	0.1	0.8
> 3	c,b	0.2	0.8	0.9	0.8
> 4		0.3	0.5	0.4	0.6
