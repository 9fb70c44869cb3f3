# onehot2int: a class name that is not UTF-8 is refused
$ onehot2int data/onehot-utf8-class.tsv
! onehot2int: data/onehot-utf8-class.tsv:1: class name is not valid UTF-8: 'bÿ'
? 1
