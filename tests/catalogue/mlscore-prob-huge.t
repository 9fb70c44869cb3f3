# mlscore: probability '1e999' is an error
$ awk -F '\t' -v OFS='\t' -v v='1e999' 'NR == 3 { $4 = v } 1' data/base.tsv | mlscore
> id	labels	p_a	p_b	p_c	label_score
> r1	0	0.9	0.1	0.2	0.8200000000000001
! mlscore: <stdin>:3: column 'p_b': probability is not finite: '1e999'
? 1
