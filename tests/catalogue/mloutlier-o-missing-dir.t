# mloutlier: -o into a directory that does not exist: the output file is named
$ mloutlier -o data/no-such-dir/out data/feat.tsv
! mloutlier: data/no-such-dir/out: cannot create: No such file or directory
? 1
