# mlnoniid: a missing input file is named
$ mlnoniid data/no-such-file.tsv
! mlnoniid: data/no-such-file.tsv: cannot open: No such file or directory
? 1
