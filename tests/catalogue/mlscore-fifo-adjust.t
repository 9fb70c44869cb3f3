# mlscore: --adjust reads its input twice; a FIFO (as from `mlscore --adjust <(zcat f.gz)`) must still work, not hang or look empty
$ mkfifo $TMPDIR/f
$ cat data/base.tsv >$TMPDIR/f &
$ timeout 10 mlscore --adjust $TMPDIR/f >$TMPDIR/got; s=$?
$ mlscore --adjust data/base.tsv | cmp -s - $TMPDIR/got && echo same || echo differs; exit $s
> same
