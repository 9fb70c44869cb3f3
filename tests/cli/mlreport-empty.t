# no data rows: exit 1
$ printf "id\tlabels\tp_a\tp_b\n" | mlreport
! mlreport: <stdin>: no data rows
? 1
