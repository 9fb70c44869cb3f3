# onehot2int: a UTF-8 byte order mark is refused with a hint
$ onehot2int data/onehot-bom.tsv
! onehot2int: data/onehot-bom.tsv:1: starts with a UTF-8 byte order mark; remove it, e.g. sed '1s/^\xEF\xBB\xBF//'
? 1
