# mlknn: a missing input file is named
$ mlknn data/no-such-file.tsv
! mlknn: data/no-such-file.tsv: cannot open: No such file or directory
? 1
