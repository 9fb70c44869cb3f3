# mloutlier: a missing input file is named
$ mloutlier data/no-such-file.tsv
! mloutlier: data/no-such-file.tsv: cannot open: No such file or directory
? 1
