# mlreport: probability '+0.5' is valid: the same result as 0.5
$ awk -F '\t' -v OFS='\t' -v v='0.5' 'NR == 3 { $4 = v } 1' data/base.tsv | mlreport 2>/dev/null >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='+0.5' 'NR == 3 { $4 = v } 1' data/base.tsv | mlreport >$TMPDIR/o; s=$?
$ cp $TMPDIR/o $TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
