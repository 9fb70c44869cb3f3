# mlknn: a row with a different number of features
$ printf 'f_x\tf_y\n0\t1\n2\n3\t4\n' | mlknn -k 1
! mlknn: <stdin>:3: row has 1 field, the header has 2
? 1
