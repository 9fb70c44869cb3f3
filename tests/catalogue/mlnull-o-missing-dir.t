# mlnull: -o into a directory that does not exist: the output file is named
$ mlnull -o data/no-such-dir/out data/feat.tsv
! mlnull: data/no-such-dir/out: cannot create: No such file or directory
? 1
