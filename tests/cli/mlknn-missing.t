# mlknn: a missing feature value (nan) cannot go into the graph
$ mlknn -k 1 ../data/feat-nulls.tsv
! mlknn: ../data/feat-nulls.tsv:2: column 'f_b': missing feature value (the kNN graph needs every feature): ''
? 1
