# mlreport: a class index = K: 3
$ awk -F '\t' -v OFS='\t' -v v='3' 'NR == 3 { $2 = v } 1' data/base.tsv | mlreport
! mlreport: <stdin>:3: column 'labels': class index out of range (3 classes: 0 to 2): '3'
? 1
