# mlcv: no f_ columns
$ printf 'labels\tx\n0\t1\n1\t2\n' | mlcv
! mlcv: <stdin>:1: no feature columns (f_<name>)
? 1
