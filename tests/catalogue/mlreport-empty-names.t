# mlreport: a header of two empty column names (a crash before): they are duplicates
$ mlreport data/empty-names.tsv
! mlreport: data/empty-names.tsv:1: column '': duplicate column name in the header
? 1
