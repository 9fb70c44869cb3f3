# mlcv: classes named in the lists come in byte order (cat before dog); k 1: (v + 1) / 3.
# r0 (x 0) is nearest r2 (dog); r1 (x 5) r3 (cat,dog); r2 (x 1) r0 (dog); r3 (x 4) r1 (cat)
$ mlcv --model knn -k 1 --folds-from fold ../data/cv-names.tsv
> id	labels	f_x	fold	p_cat	p_dog
> r0	dog	0	0	0.3333333333333333	0.6666666666666666
> r1	cat	5	0	0.6666666666666666	0.6666666666666666
> r2	dog	1	1	0.3333333333333333	0.6666666666666666
> r3	cat,dog	4	1	0.6666666666666666	0.3333333333333333
