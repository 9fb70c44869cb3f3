# mlnull: no feature columns
$ printf 'a\n1\n' | mlnull
! mlnull: <stdin>:1: no feature columns (f_<name>)
? 1
