# onehot2int: -o into a directory that does not exist: the output file is named
$ onehot2int -o data/no-such-dir/out data/onehot.tsv
! onehot2int: data/no-such-dir/out: cannot create: No such file or directory
? 1
