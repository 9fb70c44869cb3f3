# onehot2int: a NUL byte (binary data) is an error at its line
$ onehot2int data/onehot-nul.tsv
> id	labels
> r1	a
! onehot2int: data/onehot-nul.tsv:3: NUL byte in the input (binary data?)
? 1
