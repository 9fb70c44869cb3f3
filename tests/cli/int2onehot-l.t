# -l names another list column
$ printf 'id\ttags\n1\t1\n' | int2onehot -l tags -c x,y
> id	y_x	y_y
> 1	0	1
