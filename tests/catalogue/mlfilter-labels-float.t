# mlfilter: a class index written as a float: 1.0
$ awk -F '\t' -v OFS='\t' -v v='1.0' 'NR == 3 { $2 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'labels': class index is not an integer: '1.0'
? 1
