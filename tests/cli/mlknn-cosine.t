# mlknn: --metric cosine (1 - u.v of the normalised rows)
$ mlknn -k 1 --metric cosine ../data/feat-line.tsv
> id	f_x	f_y	knn	knn_dist
> 0	0	0	1	1.0
> 1	1	0	2	0.0
> 2	3	0	1	0.0
> 3	6	0	1	0.0
> 4	10	0	1	0.0
? 0
