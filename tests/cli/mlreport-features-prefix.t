# --feature-prefix names the feature columns; --top sets the rows per section
$ sed '1s/f_/emb_/g' ../../examples/quickstart-features.tsv >"$TMPDIR/emb.tsv"
$ mlreport --features --feature-prefix emb_ --top 2 "$TMPDIR/emb.tsv" | sed -n '/^Examples/,/^$/p'
> Examples representing most severe instances of this issue:
>      is_label_issue  label_score given_label predicted_label
> 275            True       0.0012      [0, 1]             [2]
> 267            True       0.0144      [0, 1]             [2]
>
> Examples representing most severe instances of this issue:
>      is_outlier_issue  outlier_score
> 186              True       0.000839
> 107              True       0.008125
>
> Examples representing most severe instances of this issue:
>      is_near_duplicate_issue  near_duplicate_score near_duplicate_sets  distance_to_nearest_neighbor
> 18                      True              0.064089               [163]                      0.011477
> 163                     True              0.064089                [18]                      0.011477
>
> Examples representing most severe instances of this issue:
>      is_non_iid_issue  non_iid_score
> 39               True       0.639095
> 151             False       0.649009
>
