# a non-integer index has its own message
$ printf 'labels\n1.0\n' | int2onehot -k 2
> y_0	y_1
! int2onehot: <stdin>:2: column 'labels': class index is not an integer: '1.0'
? 1
