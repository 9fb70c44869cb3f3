# onehot2int: a y_ column with an empty class name
$ onehot2int data/onehot-p-empty-class.tsv
! onehot2int: data/onehot-p-empty-class.tsv:1: empty class name
? 1
