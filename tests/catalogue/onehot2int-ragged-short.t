# onehot2int: a row with a field less than the header
$ onehot2int data/onehot-ragged-short.tsv
> id	labels
> r1	a
! onehot2int: data/onehot-ragged-short.tsv:3: row has 3 fields, the header has 4
? 1
