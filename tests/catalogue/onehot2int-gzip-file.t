# onehot2int: a gzip-compressed file is recognised by its magic; the hint names it
$ gzip -c data/onehot.tsv >$TMPDIR/in.gz; cd $TMPDIR; onehot2int in.gz
! onehot2int: in.gz: gzip-compressed data; decompress it first, e.g. zcat in.gz | onehot2int
? 1
