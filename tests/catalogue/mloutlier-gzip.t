# mloutlier: gzip-compressed input is recognised by its magic, with a hint to zcat
$ gzip -c data/feat.tsv | mloutlier
! mloutlier: <stdin>: gzip-compressed data; decompress it first with zcat
? 1
