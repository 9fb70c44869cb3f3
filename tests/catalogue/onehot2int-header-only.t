# onehot2int: a header and no rows: the converters print the header and succeed
$ onehot2int data/onehot-header-only.tsv
> id	labels
