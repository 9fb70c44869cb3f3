# mlknn: two columns with the same name are refused
$ mlknn data/feat-dup-header.tsv
! mlknn: data/feat-dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
