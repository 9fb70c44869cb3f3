# a negative index has its own message
$ printf 'labels\n-1\n' | int2onehot -k 2
> y_0	y_1
! int2onehot: <stdin>:2: column 'labels': negative class index: '-1'
? 1
