# no label list column
$ printf 'id\tp_a\n1\t0.5\n' | int2onehot
! int2onehot: <stdin>:1: no 'labels' column (name the label list with -l)
? 1
