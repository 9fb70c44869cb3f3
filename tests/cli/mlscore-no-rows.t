# no data rows
$ printf 'labels\tp_a\tp_b\n' | mlscore
! mlscore: <stdin>: no data rows
? 1
