# mlknn: 4 feature columns select cosine (-v names the metric)
$ printf 'f_a\tf_b\tf_c\tf_d\n1\t0\t0\t0\n2\t0\t0\t0\n0\t1\t0\t0\n' | mlknn --verbose -k 1
> f_a	f_b	f_c	f_d	knn	knn_dist
> 1	0	0	0	1	0.0
> 2	0	0	0	0	0.0
> 0	1	0	0	0	1.0
! mlknn: info: num_examples=3 dim=4 k=1 metric=cosine
? 0
