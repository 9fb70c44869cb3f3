# int2onehot: a pandas list column written unjoined (['a', 'c']): say to join with ','
$ awk -F '\t' -v OFS='\t' -v v="['a', 'c']" 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot >/dev/null
! int2onehot: <stdin>:3: column 'labels': a Python list, not a label list: join the classes with ',' (pandas: df.labels.str.join(",")): '['a', 'c']'
? 1
