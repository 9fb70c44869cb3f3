# no classes from anywhere
$ printf 'id\tlabels\n1\t1\n' | int2onehot
! int2onehot: <stdin>:1: no classes: give -c NAME,... or -k K, or a header with p_<class> columns
? 1
