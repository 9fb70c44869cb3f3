# int2onehot: CSV (-d ,) with CRLF line ends gives the same result as with LF
$ int2onehot -d , data/base.csv >$TMPDIR/want 2>/dev/null
$ int2onehot -d , data/crlf.csv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
