# mlcv: y_ columns: the classes in header order (dog, cat); the same neighbours as mlcv-names-sorted
$ printf 'id\ty_dog\ty_cat\tf_x\tfold\nr0\t1\t0\t0\t0\nr1\t0\t1\t5\t0\nr2\t1\t0\t1\t1\nr3\t1\t1\t4\t1\n' |
$ mlcv --model knn -k 1 --folds-from fold | cut -f 1,6,7
> id	p_dog	p_cat
> r0	0.6666666666666666	0.3333333333333333
> r1	0.6666666666666666	0.6666666666666666
> r2	0.6666666666666666	0.3333333333333333
> r3	0.3333333333333333	0.6666666666666666
