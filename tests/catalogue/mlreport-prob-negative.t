# mlreport: probability '-0.1' is an error
$ awk -F '\t' -v OFS='\t' -v v='-0.1' 'NR == 3 { $4 = v } 1' data/base.tsv | mlreport
! mlreport: <stdin>:3: column 'p_b': probability is outside [0, 1]: '-0.1'
? 1
