# int2onehot: more than 2^31 bytes of input (2,200,000 rows of 1 KB), through a pipe
$ awk -v n=2200000 'NR == 1 { h = $0; next } { row[m++] = $0 } END { pad = sprintf("%1000s", ""); gsub(/ /, "p", pad); print h "\tpad"; for (i = 0; i < n; i++) print row[i % m] "\t" pad }' data/base.tsv | { int2onehot; echo "exit $?" >$TMPDIR/st; } | cut -f 1-4 | awk 'END { print NR; print }'
$ cat $TMPDIR/st
> 2200001
> r8	0	1	0
> exit 0
