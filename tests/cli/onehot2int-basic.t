# the y_ columns become one labels column at the first one's place; classes named a, b, c (not 0, 1, 2): the list names them
$ onehot2int ../data/onehot.tsv
> id	labels	note
> 1	a,c	x
> 2		y
> 3	b	z
