# mlknn: an unknown metric is a usage error
$ mlknn --metric manhattan data/feat-line.tsv
! mlknn: --metric: euclidean or cosine, not 'manhattan'
! usage: mlknn [-v] [-k K] [--metric euclidean|cosine] [--feature-prefix P]
!              [--threads N] [-d DELIM] [-o FILE] [FILE ...]
? 2
