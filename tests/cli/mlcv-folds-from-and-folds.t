# mlcv: --folds and --folds-from exclude each other
$ mlcv --folds 2 --folds-from fold ../data/cv-line.tsv 2>&1 | head -1
> mlcv: --folds and --folds-from exclude each other
