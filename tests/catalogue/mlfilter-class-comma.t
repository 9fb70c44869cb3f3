# mlfilter: a class name containing ',' cannot be written in a label list
$ mlfilter data/class-comma.tsv
! mlfilter: data/class-comma.tsv:1: class name contains ',' (label lists are joined with ','): 'b,x'
? 1
