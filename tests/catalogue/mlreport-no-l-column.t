# mlreport: -l names a column that is not there
$ printf 'id\tlabels\tp_a\tp_b\nr1\t0\t0.5\t0.5\n' | mlreport -l lab
! mlreport: <stdin>:1: no column 'lab' (named by -l)
? 1
