# mlreport: with -d , a UTF-8 byte order mark (and CRLF) is skipped: the same output as without
$ mlreport -d , data/base.csv >$TMPDIR/want
$ mlreport -d , data/excel.csv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
