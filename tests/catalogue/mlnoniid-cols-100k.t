# mlnoniid: 100,000 columns (pass-through) are no problem
$ awk '{ printf "%s", $0; for (i = 1; i <= 100000; i++) printf "\t%s", NR == 1 ? "x" i : i % 10; printf "\n" }' data/feat.tsv >$TMPDIR/in
$ mlnoniid data/feat.tsv >$TMPDIR/want 2>/dev/null
$ timeout 180 mlnoniid $TMPDIR/in >$TMPDIR/got; s=$?
$ k=$(head -n 1 $TMPDIR/got | tr '\t' '\n' | grep -n '^x1$' | cut -d : -f 1)
$ cut -f 1-$((k - 1)),$((k + 100000))- $TMPDIR/got >$TMPDIR/g
$ cmp -s $TMPDIR/want $TMPDIR/g && echo same || echo differs
$ head -n 1 $TMPDIR/got | tr '\t' '\n' | wc -l | tr -d ' '; exit $s
> same
> 100005
