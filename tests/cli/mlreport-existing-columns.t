# label_score, is_label_issue and issue_classes already in the stream are used as given; the class tables keep cleanlab's defaults
$ printf 'name\tlabels\tp_cat\tp_dog\tlabel_score\tis_label_issue\tissue_classes\nr0\tcat\t0.9\t0.1\t0.5\t1\t-cat\nr1\tcat\t0.8\t0.2\t0.9\t0\t\nr2\tcat\t0.95\t0.3\t0.9\t0\t\nr3\tdog\t0.1\t0.9\t0.25\t1\t+cat,-dog\nr4\tdog\t0.2\t0.85\t0.9\t0\t\nr5\tdog\t0.05\t0.7\t0.9\t0\t\nr6\tcat,dog\t0.9\t0.8\t0.9\t0\t\nr7\tcat,dog\t0.7\t0.9\t0.9\t0\t\nr8\tcat\t0.1\t0.9\t0.9\t0\t\nr9\tdog\t0.9\t0.2\t0.9\t0\t\nr10\t\t0.1\t0.1\t0.9\t0\t\nr11\tcat,dog\t0.2\t0.8\t0.1\t0\t\n' >"$TMPDIR/cols.tsv"
$ mlreport --id name "$TMPDIR/cols.tsv" | sed -n '/^issue_type/,/^$/p; /^Examples/,/^$/p; /^Overall multilabel/p; /^Audit/p'
> issue_type    score  num_issues
>      label 0.745833           2
>
> Examples representing most severe instances of this issue:
>     label_score given_label predicted_label issue_classes
> r3         0.25       [dog]           [dog]  [+cat, -dog]
> r0         0.50       [cat]           [cat]        [-cat]
>
> Overall multilabel health score: 0.7500
> Audit complete. 2 issues found in the dataset.
