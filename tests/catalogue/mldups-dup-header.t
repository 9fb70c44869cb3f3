# mldups: two columns with the same name are refused
$ mldups data/feat-dup-header.tsv
! mldups: data/feat-dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
