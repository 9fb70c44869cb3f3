# mlnoniid: a 10 MB pass-through field is no problem
$ awk 'BEGIN { s = "x"; while (length(s) < 10485760) s = s s; s = substr(s, 1, 10485760) } { print $0 "\t" (NR == 1 ? "note" : NR == 8 ? s : "n") }' data/feat.tsv >$TMPDIR/in
$ mlnoniid data/feat.tsv >$TMPDIR/want 2>/dev/null
$ timeout 180 mlnoniid $TMPDIR/in >$TMPDIR/got; s=$?
$ k=$(head -n 1 $TMPDIR/got | tr '\t' '\n' | grep -n '^note$' | cut -d : -f 1)
$ cut -f 1-$((k - 1)),$((k + 1))- $TMPDIR/got >$TMPDIR/g
$ cmp -s $TMPDIR/want $TMPDIR/g && echo same || echo differs
$ cut -f $k $TMPDIR/got | wc -L; exit $s
> same
> 10485760
