# an empty probability is an error
$ printf 'labels\tp_a\tp_b\n0\t\t0.5\n' | mlscore
! mlscore: <stdin>:2: column 'p_a': probability is empty: ''
? 1
