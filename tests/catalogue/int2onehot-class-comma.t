# int2onehot: a class name containing ',' cannot be written in a label list
$ int2onehot data/class-comma.tsv
! int2onehot: data/class-comma.tsv:1: class name contains ',' (label lists are joined with ','): 'b,x'
? 1
