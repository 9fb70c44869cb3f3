# mlknn --part 1/2x is a usage error: I/N integers
$ mlknn --part 1/2x ../data/feat-line.tsv
! mlknn: --part: I/N with 1 <= I <= N, not '1/2x'
! Try 'mlknn --help' for more information.
? 2
