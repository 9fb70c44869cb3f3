# a header without rows is valid: the header goes out
$ printf 'id\tlabels\n' | int2onehot -k 2
> id	y_0	y_1
