# int2onehot: a header without a label list
$ printf 'id\tp_a\tp_b\nr1\t0.5\t0.5\n' | int2onehot
! int2onehot: <stdin>:1: no 'labels' column (name the label list with -l)
? 1
