# mlcv: a class with fewer rows than folds is a warning; the run goes on
$ mlcv --model knn --folds 3 ../data/cv-names.tsv | wc -l
> 5
! mlcv: warning: class 'cat' has 2 examples, fewer than the 3 folds
