# mldups: a missing input file is named
$ mldups data/no-such-file.tsv
! mldups: data/no-such-file.tsv: cannot open: No such file or directory
? 1
