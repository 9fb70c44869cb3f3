# mlfilter: with -d , a UTF-8 byte order mark (and CRLF) is skipped: the same output as without
$ mlfilter -d , data/base.csv >$TMPDIR/want
$ mlfilter -d , data/excel.csv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
