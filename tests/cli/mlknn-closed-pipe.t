# mlknn: a closed pipe ends quietly
$ mlknn -k 2 ../data/feat-dups.tsv | head -1
> id	f_a	f_b	knn	knn_dist
? 0
