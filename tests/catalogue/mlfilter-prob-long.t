# mlfilter: probability '0.50000000000000000000000000000000001' is valid: the same result as 0.5
$ awk -F '\t' -v OFS='\t' -v v='0.5' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter 2>/dev/null | cut -f 1-3,5- >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='0.50000000000000000000000000000000001' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter >$TMPDIR/o; s=$?
$ cut -f 1-3,5- $TMPDIR/o >$TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
