# mlscore: an unknown class name: d
$ awk -F '\t' -v OFS='\t' -v v='d' 'NR == 3 { $2 = v } 1' data/base.tsv | mlscore
> id	labels	p_a	p_b	p_c	label_score
> r1	0	0.9	0.1	0.2	0.8200000000000001
! mlscore: <stdin>:3: column 'labels': unknown class name: 'd' (no column 'p_d'; the classes are a, b, c)
? 1
