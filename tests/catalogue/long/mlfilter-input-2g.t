# mlfilter: more than 2^31 bytes of input (2,200,000 rows of 1 KB) from a pipe, read twice: 275,000 copies each of r7 and r8 are flagged, as in data/base.tsv
$ awk -v n=2200000 'NR == 1 { h = $0; next } { row[m++] = $0 } END { pad = sprintf("%1000s", ""); gsub(/ /, "p", pad); print h "\tpad"; for (i = 0; i < n; i++) print row[i % m] "\t" pad }' data/base.tsv | { mlfilter; echo "exit $?" >$TMPDIR/st; } | cut -f 1-5 | awk 'END { print NR; print }'
$ cat $TMPDIR/st
> 550001
> r8	1	0.8	0.6	0.1
> exit 0
