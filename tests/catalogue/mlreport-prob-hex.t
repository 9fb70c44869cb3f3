# mlreport: probability '0x1p-3' is an error
$ awk -F '\t' -v OFS='\t' -v v='0x1p-3' 'NR == 3 { $4 = v } 1' data/base.tsv | mlreport
! mlreport: <stdin>:3: column 'p_b': probability is not a number: '0x1p-3'
? 1
