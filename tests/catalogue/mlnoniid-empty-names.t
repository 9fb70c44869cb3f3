# mlnoniid: a header of two empty column names (a crash before): they are duplicates
$ mlnoniid data/empty-names.tsv
! mlnoniid: data/empty-names.tsv:1: column '': duplicate column name in the header
? 1
