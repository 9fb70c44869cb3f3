# mlreport: two columns with the same name are refused
$ mlreport data/dup-header.tsv
! mlreport: data/dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
