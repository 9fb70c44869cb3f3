# a class index >= K is an error naming file, line, column and value
$ printf 'id\tlabels\n1\t0\n2\t3\n' | int2onehot -k 3
> id	y_0	y_1	y_2
> 1	1	0	0
! int2onehot: <stdin>:3: column 'labels': class index out of range (3 classes: 0 to 2): '3'
? 1
