# onehot2int: a row with a field more than the header
$ onehot2int data/onehot-ragged-long.tsv
> id	labels
> r1	a
! onehot2int: data/onehot-ragged-long.tsv:3: row has 5 fields, the header has 4
? 1
