# int2onehot: no p_ columns and neither -c nor -k: no classes
$ printf 'id\tlabels\nr1\t0\n' | int2onehot
! int2onehot: <stdin>:1: no classes: give -c NAME,... or -k K, or a header with p_<class> columns
? 1
