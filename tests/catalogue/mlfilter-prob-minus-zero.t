# mlfilter: probability '-0' is valid: the same result as 0
$ awk -F '\t' -v OFS='\t' -v v='0' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter 2>/dev/null | cut -f 1-3,5- >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='-0' 'NR == 3 { $4 = v } 1' data/base.tsv | mlfilter >$TMPDIR/o; s=$?
$ cut -f 1-3,5- $TMPDIR/o >$TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
