# make demo's second report: the full Datalab audit of the tutorial data, cleanlab's expected_report_full.txt but for its two pointer lines
$ mlreport --features ../../examples/quickstart-features.tsv
> Dataset Information: num_examples: 280, num_classes: 3
>
> Here is a summary of various issues found in your data:
>
>     issue_type  num_issues
>          label          30
>        outlier          13
> near_duplicate           4
>        non_iid           1
>
> Learn about each issue: mlreport(1), ISSUE TYPES
> See which examples in your dataset exhibit each issue via: `mlfilter --annotate`, `mlnull`, `mloutlier`, `mldups`, `mlnoniid`
>
> Data indices corresponding to top examples of each issue are shown below.
>
>
> ----------------------- label issues -----------------------
>
> About this issue:
> 	Examples whose given label(s) are estimated to be potentially incorrect
>     (e.g. due to annotation error) are flagged as having label issues.
>     
>
> Number of examples with this issue: 30
> Overall dataset quality in terms of this issue: 0.7842
>
> Examples representing most severe instances of this issue:
>      is_label_issue  label_score given_label predicted_label
> 275            True       0.0012      [0, 1]             [2]
> 267            True       0.0144      [0, 1]             [2]
> 225            True       0.0228      [0, 1]             [2]
> 72             True       0.0396   [0, 1, 2]             [0]
> 171            True       0.0400         [0]             [1]
>
>
> ---------------------- outlier issues ----------------------
>
> About this issue:
> 	Examples that are very different from the rest of the dataset
>     (i.e. potentially out-of-distribution or rare/anomalous instances).
>     
>
> Number of examples with this issue: 13
> Overall dataset quality in terms of this issue: 0.3568
>
> Examples representing most severe instances of this issue:
>      is_outlier_issue  outlier_score
> 186              True       0.000839
> 107              True       0.008125
> 172              True       0.017320
> 227              True       0.018587
> 86               True       0.021072
>
>
> ------------------ near_duplicate issues -------------------
>
> About this issue:
> 	A (near) duplicate issue refers to two or more examples in
>     a dataset that are extremely similar to each other, relative
>     to the rest of the dataset.  The examples flagged with this issue
>     may be exactly duplicated, or lie atypically close together when
>     represented as vectors (i.e. feature embeddings).
>     
>
> Number of examples with this issue: 4
> Overall dataset quality in terms of this issue: 0.6193
>
> Examples representing most severe instances of this issue:
>      is_near_duplicate_issue  near_duplicate_score near_duplicate_sets  distance_to_nearest_neighbor
> 18                      True              0.064089               [163]                      0.011477
> 163                     True              0.064089                [18]                      0.011477
> 270                     True              0.101607               [238]                      0.018566
> 238                     True              0.101607               [270]                      0.018566
> 183                    False              0.178850                  []                      0.034144
>
>
> ---------------------- non_iid issues ----------------------
>
> About this issue:
> 	Whether the dataset exhibits statistically significant
>     violations of the IID assumption like:
>     changepoints or shift, drift, autocorrelation, etc.
>     The specific violation considered is whether the
>     examples are ordered such that almost adjacent examples
>     tend to have more similar feature values.
>     
>
> Number of examples with this issue: 1
> Overall dataset quality in terms of this issue: 0.0000
>
> Examples representing most severe instances of this issue:
>      is_non_iid_issue  non_iid_score
> 39               True       0.639095
> 151             False       0.649009
> 242             False       0.649877
> 5               False       0.650890
> 44              False       0.652147
>
> Additional Information: 
> p-value: 0.0
