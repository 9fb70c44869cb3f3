# mlreport: probability '-0' is valid: the same result as 0
$ awk -F '\t' -v OFS='\t' -v v='0' 'NR == 3 { $4 = v } 1' data/base.tsv | mlreport 2>/dev/null >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='-0' 'NR == 3 { $4 = v } 1' data/base.tsv | mlreport >$TMPDIR/o; s=$?
$ cp $TMPDIR/o $TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
