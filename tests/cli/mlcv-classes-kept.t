# mlcv: -c keeps a class never given: its fraction is 0 everywhere, (2 * 0 + 1) / 4; a warning names it
$ mlcv --model knn -k 2 --folds-from fold -c 0,1,2 ../data/cv-line.tsv | cut -f 1,5-
> id	p_0	p_1	p_2
> a	0.375	0.625	0.25
> b	0.7	0.3	0.25
> c	0.6000000000000001	0.4	0.25
> d	0.53125	0.46875	0.25
! mlcv: warning: class '2' has 0 examples, fewer than the 2 folds
