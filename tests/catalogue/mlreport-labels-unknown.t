# mlreport: an unknown class name: d
$ awk -F '\t' -v OFS='\t' -v v='d' 'NR == 3 { $2 = v } 1' data/base.tsv | mlreport
! mlreport: <stdin>:3: column 'labels': unknown class name: 'd' (no column 'p_d'; the classes are a, b, c)
? 1
