# mlreport: a missing input file is named
$ mlreport data/no-such-file.tsv
! mlreport: data/no-such-file.tsv: cannot open: No such file or directory
? 1
