# mlfilter: two columns with the same name are refused
$ mlfilter data/dup-header.tsv
! mlfilter: data/dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
