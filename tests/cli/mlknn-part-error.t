# mlknn --part: every part checks the whole input, so a part without the bad row (2/2 holds rows 2 to 4) fails as the single run does
$ mlknn -k 2 --part 2/2 ../data/feat-nulls.tsv
! mlknn: ../data/feat-nulls.tsv:2: column 'f_b': missing feature value (the kNN graph needs every feature): ''
? 1
