# a score or filter option recomputes label_score and is_label_issue, ignoring the stream's columns
$ printf 'name\tlabels\tp_cat\tp_dog\tlabel_score\tis_label_issue\tissue_classes\nr0\tcat\t0.9\t0.1\t0.5\t1\t-cat\nr1\tcat\t0.8\t0.2\t0.9\t0\t\nr2\tcat\t0.95\t0.3\t0.9\t0\t\nr3\tdog\t0.1\t0.9\t0.25\t1\t+cat,-dog\nr4\tdog\t0.2\t0.85\t0.9\t0\t\nr5\tdog\t0.05\t0.7\t0.9\t0\t\nr6\tcat,dog\t0.9\t0.8\t0.9\t0\t\nr7\tcat,dog\t0.7\t0.9\t0.9\t0\t\nr8\tcat\t0.1\t0.9\t0.9\t0\t\nr9\tdog\t0.9\t0.2\t0.9\t0\t\nr10\t\t0.1\t0.1\t0.9\t0\t\nr11\tcat,dog\t0.2\t0.8\t0.1\t0\t\n' >"$TMPDIR/cols.tsv"
$ mlreport --id name -f prune_by_noise_rate -m normalized_margin "$TMPDIR/cols.tsv" | sed -n '/^Examples/,/^$/p; /^Audit/p'
> Examples representing most severe instances of this issue:
>      label_score given_label predicted_label issue_classes
> r8          0.10       [cat]           [dog]  [-cat, +dog]
> r9          0.12       [dog]           [cat]  [+cat, -dog]
> r11         0.32  [cat, dog]           [dog]        [-cat]
>
> Audit complete. 3 issues found in the dataset.
