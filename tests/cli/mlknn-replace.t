# mlknn: existing knn and knn_dist columns are replaced in place
$ mlknn -k 1 ../data/feat-line.tsv | mlknn -k 2
> id	f_x	f_y	knn	knn_dist
> 0	0	0	1,2	1.0,3.0
> 1	1	0	0,2	1.0,2.0
> 2	3	0	1,0	2.0,3.0
> 3	6	0	2,4	3.0,4.0
> 4	10	0	3,2	4.0,7.0
? 0
