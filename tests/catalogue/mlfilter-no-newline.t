# mlfilter: no newline after the last row: the same result as with it
$ mlfilter data/base.tsv >$TMPDIR/want 2>/dev/null
$ mlfilter data/no-newline.tsv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
