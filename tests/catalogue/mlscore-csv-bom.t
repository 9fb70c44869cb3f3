# mlscore: with -d , a UTF-8 byte order mark (and CRLF) is skipped: the same output as without
$ mlscore -d , data/base.csv >$TMPDIR/want
$ mlscore -d , data/excel.csv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
