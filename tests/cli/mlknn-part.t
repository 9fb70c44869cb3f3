# mlknn --part I/N: block I of N holds rows floor((I-1)*5/N) .. floor(I*5/N) - 1 of the 5, as in mlknn-line.t; the header only in part 1
$ mlknn -k 2 --part 1/2 ../data/feat-line.tsv
> id	f_x	f_y	knn	knn_dist
> 0	0	0	1,2	1.0,3.0
> 1	1	0	0,2	1.0,2.0
$ mlknn -k 2 --part 2/2 ../data/feat-line.tsv
> 2	3	0	1,0	2.0,3.0
> 3	6	0	2,4	3.0,4.0
> 4	10	0	3,2	4.0,7.0
? 0
