# mlscore: two columns with the same name are refused
$ mlscore data/dup-header.tsv
! mlscore: data/dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
