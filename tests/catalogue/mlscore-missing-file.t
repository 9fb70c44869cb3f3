# mlscore: a missing input file is named
$ mlscore data/no-such-file.tsv
! mlscore: data/no-such-file.tsv: cannot open: No such file or directory
? 1
