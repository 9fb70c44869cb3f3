# --keep keeps the list column, the y_ columns follow it
$ int2onehot --keep -c cat,dog,owl ../data/small.tsv | cut -f1-5
> id	labels	y_cat	y_dog	y_owl
> а1	0,2	1	0	1
> b2		0	0	0
> c3	dog	0	1	0
