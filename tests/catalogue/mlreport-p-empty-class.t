# mlreport: a p_ column with an empty class name
$ mlreport data/p-empty-class.tsv
! mlreport: data/p-empty-class.tsv:1: empty class name
? 1
