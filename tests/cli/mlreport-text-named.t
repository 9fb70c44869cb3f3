# text report with class names (named_classes), --top 5: names in lists and tables, pandas alignment
$ mlreport --top 5 ../conformance/named_classes/input.tsv
> Dataset Information: num_examples: 400, num_classes: 5
>
> Here is a summary of various issues found in your data:
>
> issue_type    score  num_issues
>      label 0.706034          35
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
> Number of examples with this issue: 35
> Overall dataset quality in terms of this issue: 0.7060
>
> Examples representing most severe instances of this issue:
>      label_score                         given_label               predicted_label issue_classes
> 248     0.145701  [advertisement, copyrighted, nsfw]  [advertisement, copyrighted]       [-nsfw]
> 214     0.146943                 [copyrighted, face]                 [copyrighted]       [-face]
> 26      0.155642           [copyrighted, face, nsfw]           [copyrighted, face]       [-nsfw]
> 105     0.176770           [advertisement, violence]               [advertisement]   [-violence]
> 250     0.178019                    [nsfw, violence]                    [violence]       [-nsfw]
>
>
> ---------------- multilabel health summary -----------------
>
> Overall multilabel health score: 0.9125
>
> Overall Class Quality and Noise across your dataset (below)
> ------------------------------------------------------------ 
>
>       Class Name  Class Index  Label Issues  Inverse Label Issues  Label Noise  Inverse Label Noise  Label Quality Score
> 0       violence            4             7                     4       0.0175               0.0100               0.9825
> 1  advertisement            0             6                     0       0.0150               0.0000               0.9850
> 2           nsfw            3             6                     3       0.0150               0.0075               0.9850
> 3           face            2             4                     2       0.0100               0.0050               0.9900
> 4    copyrighted            1             3                     0       0.0075               0.0000               0.9925
>
> Common multilabel issues are
> -----------------------------------------------------------------------------------
>
>       Class Name  Class Index  In Given Label  In Suggested Label  Num Examples  Issue Probability
> 0       violence            4            True               False             7             0.0175
> 1  advertisement            0            True               False             6             0.0150
> 2           nsfw            3            True               False             6             0.0150
> 3           face            2            True               False             4             0.0100
> 4       violence            4           False                True             4             0.0100
> 5    copyrighted            1            True               False             3             0.0075
> 6           nsfw            3           False                True             3             0.0075
> 7           face            2           False                True             2             0.0050
> 8  advertisement            0           False                True             0             0.0000
> 9    copyrighted            1           False                True             0             0.0000
>
> Audit complete. 35 issues found in the dataset.
