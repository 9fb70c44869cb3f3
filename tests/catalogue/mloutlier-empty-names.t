# mloutlier: a header of two empty column names (a crash before): they are duplicates
$ mloutlier data/empty-names.tsv
! mloutlier: data/empty-names.tsv:1: column '': duplicate column name in the header
? 1
