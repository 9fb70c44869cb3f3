# -q, --quiet: every tool takes it; warnings go (mlscore's class warning, mlcv's rare class, mlfilter's too-few), errors stay
$ for t in int2onehot mlcv mldups mlfilter mlknn mlnoniid mlnull mloutlier mlreport mlscore onehot2int; do $t -q --version >/dev/null && $t --quiet --version >/dev/null || echo "$t: no -q"; done
$ printf 'labels\tp_a\tp_b\n0\t0.5\t0.5\n0,1\t0.5\t0.5\n' | mlscore -q -a min
$ mlcv --quiet --model knn --folds 3 ../data/cv-names.tsv | wc -l
$ printf 'labels\tp_a\tp_b\tp_c\n0\t0.9\t0.1\t0.2\n1\t0.2\t0.8\t0.1\n1\t0.1\t0.7\t0.2\n' | mlfilter -q | wc -l
$ printf 'labels\tp_a\tp_b\n2\t0.5\t0.5\n' | mlscore -q
> labels	p_a	p_b	label_score
> 0	0.5	0.5	0.5
> 0,1	0.5	0.5	0.5
> 5
> 1
! mlscore: <stdin>:2: column 'labels': class index out of range (2 classes: 0 to 1): '2'
? 1
