# a missing feature value: the kNN checks fail as in Datalab, only the null section remains; the report names the checks that did not run, the message is printed once, exit 1 (-q does not hide it)
$ printf 'labels\tf_0\tf_1\n0\t1\tnan\n1\tnan\t\n0\t0.5\t0.25\n' >"$TMPDIR/nan.tsv"
$ mlreport -q --features <"$TMPDIR/nan.tsv"
> Dataset Information: num_examples: 3, num_classes: 2
>
> Here is a summary of various issues found in your data:
>
> issue_type  num_issues
>       null           1
>
> Learn about each issue: mlreport(1), ISSUE TYPES
> See which examples in your dataset exhibit each issue via: `mlfilter --annotate`, `mlnull`, `mloutlier`, `mldups`, `mlnoniid`
>
> Data indices corresponding to top examples of each issue are shown below.
>
>
> ----------------------- null issues ------------------------
>
> About this issue:
> 	Examples identified with the null issue correspond to rows that have null/missing values across all feature columns (i.e. the entire row is missing values).
>         
>
> Number of examples with this issue: 1
> Overall dataset quality in terms of this issue: 0.5000
>
> Examples representing most severe instances of this issue:
>    is_null_issue  null_score
> 1           True         0.0
> 0          False         0.5
> 2          False         1.0
>
> Found 1 examples with null values in all features. These examples should be removed from the dataset before running other issue managers.
>
> Found 1 examples with null values in some features. Please address these issues before running other issue managers.
>
> Checks that did not run (the audit is incomplete):
>     outlier, near_duplicate, non_iid: <stdin>:2: column 'f_1': missing feature value (the kNN graph needs every feature): 'nan'
! mlreport: checks not run: outlier, near_duplicate, non_iid: <stdin>:2: column 'f_1': missing feature value (the kNN graph needs every feature): 'nan'
? 1
