# no example has any class: detected at the end, after the rows
$ printf 'labels\tp_a\tp_b\n\t0.5\t0.5\n' | mlscore
> labels	p_a	p_b	label_score
> 	0.5	0.5	0.5
! mlscore: no example has any class: cleanlab cannot score such labels (Labels must be in multi-label format.)
? 1
