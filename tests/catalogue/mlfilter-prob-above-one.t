# mlfilter: probability '1.0000001' is an error
$ awk -F '\t' -v OFS='\t' -v v='1.0000001' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'p_b': probability is outside [0, 1]: '1.0000001'
? 1
