# onehot2int: an empty line after the last row is a ragged row, not the end
$ onehot2int data/onehot-blank-line.tsv
> id	labels
> r1	a
> r2	b
> r3	a,c
> r4	c
> r5	
> r6	b,c
! onehot2int: data/onehot-blank-line.tsv:8: row has 1 field, the header has 4
? 1
