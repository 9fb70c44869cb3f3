# mlnoniid: invalid UTF-8 in a pass-through column passes through untouched
$ mlnoniid data/feat.tsv >$TMPDIR/want 2>/dev/null
$ mlnoniid data/feat-utf8-passthrough.tsv >$TMPDIR/got; s=$?
$ cut -f 2- $TMPDIR/want >$TMPDIR/w; cut -f 2- $TMPDIR/got >$TMPDIR/g
$ cmp -s $TMPDIR/w $TMPDIR/g && echo same || echo differs
$ cut -f 1 $TMPDIR/got | od -An -c | tr -s " "; exit $s
> same
>  i d \n 0 \n 1 377 376 \n 2 \n 3 \n 4 \n 5
>  \n 6 303 ( \n 7 \n 8 \n 9 \n 1 0 \n 1 1
>  \n 1 2 \n
