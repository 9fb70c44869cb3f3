# a class listed twice (cat,cat) collapses with one warning per run, as int2onehot says it
$ printf 'labels\tp_a\tp_b\n0,0\t0.9\t0.1\n1\t0.2\t0.8\n1,1\t0.3\t0.7\n' | mlscore --columns labels
> labels
> 0,0
> 1
> 1,1
! mlscore: warning: <stdin>:2: a class is listed twice in a label list; duplicates collapse (reported once)
