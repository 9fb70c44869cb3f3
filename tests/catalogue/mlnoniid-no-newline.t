# mlnoniid: no newline after the last row: the same result as with it
$ mlnoniid data/feat.tsv >$TMPDIR/want 2>/dev/null
$ mlnoniid data/feat-no-newline.tsv >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
