# mlnoniid: feature value '-1e999' is an error
$ awk -F '\t' -v OFS='\t' -v v='-1e999' 'NR == 4 { $3 = v } 1' data/feat.tsv | mlnoniid
! mlnoniid: <stdin>:4: column 'f_y': feature value is not finite: '-1e999'
? 1
