# mlnoniid: -o into a directory that does not exist: the output file is named
$ mlnoniid -o data/no-such-dir/out data/feat.tsv
! mlnoniid: data/no-such-dir/out: cannot create: No such file or directory
? 1
