# classes default to the p_ columns; names and indices both accepted
$ int2onehot ../data/small.tsv
> id	y_cat	y_dog	y_owl	p_cat	p_dog	p_owl
> а1	1	0	1	0.9	0.1	0.8
> b2	0	0	0	0.2	0.3	0.1
> c3	0	1	0	0.1	0.7	0.0
