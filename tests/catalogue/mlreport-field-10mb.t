# mlreport: a 10 MB pass-through field is no problem
$ awk 'BEGIN { s = "x"; while (length(s) < 10485760) s = s s; s = substr(s, 1, 10485760) } { print $0 "\t" (NR == 1 ? "note" : NR == 8 ? s : "n") }' data/base.tsv >$TMPDIR/in
$ mlreport data/base.tsv >$TMPDIR/want 2>/dev/null
$ timeout 180 mlreport $TMPDIR/in >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
