# mlnoniid: feature value '.5' is valid: the same result as 0.5
$ awk -F '\t' -v OFS='\t' -v v='0.5' 'NR == 4 { $3 = v } 1' data/feat.tsv | mlnoniid 2>/dev/null | cut -f 1,2,4- >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='.5' 'NR == 4 { $3 = v } 1' data/feat.tsv | mlnoniid >$TMPDIR/o; s=$?
$ cut -f 1,2,4- $TMPDIR/o >$TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
