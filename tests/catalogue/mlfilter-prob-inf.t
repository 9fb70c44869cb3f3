# mlfilter: probability 'inf' is an error
$ awk -F '\t' -v OFS='\t' -v v='inf' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'p_b': probability is not finite: 'inf'
? 1
