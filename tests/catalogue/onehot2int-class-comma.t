# onehot2int: a class name containing ',' cannot be written in a label list
$ onehot2int data/onehot-class-comma.tsv
! onehot2int: data/onehot-class-comma.tsv:1: class name contains ',' (label lists are joined with ','): 'b,x'
? 1
