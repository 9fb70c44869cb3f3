# int2onehot: no newline after the last row: the same result as with it
$ int2onehot data/base.tsv >$TMPDIR/want 2>/dev/null
$ int2onehot data/no-newline.tsv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
