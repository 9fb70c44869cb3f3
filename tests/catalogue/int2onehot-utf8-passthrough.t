# int2onehot: invalid UTF-8 in a pass-through column passes through untouched
$ int2onehot data/base.tsv >$TMPDIR/want 2>/dev/null
$ int2onehot data/utf8-passthrough.tsv >$TMPDIR/got; s=$?
$ cut -f 2- $TMPDIR/want >$TMPDIR/w; cut -f 2- $TMPDIR/got >$TMPDIR/g
$ cmp -s $TMPDIR/w $TMPDIR/g && echo same || echo differs
$ cut -f 1 $TMPDIR/got | od -An -c | tr -s " "; exit $s
> same
>  i d \n r 1 \n r 2 377 376 \n r 3 \n r 4
>  \n r 5 \n r 6 \n r 7 303 ( \n r 8 \n
