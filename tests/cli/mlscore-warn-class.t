# a class given to every example is a warning (scores are defined)
$ printf 'labels\tp_a\tp_b\n0\t0.5\t0.5\n0,1\t0.5\t0.5\n' | mlscore -a min
> labels	p_a	p_b	label_score
> 0	0.5	0.5	0.5
> 0,1	0.5	0.5	0.5
! mlscore: warning: class(es) given to every example: a
