# mlcv: an unknown model is a usage error
$ mlcv --model svm data/cv-line.tsv
! mlcv: --model: auto, knn or logreg, not 'svm'
! usage: mlcv [-v] [--model auto|knn|logreg] [-k K] [-C C] [--folds F] [--seed S]
!             [--folds-from COL] [--fold-column] [-c NAME,...] [-l COL]
!             [--replace] [--feature-prefix P] [--threads N] [-d DELIM] [-o FILE]
!             [FILE ...]
? 2
