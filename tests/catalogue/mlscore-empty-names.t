# mlscore: a header of two empty column names (a crash before): they are duplicates
$ mlscore data/empty-names.tsv
! mlscore: data/empty-names.tsv:1: column '': duplicate column name in the header
? 1
