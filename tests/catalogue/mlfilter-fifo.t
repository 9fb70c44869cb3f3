# mlfilter: reads its input twice; a FIFO (as from `mlfilter <(zcat f.gz)`) must still work, not hang
$ mkfifo $TMPDIR/f
$ cat data/base.tsv >$TMPDIR/f &
$ timeout 10 mlfilter $TMPDIR/f >$TMPDIR/got; s=$?
$ mlfilter data/base.tsv | cmp -s - $TMPDIR/got && echo same || echo differs; exit $s
> same
