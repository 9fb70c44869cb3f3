# no data rows
$ printf 'labels\tp_a\tp_b\n' | mlscore
! mlscore: no data rows
? 1
