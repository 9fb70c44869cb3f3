# no y_ columns
$ printf 'id\tlabels\n1\t0\n' | onehot2int
! onehot2int: <stdin>:1: no y_<class> columns in the header
? 1
