# onehot2int: a carriage return inside a field (not a line end) is refused
$ onehot2int data/onehot-cr-field.tsv
> id	labels
> r1	a
! onehot2int: data/onehot-cr-field.tsv:3: carriage return inside a field
? 1
