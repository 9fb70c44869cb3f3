# mlreport: a line of 50 MB is no problem
$ awk 'BEGIN { s = "x"; while (length(s) < 52428800) s = s s; s = substr(s, 1, 52428800) } { print $0 "\t" (NR == 1 ? "note" : NR == 8 ? s : "n") }' data/base.tsv >$TMPDIR/in
$ mlreport data/base.tsv >$TMPDIR/want 2>/dev/null
$ timeout 400 mlreport $TMPDIR/in >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
