# int2onehot: -o into a directory that does not exist: the output file is named
$ int2onehot -o data/no-such-dir/out data/base.tsv
! int2onehot: data/no-such-dir/out: cannot create: No such file or directory
? 1
