# -d , reads CSV (RFC 4180 quoting)
$ awk -F'\t' -v OFS=, '{ $2 = "\"" $2 "\""; print }' ../conformance/quickstart/input.tsv | mlreport -d , --top 3 | sed -n '/^Examples/,/^$/p'
> Examples representing most severe instances of this issue:
>      label_score given_label predicted_label    issue_classes
> 275       0.0012    [c0, c1]            [c2]  [-c0, -c1, +c2]
> 267       0.0144    [c0, c1]            [c2]  [-c0, -c1, +c2]
> 225       0.0228    [c0, c1]            [c2]  [-c0, -c1, +c2]
>
