# -k K names the classes 0..K-1
$ printf 'labels\tid\n3,0\tx\n\ty\n' | int2onehot -k 4
> y_0	y_1	y_2	y_3	id
> 1	0	0	1	x
> 0	0	0	0	y
