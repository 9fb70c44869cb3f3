# mlknn --part 0/2 is a usage error: I and N at least 1
$ mlknn --part 0/2 ../data/feat-line.tsv
! mlknn: --part: I/N with 1 <= I <= N, not '0/2'
! Try 'mlknn --help' for more information.
? 2
