# mlcv: an unknown model is a usage error
$ mlcv --model svm ../data/cv-line.tsv
! mlcv: --model: auto, knn or logreg, not 'svm'
! Try 'mlcv --help' for more information.
? 2
