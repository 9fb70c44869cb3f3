# onehot2int: a missing input file is named
$ onehot2int data/no-such-file.tsv
! onehot2int: data/no-such-file.tsv: cannot open: No such file or directory
? 1
