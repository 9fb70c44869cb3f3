# mlscore: a header without a label list or y_ columns
$ printf 'id\tp_a\tp_b\nr1\t0.5\t0.5\n' | mlscore
! mlscore: <stdin>:1: no 'labels' column and no y_<class> columns (name another label column with -l)
? 1
