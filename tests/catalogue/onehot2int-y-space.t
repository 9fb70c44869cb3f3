# onehot2int: one-hot value ' 1' is an error
$ awk -F '\t' -v OFS='\t' -v v=' 1' 'NR == 3 { $3 = v } 1' data/onehot.tsv | onehot2int
> id	labels
> r1	a
! onehot2int: <stdin>:3: column 'y_b': one-hot value must be 0 or 1: ' 1'
? 1
