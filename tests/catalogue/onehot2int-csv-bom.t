# onehot2int: with -d , a UTF-8 byte order mark (and CRLF) is skipped: the same output as without
$ tr '\t' , <data/onehot.tsv | onehot2int -d , >$TMPDIR/want
$ { printf '\357\273\277'; tr '\t' , <data/onehot.tsv | sed 's/$/\r/'; } | onehot2int -d , >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
