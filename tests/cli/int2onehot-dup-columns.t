# duplicate column names are an error
$ printf 'id\tlabels\tid\n1\t1\t2\n' | int2onehot -k 2
! int2onehot: <stdin>:1: column 'id': duplicate column name in the header
? 1
