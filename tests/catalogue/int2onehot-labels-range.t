# int2onehot: a class index = K: 3
$ awk -F '\t' -v OFS='\t' -v v='3' 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot
> id	y_a	y_b	y_c	p_a	p_b	p_c
> r1	1	0	0	0.9	0.1	0.2
! int2onehot: <stdin>:3: column 'labels': class index out of range (3 classes: 0 to 2): '3'
? 1
