# onehot2int: no newline after the last row: the same result as with it
$ onehot2int data/onehot.tsv >$TMPDIR/want 2>/dev/null
$ onehot2int data/onehot-no-newline.tsv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
