# mldups: a gzip-compressed file is recognised by its magic; the hint names it
$ gzip -c data/feat.tsv >$TMPDIR/in.gz; cd $TMPDIR; mldups in.gz
! mldups: in.gz: gzip-compressed data; decompress it first, e.g. zcat in.gz | mldups
? 1
