# mlknn: -k 0 is a usage error
$ mlknn -k 0 ../data/feat-line.tsv
! mlknn: -k: a number of neighbours >= 1, not '0'
! Try 'mlknn --help' for more information.
? 2
