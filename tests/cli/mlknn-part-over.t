# mlknn --part 3/2 is a usage error: I at most N
$ mlknn --part 3/2 ../data/feat-line.tsv
! mlknn: --part: I/N with 1 <= I <= N, not '3/2'
! Try 'mlknn --help' for more information.
? 2
