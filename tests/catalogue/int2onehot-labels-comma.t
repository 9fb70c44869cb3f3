# int2onehot: a label list that is only ',': ,
$ awk -F '\t' -v OFS='\t' -v v=',' 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot
> id	y_a	y_b	y_c	p_a	p_b	p_c
> r1	1	0	0	0.9	0.1	0.2
! int2onehot: <stdin>:3: column 'labels': empty class in the label list (classes are joined with a single ','): ','
? 1
