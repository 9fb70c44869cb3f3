# mlknn: fewer rows than k + 1
$ mlknn ../data/feat-line.tsv
! mlknn: 5 rows are too few for k = 10 (need at least k + 1 = 11)
? 1
