# mlknn: an unknown metric is a usage error
$ mlknn --metric manhattan ../data/feat-line.tsv
! mlknn: --metric: euclidean or cosine, not 'manhattan'
! Try 'mlknn --help' for more information.
? 2
