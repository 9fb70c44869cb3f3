# mlknn: a group of k + 1 exact duplicates gets each other at distance 0 (cleanlab's correction)
$ mlknn -k 2 ../data/feat-dups.tsv
> id	f_a	f_b	knn	knn_dist
> 0	0	0	1,2	1.4142135623730951,1.4142135623730951
> 1	1	1	2,5	0.0,0.0
> 2	1	1	1,5	0.0,0.0
> 3	5	0	6,1	3.905124837953327,4.123105625617661
> 4	0	5	6,1	3.2015621187164243,4.123105625617661
> 5	1	1	1,2	0.0,0.0
> 6	2	2.5	1,2	1.8027756377319946,1.8027756377319946
? 0
