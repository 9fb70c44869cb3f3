# --drop-class leaves a class given to every example out: the same flagged rows as the file without its p_ column and labels
$ awk -F '\t' -v OFS='\t' 'NR > 1 { n = split($2, l, ","); s = ""; for (i = 1; i <= n; i++) if (l[i] != 1) s = s (s == "" ? "" : ",") (l[i] == 2 ? 1 : 0); $2 = s } { print $1, $2, $3, $5 }' ../conformance/class_in_every_row/input.tsv >$TMPDIR/without.tsv
$ mlfilter $TMPDIR/without.tsv | cut -f1 >$TMPDIR/want
$ mlfilter --drop-class c1 ../conformance/class_in_every_row/input.tsv >$TMPDIR/got; s=$?
$ head -1 $TMPDIR/got
$ cut -f1 $TMPDIR/got | cmp -s - $TMPDIR/want && echo same rows; test $(wc -l <$TMPDIR/want) -gt 1 && echo some flagged; exit $s
> id	labels	p_c0	p_c1	p_c2
> same rows
> some flagged
