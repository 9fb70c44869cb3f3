# a NaN probability is an error naming file, line, column and value
$ printf 'labels\tp_a\tp_b\n0\tnan\t0.5\n' | mlscore
! mlscore: <stdin>:2: column 'p_a': probability is NaN: 'nan'
? 1
