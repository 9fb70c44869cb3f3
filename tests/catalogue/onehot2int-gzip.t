# onehot2int: gzip-compressed input is recognised by its magic, with a hint to zcat
$ gzip -c data/onehot.tsv | onehot2int
! onehot2int: <stdin>: gzip-compressed data; decompress it first with zcat
? 1
