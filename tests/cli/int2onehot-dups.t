# duplicates inside a list collapse, with one warning per run
$ printf 'labels\n0,0\n1,1,0\n' | int2onehot -k 2
> y_0	y_1
> 1	0
> 1	1
! int2onehot: warning: <stdin>:2: a class is listed twice in a label list; duplicates collapse (reported once)
