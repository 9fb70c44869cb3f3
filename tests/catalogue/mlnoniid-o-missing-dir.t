# mlnoniid: -o into a directory that does not exist: the output file is named
$ mlnoniid -o data/no-such-dir/out data/feat.tsv
! mlnoniid: p-value: 0.578567823686228
! mlnoniid: data/no-such-dir/out: cannot create: No such file or directory
? 1
