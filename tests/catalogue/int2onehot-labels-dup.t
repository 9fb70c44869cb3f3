# int2onehot: a class listed twice counts once (a warning)
$ awk -F '\t' -v OFS='\t' -v v='1' 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot 2>/dev/null >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='1,1' 'NR == 3 { $2 = v } 1' data/base.tsv | int2onehot >$TMPDIR/o; s=$?
$ cp $TMPDIR/o $TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
! int2onehot: warning: <stdin>:3: a class is listed twice in a label list; duplicates collapse (reported once)
