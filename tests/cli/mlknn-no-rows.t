# mlknn: a header and no data rows
$ printf 'f_x\n' | mlknn -k 1
! mlknn: <stdin>: no data rows
? 1
