# the y_ columns become one labels column at the first one's place
$ onehot2int ../data/onehot.tsv
> id	labels	note
> 1	0,2	x
> 2		y
> 3	1	z
