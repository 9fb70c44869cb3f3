# mlfilter: a p_ column with an empty class name
$ mlfilter data/p-empty-class.tsv
! mlfilter: data/p-empty-class.tsv:1: empty class name
? 1
