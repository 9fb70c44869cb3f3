# make demo's input: 30 issues, the tutorial's most severe examples first (275, 267, 225, 72, 171)
$ mlreport --top 5 ../../examples/quickstart.tsv | sed -n '/^Number of examples/p; /^Examples/,/^$/p; /^Audit/p'
> Number of examples with this issue: 30
> Examples representing most severe instances of this issue:
>      label_score   given_label predicted_label    issue_classes
> 275       0.0012      [c0, c1]            [c2]  [-c0, -c1, +c2]
> 267       0.0144      [c0, c1]            [c2]  [-c0, -c1, +c2]
> 225       0.0228      [c0, c1]            [c2]  [-c0, -c1, +c2]
> 72        0.0396  [c0, c1, c2]            [c0]       [-c1, -c2]
> 171       0.0400          [c0]            [c1]       [-c0, +c1]
>
> Audit complete. 30 issues found in the dataset.
