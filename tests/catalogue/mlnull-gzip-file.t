# mlnull: a gzip-compressed file is recognised by its magic; the hint names it
$ gzip -c data/feat.tsv >$TMPDIR/in.gz; cd $TMPDIR; mlnull in.gz
! mlnull: in.gz: gzip-compressed data; decompress it first, e.g. zcat in.gz | mlnull
? 1
