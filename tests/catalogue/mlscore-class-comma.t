# mlscore: a class name containing ',' cannot be written in a label list
$ mlscore data/class-comma.tsv
! mlscore: data/class-comma.tsv:1: class name contains ',' (label lists are joined with ','): 'b,x'
? 1
