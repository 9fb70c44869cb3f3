# mlcv: -d , -D tab reads CSV and writes TSV: the same output as the TSV run; -D ';' writes that separator
$ tr '\t' , <../data/cv-line.tsv >$TMPDIR/in.csv
$ mlcv --model knn -k 2 --folds-from fold ../data/cv-line.tsv >$TMPDIR/want
$ mlcv --model knn -k 2 --folds-from fold -d , -D tab $TMPDIR/in.csv | cmp - $TMPDIR/want && echo same
$ mlcv --model knn -k 2 --folds-from fold -D ';' ../data/cv-line.tsv | head -n 2
> same
> id;labels;f_x;fold;p_0;p_1
> a;0;0;0;0.375;0.625
