# labels may come as y_ columns, matched to the p_ classes by name
$ int2onehot ../data/tiny.tsv | mlscore -a min | cut -f2,3,6
> y_a	y_b	label_score
> 1	0	0.75
> 0	1	0.5
> 1	1	0.0
> 0	0	0.0
