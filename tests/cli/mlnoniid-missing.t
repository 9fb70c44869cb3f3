# mlnoniid: missing features fail like cleanlab's non_iid check
$ mlnoniid -k 1 ../data/feat-nulls.tsv
! mlnoniid: ../data/feat-nulls.tsv:2: column 'f_b': missing feature value (the kNN graph needs every feature): ''
? 1
