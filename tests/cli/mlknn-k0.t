# mlknn: -k 0 is a usage error
$ mlknn -k 0 data/feat-line.tsv
! mlknn: -k: a number of neighbours >= 1, not '0'
! usage: mlknn [-v] [-k K] [--metric euclidean|cosine] [--feature-prefix P]
!              [--threads N] [-d DELIM] [-o FILE] [FILE ...]
? 2
