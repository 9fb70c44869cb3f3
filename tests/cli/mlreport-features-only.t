# --features without p_ columns: no label check; sections by num_issues, example tables indexed by the id column, mlaudit's pointers in place of cleanlab's
$ printf 'id\tlabels\tf_a\tf_b\nr0\t0\t0.0\t0.5\nr1\t1\t1.1\t1.5\nr2\t2\t4.2\t2.5\nr3\t0\t2.3\t3.5\nr4\t1\t2.4\t0.5\nr5\t2\t4.5\t1.5\nr6\t0\t1.6\t2.5\nr7\t1\t0.7\t3.5\nr8\t2\t1.8\t0.5\nr9\t0\t4.9\t1.5\nr10\t1\t2.10\t2.5\nr11\t2\t2.11\t3.5\nr12\t0\t4.12\t0.5\nr13\t1\t1.13\t1.5\nr14\t1\t40\t40\nr15\t0,2\t1.1\t2.5\n' >"$TMPDIR/feat.tsv"
$ mlreport --features "$TMPDIR/feat.tsv"
> Dataset Information: num_examples: 16, num_classes: 3
>
> Here is a summary of various issues found in your data:
>
>     issue_type  num_issues
> near_duplicate           2
>        outlier           1
>
> Learn about each issue: mlreport(1), ISSUE TYPES
> See which examples in your dataset exhibit each issue via: `mlfilter --annotate`, `mlnull`, `mloutlier`, `mldups`, `mlnoniid`
>
> Data indices corresponding to top examples of each issue are shown below.
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
> Number of examples with this issue: 2
> Overall dataset quality in terms of this issue: 0.6085
>
> Examples representing most severe instances of this issue:
>      is_near_duplicate_issue  near_duplicate_score near_duplicate_sets  distance_to_nearest_neighbor
> r1                      True              0.058235                [13]                          0.03
> r13                     True              0.058235                 [1]                          0.03
> r3                     False              0.316139                  []                          0.19
> r11                    False              0.316139                  []                          0.19
> r5                     False              0.550671                  []                          0.40
>
>
> ---------------------- outlier issues ----------------------
>
> About this issue:
> 	Examples that are very different from the rest of the dataset
>     (i.e. potentially out-of-distribution or rare/anomalous instances).
>     
>
> Number of examples with this issue: 1
> Overall dataset quality in terms of this issue: 0.3562
>
> Examples representing most severe instances of this issue:
>      is_outlier_issue  outlier_score
> r14              True   1.354419e-12
> r9              False   2.647892e-01
> r0              False   2.685797e-01
> r12             False   2.855282e-01
> r5              False   3.074995e-01
