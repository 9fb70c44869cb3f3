# int2onehot: '01' is class 1
$ awk -F '\t' -v OFS='\t' -v v='1' 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot 2>/dev/null >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='01' 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot >$TMPDIR/o; s=$?
$ cp $TMPDIR/o $TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
