# 01 is class 1
$ printf 'labels\n01\n' | int2onehot -k 2
> y_0	y_1
> 0	1
