# --names writes class names
$ onehot2int --names -l tags ../data/onehot.tsv
> id	tags	note
> 1	a,c	x
> 2		y
> 3	b	z
