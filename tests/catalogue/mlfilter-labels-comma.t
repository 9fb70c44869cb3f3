# mlfilter: a label list that is only ',': ,
$ awk -F '\t' -v OFS='\t' -v v=',' 'NR == 3 { $2 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'labels': empty class in the label list (classes are joined with a single ','): ','
? 1
