# issue 17: the calibrated joint's total is summed column by column, as numpy sums cleanlab's Fortran-ordered joint.
# Class b: 267 rows without it (177 p=0.05, 9 p=0.9, 81 p=0.4), 102 with it (p 0.1..0.14, 0.3..0.33, 38 x 0.6, 55 x 0.9).
# t0 = mean q without b = (177*0.95 + 9*0.1 + 81*0.6)/267 = 0.81517, t1 = mean p with b = 74.16/102 = 0.72706, so
# raw = [[177, 9], [5, 55]] (p=0.4 and p=0.6 rows confident on neither side); calibrated A = [[254.08.., 12.91..], [8.5, 93.5]],
# T = 369.00000000000006 column by column, row 1 just under [8.5, 93.5] rounds to [8, 93] and the lost unit goes to
# n10: [9, 93] (row by row T = 369.0 and [8, 94]).  prune_by_noise_rate flags the 9 lowest p with b (0.1 .. 0.33, all
# kept by the agreement rule as p < 0.5; with 8 the 0.33 row is missed) and the 13 highest p without b: the nine
# p=0.9 rows stay, the four p=0.4 rows are unflagged by the agreement rule.  Class a (p 0.8 given, 0.2 not) flags
# nothing.  18 rows flagged: health score 1 - 18/369 = 0.9512.
$ awk 'BEGIN { OFS = "\t"; print "id", "labels", "p_a", "p_b"
$   for (i = 0; i < 177; i++) print "r" ++n, "a", 0.8, 0.05
$   for (i = 0; i < 9; i++) print "r" ++n, "a", 0.8, 0.9
$   for (i = 0; i < 81; i++) print "r" ++n, "a", 0.8, 0.4
$   split("0.1 0.11 0.12 0.13 0.14 0.3 0.31 0.32 0.33", low, " ")
$   for (i = 1; i <= 9; i++) print "r" ++n, "b", 0.2, low[i]
$   for (i = 0; i < 38; i++) print "r" ++n, "b", 0.2, 0.6
$   for (i = 0; i < 55; i++) print "r" ++n, "b", 0.2, 0.9 }' >"$TMPDIR/cal.tsv"
$ mlfilter --annotate --joint "$TMPDIR/joint.tsv" "$TMPDIR/cal.tsv" | awk -F '\t' 'NR == 1 || $5 == 1' | cut -f1-6
$ cut -f1,3-10 "$TMPDIR/joint.tsv"
$ mlreport "$TMPDIR/cal.tsv" | grep 'health score'
> id	labels	p_a	p_b	is_label_issue	issue_classes
> r178	a	0.8	0.9	1	+b
> r179	a	0.8	0.9	1	+b
> r180	a	0.8	0.9	1	+b
> r181	a	0.8	0.9	1	+b
> r182	a	0.8	0.9	1	+b
> r183	a	0.8	0.9	1	+b
> r184	a	0.8	0.9	1	+b
> r185	a	0.8	0.9	1	+b
> r186	a	0.8	0.9	1	+b
> r268	b	0.2	0.1	1	-b
> r269	b	0.2	0.11	1	-b
> r270	b	0.2	0.12	1	-b
> r271	b	0.2	0.13	1	-b
> r272	b	0.2	0.14	1	-b
> r273	b	0.2	0.3	1	-b
> r274	b	0.2	0.31	1	-b
> r275	b	0.2	0.32	1	-b
> r276	b	0.2	0.33	1	-b
> class	n00	n01	n10	n11	raw_n00	raw_n01	raw_n10	raw_n11
> a	102	0	0	267	102	0	0	267
> b	254	13	9	93	177	9	5	55
> Overall multilabel health score: 0.9512
