# a missing file is named
$ int2onehot -k 2 no/such.tsv
! int2onehot: no/such.tsv: cannot open: No such file or directory
? 1
