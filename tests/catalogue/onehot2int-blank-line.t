# onehot2int: an empty line after the last row is a ragged row, not the end
$ onehot2int data/onehot-blank-line.tsv
> id	labels
> r1	0
> r2	1
> r3	0,2
> r4	2
> r5	
> r6	1,2
! onehot2int: data/onehot-blank-line.tsv:8: row has 1 field, the header has 4
? 1
