# --id COL names the examples (text in JSON and in the text report's index)
$ printf 'name\tlabels\tp_cat\tp_dog\nr0\tcat\t0.9\t0.1\nr1\tcat\t0.8\t0.2\nr2\tcat\t0.95\t0.3\nr3\tdog\t0.1\t0.9\nr4\tdog\t0.2\t0.85\nr5\tdog\t0.05\t0.7\nr6\tcat,dog\t0.9\t0.8\nr7\tcat,dog\t0.7\t0.9\nr8\tcat\t0.1\t0.9\nr9\tdog\t0.9\t0.2\nr10\t\t0.1\t0.1\nr11\tcat,dog\t0.2\t0.8\n' >"$TMPDIR/tiny.tsv"
$ mlreport --id name --format json "$TMPDIR/tiny.tsv" | grep '"id"'
$ mlreport --id name --top 2 "$TMPDIR/tiny.tsv" | sed -n '/^Examples/,/^$/p'
>       "id": "r8",
>       "id": "r9",
>       "id": "r11",
> Examples representing most severe instances of this issue:
>     label_score given_label predicted_label issue_classes
> r8         0.10       [cat]           [dog]  [-cat, +dog]
> r9         0.12       [dog]           [cat]  [+cat, -dog]
>
