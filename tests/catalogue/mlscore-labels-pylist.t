# mlscore: a pandas list column written unjoined (['a', 'c']): say to join with ','
$ awk -F '\t' -v OFS='\t' -v v="['a', 'c']" 'NR == 3 { $2 = v } 1' data/base.tsv | mlscore >/dev/null
! mlscore: <stdin>:3: column 'labels': a Python list, not a label list: join the classes with ',' (pandas: df.labels.str.join(",")): '['a', 'c']'
? 1
