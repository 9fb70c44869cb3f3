# the text report of cleanlab's tutorial data: Datalab's layout, 30 issues, tutorial's ranking, class tables
$ mlreport ../conformance/quickstart/input.tsv
> Dataset Information: num_examples: 280, num_classes: 3
>
> Here is a summary of various issues found in your data:
>
> issue_type    score  num_issues
>      label 0.784239          30
>
> (Note: A lower score indicates a more severe issue across all examples in the dataset.)
>
> Learn about each issue: mlreport(1)
> See which examples in your dataset exhibit each issue via: `mlfilter --annotate`
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
>      label_score   given_label predicted_label    issue_classes
> 275       0.0012      [c0, c1]            [c2]  [-c0, -c1, +c2]
> 267       0.0144      [c0, c1]            [c2]  [-c0, -c1, +c2]
> 225       0.0228      [c0, c1]            [c2]  [-c0, -c1, +c2]
> 72        0.0396  [c0, c1, c2]            [c0]       [-c1, -c2]
> 171       0.0400          [c0]            [c1]       [-c0, +c1]
> 234       0.0416  [c0, c1, c2]            [c2]       [-c0, -c1]
> 165       0.0424      [c1, c2]        [c0, c2]       [+c0, -c1]
> 44        0.0424      [c1, c2]        [c0, c2]       [+c0, -c1]
> 6         0.0444      [c0, c1]        [c0, c2]       [-c1, +c2]
> 29        0.0624      [c1, c2]            [c0]  [+c0, -c1, -c2]
>
>
> ---------------- multilabel health summary -----------------
>
> Overall multilabel health score: 0.8929
>
> Overall Class Quality and Noise across your dataset (below)
> ------------------------------------------------------------ 
>
>   Class Name  Class Index  Label Issues  Inverse Label Issues  Label Noise  Inverse Label Noise  Label Quality Score
> 0         c1            1            15                     4     0.053571             0.014286             0.946429
> 1         c0            0            14                     6     0.050000             0.021429             0.950000
> 2         c2            2             4                     5     0.014286             0.017857             0.985714
>
> Common multilabel issues are
> -----------------------------------------------------------------------------------
>
>   Class Name  Class Index  In Given Label  In Suggested Label  Num Examples  Issue Probability
> 0         c1            1            True               False            15           0.053571
> 1         c0            0            True               False            14           0.050000
> 2         c0            0           False                True             6           0.021429
> 3         c2            2           False                True             5           0.017857
> 4         c1            1           False                True             4           0.014286
> 5         c2            2            True               False             4           0.014286
>
> Audit complete. 30 issues found in the dataset.
