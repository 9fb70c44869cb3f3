# mlreport: probability '' is an error
$ awk -F '\t' -v OFS='\t' -v v='' 'NR == 3 { $4 = v } 1' data/base.tsv | mlreport
! mlreport: <stdin>:3: column 'p_b': probability is empty: ''
? 1
