# a probability that is not a number is an error
$ printf 'labels\tp_a\tp_b\n0\t0.5x\t0.5\n' | mlscore
! mlscore: <stdin>:2: column 'p_a': probability is not a number: '0.5x'
? 1
