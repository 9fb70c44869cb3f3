# int2onehot: a p_ column with an empty class name
$ int2onehot data/p-empty-class.tsv
! int2onehot: data/p-empty-class.tsv:1: empty class name
? 1
