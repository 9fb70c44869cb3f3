# mlfilter: a gzip-compressed file is recognised by its magic; the hint names it
$ gzip -c data/base.tsv >$TMPDIR/in.gz; cd $TMPDIR; mlfilter in.gz
! mlfilter: in.gz: gzip-compressed data; decompress it first, e.g. zcat in.gz | mlfilter
? 1
