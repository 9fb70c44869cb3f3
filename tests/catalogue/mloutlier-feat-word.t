# mloutlier: feature value 'abc' is an error
$ awk -F '\t' -v OFS='\t' -v v='abc' 'NR == 4 { $3 = v } 1' data/feat.tsv | mloutlier
! mloutlier: <stdin>:4: column 'f_y': feature value is not a number: 'abc'
? 1
