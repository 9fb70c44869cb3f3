# mldups: feature value '0x1p-3' is an error
$ awk -F '\t' -v OFS='\t' -v v='0x1p-3' 'NR == 4 { $3 = v } 1' data/feat.tsv | mldups
! mldups: <stdin>:4: column 'f_y': feature value is not a number: '0x1p-3'
? 1
