# int2onehot: a header of two empty column names (a crash before): they are duplicates
$ int2onehot data/empty-names.tsv
! int2onehot: data/empty-names.tsv:1: column '': duplicate column name in the header
? 1
