# mlfilter: invalid UTF-8 in a pass-through column passes through untouched
$ mlfilter data/base.tsv >$TMPDIR/want 2>/dev/null
$ mlfilter data/utf8-passthrough.tsv >$TMPDIR/got; s=$?
$ cut -f 2- $TMPDIR/want >$TMPDIR/w; cut -f 2- $TMPDIR/got >$TMPDIR/g
$ cmp -s $TMPDIR/w $TMPDIR/g && echo same || echo differs
$ cut -f 1 $TMPDIR/got | od -An -c | tr -s " "; exit $s
> same
>  i d \n r 7 303 ( \n r 8 \n
