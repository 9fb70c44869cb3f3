# int2onehot: a missing input file is named
$ int2onehot data/no-such-file.tsv
! int2onehot: data/no-such-file.tsv: cannot open: No such file or directory
? 1
