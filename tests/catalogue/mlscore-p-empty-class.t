# mlscore: a p_ column with an empty class name
$ mlscore data/p-empty-class.tsv
! mlscore: data/p-empty-class.tsv:1: empty class name
? 1
