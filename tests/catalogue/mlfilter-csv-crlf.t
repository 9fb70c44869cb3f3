# mlfilter: CSV (-d ,) with CRLF line ends gives the same result as with LF
$ mlfilter -d , data/base.csv >$TMPDIR/want 2>/dev/null
$ mlfilter -d , data/crlf.csv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
