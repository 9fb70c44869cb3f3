# mlfilter: gzip-compressed input is recognised by its magic, with a hint to zcat
$ gzip -c data/base.tsv | mlfilter
! mlfilter: <stdin>: gzip-compressed data; decompress it first with zcat
? 1
