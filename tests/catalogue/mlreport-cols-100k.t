# mlreport: 100,000 columns (pass-through) are no problem
$ awk '{ printf "%s", $0; for (i = 1; i <= 100000; i++) printf "\t%s", NR == 1 ? "x" i : i % 10; printf "\n" }' data/base.tsv >$TMPDIR/in
$ mlreport data/base.tsv >$TMPDIR/want 2>/dev/null
$ timeout 180 mlreport $TMPDIR/in >$TMPDIR/got; s=$?
$ cmp -s $TMPDIR/want $TMPDIR/got && echo same || echo differs; exit $s
> same
