# mlfilter: a missing input file is named
$ mlfilter data/no-such-file.tsv
! mlfilter: data/no-such-file.tsv: cannot open: No such file or directory
? 1
