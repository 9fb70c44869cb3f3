# mlcv: --fold-column replaces an existing fold column in place (here the same folds)
$ mlcv --model knn -k 2 --folds-from fold --fold-column ../data/cv-line.tsv | cut -f 1,4-
> id	fold	p_0	p_1
> a	0	0.375	0.625
> b	1	0.7	0.3
> c	1	0.6000000000000001	0.4
> d	0	0.53125	0.46875
