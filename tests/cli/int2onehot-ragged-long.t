# a long row is an error
$ printf 'id\tlabels\n1\t0\t9\n' | int2onehot -k 2
> id	y_0	y_1
! int2onehot: <stdin>:2: row has 3 fields, the header has 2
? 1
