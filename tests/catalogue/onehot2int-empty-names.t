# onehot2int: a header of two empty column names (a crash before): they are duplicates
$ onehot2int data/empty-names.tsv
! onehot2int: data/empty-names.tsv:1: column '': duplicate column name in the header
? 1
