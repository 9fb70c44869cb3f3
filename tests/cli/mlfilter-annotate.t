# --annotate: issue_classes says which classes look wrong (cleanlab's per-class flags for row 6: c1 and c2), suggested_labels (last, after issue_<class>) is the given labels with them applied: 0,1 -c1 +c2 -> c0,c2; row 7 keeps its c0
$ mlfilter --annotate --per-class ../conformance/quickstart/input.tsv | awk -F "\t" "NR == 1 || \$1 == 6 || \$1 == 7" | cut -f1,2,6-
> id	labels	is_label_issue	issue_classes	issue_c0	issue_c1	issue_c2	suggested_labels
> 6	0,1	1	-c1,+c2	0	1	1	c0,c2
> 7	0	0		0	0	0	c0
