# mlfilter: a class index with a leading space:  1
$ awk -F '\t' -v OFS='\t' -v v=' 1' 'NR == 3 { $2 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'labels': unknown class name: ' 1' (no column 'p_ 1'; the classes are a, b, c)
? 1
