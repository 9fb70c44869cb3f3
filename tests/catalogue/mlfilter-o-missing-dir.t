# mlfilter: -o into a directory that does not exist: the output file is named
$ mlfilter -o data/no-such-dir/out data/base.tsv
! mlfilter: data/no-such-dir/out: cannot create: No such file or directory
? 1
