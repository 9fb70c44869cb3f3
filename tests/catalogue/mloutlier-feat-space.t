# mloutlier: feature value ' 0.5' is an error
$ awk -F '\t' -v OFS='\t' -v v=' 0.5' 'NR == 4 { $3 = v } 1' data/feat.tsv | mloutlier
! mloutlier: <stdin>:4: column 'f_y': feature value is not a number: ' 0.5'
? 1
