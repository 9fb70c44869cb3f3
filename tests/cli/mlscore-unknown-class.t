# a label naming a class without a p_ column names the column and the first five classes
$ printf 'id\tlabels\tp_a\tp_b\tp_c\tp_d\tp_e\tp_f\tp_g\n1\tperson\t0.1\t0.1\t0.1\t0.1\t0.1\t0.1\t0.1\n' | mlscore
! mlscore: <stdin>:2: column 'labels': unknown class name: 'person' (no column 'p_person'; the classes are a, b, c, d, e, ... (7 in all))
? 1
