# --drop-class names a class without a p_ column: an error at the header
$ printf 'id\tlabels\tp_a\tp_b\tp_c\n1\t0\t0.9\t0.1\t0.2\n' | mlscore --drop-class d
! mlscore: <stdin>:1: --drop-class: no column 'p_d'
? 1
