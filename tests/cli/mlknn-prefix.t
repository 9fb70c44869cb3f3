# mlknn: --feature-prefix picks other feature columns
$ printf 'id\temb0\temb1\n0\t0\t0\n1\t0\t2\n2\t0\t3\n' | mlknn -k 1 --feature-prefix emb
> id	emb0	emb1	knn	knn_dist
> 0	0	0	1	2.0
> 1	0	2	2	1.0
> 2	0	3	1	1.0
? 0
