# mlcv: distance-weighted kNN by hand (k 2, folds from the column; 1-D, so standardising changes nothing):
# row a (x 0) sees b (d 1, class 1) and c (d 3, class 0): class 0 = (1/3)/(4/3) = 1/4, reported
# as (2 * 1/4 + 1) / 4 = 0.375; d (x 10): c (d 7), b (d 9): 9/16 -> 0.53125; b (x 1): a (d 1),
# d (d 9): 9/10 -> 0.7; c (x 3): a (d 3), d (d 7): 7/10 -> 0.6 (rounded up in the last bit)
$ mlcv --model knn -k 2 --folds-from fold ../data/cv-line.tsv
> id	labels	f_x	fold	p_0	p_1
> a	0	0	0	0.375	0.625
> b	1	1	1	0.7	0.3
> c	0	3	1	0.6000000000000001	0.4
> d	1	10	0	0.53125	0.46875
