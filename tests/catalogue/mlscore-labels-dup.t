# mlscore: a class listed twice counts once (a warning)
$ awk -F '\t' -v OFS='\t' -v v='1' 'NR == 3 { $2 = v } 1' data/base.tsv | mlscore 2>/dev/null | cut -f 1,3- >$TMPDIR/want
$ awk -F '\t' -v OFS='\t' -v v='1,1' 'NR == 3 { $2 = v } 1' data/base.tsv | mlscore >$TMPDIR/o; s=$?
$ cat $TMPDIR/o | cut -f 1,3- >$TMPDIR/got
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
! mlscore: warning: <stdin>:3: a class is listed twice in a label list; duplicates collapse (reported once)
