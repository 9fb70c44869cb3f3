# mloutlier: two columns with the same name are refused
$ mloutlier data/feat-dup-header.tsv
! mloutlier: data/feat-dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
