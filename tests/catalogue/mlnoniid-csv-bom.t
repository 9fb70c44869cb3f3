# mlnoniid: with -d , a UTF-8 byte order mark (and CRLF) is skipped: the same output as without
$ tr '\t' , <data/feat.tsv | mlnoniid -d , >$TMPDIR/want
$ { printf '\357\273\277'; tr '\t' , <data/feat.tsv | sed 's/$/\r/'; } | mlnoniid -d , >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
