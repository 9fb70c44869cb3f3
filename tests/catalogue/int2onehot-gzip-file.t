# int2onehot: a gzip-compressed file is recognised by its magic; the hint names it
$ gzip -c data/base.tsv >$TMPDIR/in.gz; cd $TMPDIR; int2onehot in.gz
! int2onehot: in.gz: gzip-compressed data; decompress it first, e.g. zcat in.gz | int2onehot
? 1
