# mlreport: a class name containing ',' cannot be written in a label list
$ mlreport data/class-comma.tsv
! mlreport: data/class-comma.tsv:1: class name contains ',' (label lists are joined with ','): 'b,x'
? 1
