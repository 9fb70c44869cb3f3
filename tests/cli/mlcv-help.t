# mlcv: --help prints the usage on stdout
$ mlcv --help | head -n 4
> usage: mlcv [--verbose] [--model auto|knn|logreg] [-k K] [-C C] [--folds F]
>             [--seed S] [--folds-from COL] [--fold-column] [-c NAME,...] [-l COL]
>             [--replace] [--feature-prefix P] [-j N] [-q] [-d DELIM]
>             [-D DELIM] [-o FILE] [FILE ...]
