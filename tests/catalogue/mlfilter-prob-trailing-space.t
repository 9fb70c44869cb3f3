# mlfilter: probability '0.5 ' is an error
$ awk -F '\t' -v OFS='\t' -v v='0.5 ' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'p_b': probability is not a number: '0.5 '
? 1
