# plain mlreport on the stream's kNN graph alone (no features): outlier, near_duplicate, non_iid are computed on it, null cannot run; the scores are cleanlab's for features_quickstart (expected_summary_full.tsv)
$ mlknn ../conformance/features_quickstart/input.tsv | cut -f1-5,8,9 | mlreport --format json | awk '/"issue_summary"/,/^  \],/'
>   "issue_summary": [
>     {
>       "issue_type": "label",
>       "score": 0.7842385714285715,
>       "num_issues": 30
>     },
>     {
>       "issue_type": "outlier",
>       "score": 0.3567834835222685,
>       "num_issues": 13
>     },
>     {
>       "issue_type": "near_duplicate",
>       "score": 0.6192845754893932,
>       "num_issues": 4
>     },
>     {
>       "issue_type": "non_iid",
>       "score": 0.0,
>       "num_issues": 1
>     }
>   ],
? 0
