# int2onehot: two columns with the same name are refused
$ int2onehot data/dup-header.tsv
! int2onehot: data/dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
