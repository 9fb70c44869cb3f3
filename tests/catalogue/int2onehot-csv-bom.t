# int2onehot: with -d , a UTF-8 byte order mark (and CRLF) is skipped: the same output as without
$ int2onehot -d , data/base.csv >$TMPDIR/want
$ int2onehot -d , data/excel.csv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
