# onehot2int: an empty file (not even a header) is an error
$ onehot2int data/empty.tsv
! onehot2int: data/empty.tsv: empty input: no header line
? 1
