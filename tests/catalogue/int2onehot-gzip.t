# int2onehot: gzip-compressed input is recognised by its magic, with a hint to zcat
$ gzip -c data/base.tsv | int2onehot
! int2onehot: <stdin>: gzip-compressed data; decompress it first with zcat
? 1
