# mloutlier: a missing feature value (''): the kNN graph needs every feature
$ awk -F '\t' -v OFS='\t' -v v='' 'NR == 4 { $3 = v } 1' data/feat.tsv | mloutlier
! mloutlier: <stdin>:4: column 'f_y': missing feature value (the kNN graph needs every feature): ''
? 1
