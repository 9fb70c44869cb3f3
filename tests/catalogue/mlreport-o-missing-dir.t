# mlreport: -o into a directory that does not exist: the output file is named
$ mlreport -o data/no-such-dir/out data/base.tsv
! mlreport: data/no-such-dir/out: cannot create: No such file or directory
? 1
