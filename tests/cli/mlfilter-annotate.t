# --annotate: issue_classes says which classes look wrong (cleanlab's per-class flags for row 6: c1 and c2)
$ mlfilter --annotate --per-class ../conformance/quickstart/input.tsv | awk -F "\t" "NR == 1 || \$1 == 6 || \$1 == 7" | cut -f1,2,6-
> id	labels	is_label_issue	issue_classes	issue_c0	issue_c1	issue_c2
> 6	0,1	1	-c1,+c2	0	1	1
> 7	0	0		0	0	0
