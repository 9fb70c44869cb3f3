# a probability above 1 is an error
$ printf 'labels\tp_a\tp_b\n0\t0.5\t1.0000001\n' | mlscore
! mlscore: <stdin>:2: column 'p_b': probability is outside [0, 1]: '1.0000001'
? 1
