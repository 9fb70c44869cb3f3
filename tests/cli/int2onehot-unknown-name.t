# an unknown class name is an error
$ int2onehot -c a,b ../data/small.tsv
> id	y_a	y_b	p_cat	p_dog	p_owl
! int2onehot: ../data/small.tsv:2: column 'labels': class index out of range (2 classes: 0 to 1): '2'
? 1
