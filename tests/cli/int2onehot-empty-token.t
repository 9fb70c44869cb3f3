# an empty token in a list is an error
$ printf 'labels\n0,,1\n' | int2onehot -k 2
> y_0	y_1
! int2onehot: <stdin>:2: column 'labels': empty class in the label list (classes are joined with a single ','): '0,,1'
? 1
