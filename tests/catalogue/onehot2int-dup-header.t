# onehot2int: two columns with the same name are refused
$ onehot2int data/onehot-dup-header.tsv
! onehot2int: data/onehot-dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
