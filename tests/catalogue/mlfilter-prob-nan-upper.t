# mlfilter: probability 'NaN' is an error
$ awk -F '\t' -v OFS='\t' -v v='NaN' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter
! mlfilter: <stdin>:3: column 'p_b': probability is NaN: 'NaN'
? 1
