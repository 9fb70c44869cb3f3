# mlnull: more than 2^31 bytes of input (2,200,000 rows of 1 KB), through a pipe
$ awk 'BEGIN { pad = sprintf("%1000s", ""); gsub(/ /, "p", pad); print "id\tf_x\tpad"; for (i = 0; i < 2200000; i++) print i "\t" (i % 2 ? "nan" : "0.5") "\t" pad }' | { mlnull; echo "exit $?" >$TMPDIR/st; } | cut -f 1,2,4- | awk 'END { print NR; print }'
$ cat $TMPDIR/st
> 2200001
> 2199999	nan	0.0	1
> exit 0
