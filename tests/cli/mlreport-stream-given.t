# plain mlreport takes the feature checks' columns in the stream as given: summary rows sorted by num_issues (ties in Datalab's execution order) with the mean score, sections indexed by id, null's extras; non_iid's p-value needs the kNN graph (NaN and a warning without one); no distance_to_nearest_neighbor without the graph; the total counts every check
$ mlreport --top 2 ../data/given.tsv
> Dataset Information: num_examples: 4, num_classes: 2
>
> Here is a summary of various issues found in your data:
>
>     issue_type  score  num_issues
>          label 0.4000           2
>        outlier 0.6250           2
> near_duplicate 0.4375           2
>           null 0.6250           1
>        non_iid    NaN           1
>
> (Note: A lower score indicates a more severe issue across all examples in the dataset.)
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
> Number of examples with this issue: 2
> Overall dataset quality in terms of this issue: 0.4000
>
> Examples representing most severe instances of this issue:
>    label_score given_label predicted_label issue_classes
> w         0.15          []             [b]          [+b]
> z         0.20      [a, b]             [a]          [-b]
>
>
> ---------------------- outlier issues ----------------------
>
> About this issue:
> 	Examples that are very different from the rest of the dataset
>     (i.e. potentially out-of-distribution or rare/anomalous instances).
>     
>
> Number of examples with this issue: 2
> Overall dataset quality in terms of this issue: 0.6250
>
> Examples representing most severe instances of this issue:
>    is_outlier_issue  outlier_score
> z              True           0.25
> x              True           0.50
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
> Overall dataset quality in terms of this issue: 0.4375
>
> Examples representing most severe instances of this issue:
>    is_near_duplicate_issue  near_duplicate_score near_duplicate_sets
> x                     True                  0.25                 [3]
> w                     True                  0.25                 [0]
>
>
> ----------------------- null issues ------------------------
>
> About this issue:
> 	Examples identified with the null issue correspond to rows that have null/missing values across all feature columns (i.e. the entire row is missing values).
>         
>
> Number of examples with this issue: 1
> Overall dataset quality in terms of this issue: 0.6250
>
> Examples representing most severe instances of this issue:
>    is_null_issue  null_score
> w           True         0.0
> y          False         0.5
>
> Found 1 examples with null values in all features. These examples should be removed from the dataset before running other issue managers.
>
> Found 1 examples with null values in some features. Please address these issues before running other issue managers.
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
> Overall dataset quality in terms of this issue: nan
>
> Examples representing most severe instances of this issue:
>    is_non_iid_issue  non_iid_score
> w              True           0.25
> y             False           0.50
>
> Additional Information: 
> p-value: nan
>
>
> ---------------- multilabel health summary -----------------
>
> Overall multilabel health score: 0.5000
>
> Overall Class Quality and Noise across your dataset (below)
> ------------------------------------------------------------ 
>
>   Class Name  Class Index  Label Issues  Inverse Label Issues  Label Noise  Inverse Label Noise  Label Quality Score
> 0          b            1             1                     1         0.25                 0.25                 0.75
> 1          a            0             0                     0         0.00                 0.00                 1.00
>
> Common multilabel issues are
> -----------------------------------------------------------------------------------
>
>   Class Name  Class Index  In Given Label  In Suggested Label  Num Examples  Issue Probability
> 0          b            1            True               False             1               0.25
> 1          b            1           False                True             1               0.25
> 2          a            0            True               False             0               0.00
> 3          a            0           False                True             0               0.00
>
> Audit complete. 8 issues found in the dataset.
! mlreport: non_iid: the p-value (the check's score) needs the kNN graph: the stream has neither the features (f_<name>) nor the kNN graph (knn, knn_dist)
