# int2onehot: a class index with a leading space:  1
$ awk -F '\t' -v OFS='\t' -v v=' 1' 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot
> id	y_a	y_b	y_c	p_a	p_b	p_c
> r1	1	0	0	0.9	0.1	0.2
! int2onehot: <stdin>:3: column 'labels': unknown class name: ' 1' (no column 'p_ 1'; the classes are a, b, c)
? 1
