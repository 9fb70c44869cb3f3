# mlknn: a header without feature columns
$ printf 'id\tx\n0\t1\n1\t2\n' | mlknn
! mlknn: <stdin>:1: no feature columns (f_<name>)
? 1
