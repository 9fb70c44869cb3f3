# mlnull: two columns with the same name are refused
$ mlnull data/feat-dup-header.tsv
! mlnull: data/feat-dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
