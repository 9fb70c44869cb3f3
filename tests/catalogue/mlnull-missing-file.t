# mlnull: a missing input file is named
$ mlnull data/no-such-file.tsv
! mlnull: data/no-such-file.tsv: cannot open: No such file or directory
? 1
