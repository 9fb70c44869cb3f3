# mlnull: feature value '-1e999' is valid: the same result as 1
$ awk -F '\t' -v OFS='\t' -v v='1' 'NR == 4 { $3 = v } 1' data/feat.tsv | mlnull 2>/dev/null | cut -f 1,2,4- >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='-1e999' 'NR == 4 { $3 = v } 1' data/feat.tsv | mlnull >$TMPDIR/o; s=$?
$ cut -f 1,2,4- $TMPDIR/o >$TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
