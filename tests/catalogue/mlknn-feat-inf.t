# mlknn: feature value 'inf' is an error
$ awk -F '\t' -v OFS='\t' -v v='inf' 'NR == 4 { $3 = v } 1' data/feat.tsv | mlknn
! mlknn: <stdin>:4: column 'f_y': feature value is not finite: 'inf'
? 1
