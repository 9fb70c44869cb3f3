# mlfilter: probability '1e999' is an error
$ awk -F '\t' -v OFS='\t' -v v='1e999' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'p_b': probability is not finite: '1e999'
? 1
