# plain mlreport --format json with the feature checks' columns: one issue_summary row per check in execution order (a p-value the stream cannot give is null), each check's flagged rows by id, most severe first
$ mlreport --format json ../data/given.tsv 2>/dev/null | awk '/^  "(issue_summary|null_issues|outlier_issues|near_duplicate_issues|non_iid_issues)"/ { on = 1 } on { print } /^  \]/ { on = 0 }'
>   "issue_summary": [
>     {
>       "issue_type": "null",
>       "score": 0.625,
>       "num_issues": 1
>     },
>     {
>       "issue_type": "label",
>       "score": 0.39999999999999997,
>       "num_issues": 2
>     },
>     {
>       "issue_type": "outlier",
>       "score": 0.625,
>       "num_issues": 2
>     },
>     {
>       "issue_type": "near_duplicate",
>       "score": 0.4375,
>       "num_issues": 2
>     },
>     {
>       "issue_type": "non_iid",
>       "score": null,
>       "num_issues": 1
>     }
>   ],
>   "null_issues": [
>     {
>       "id": "w",
>       "null_score": 0.0
>     }
>   ],
>   "outlier_issues": [
>     {
>       "id": "z",
>       "outlier_score": 0.25
>     },
>     {
>       "id": "x",
>       "outlier_score": 0.5
>     }
>   ],
>   "near_duplicate_issues": [
>     {
>       "id": "x",
>       "near_duplicate_score": 0.25,
>       "near_duplicate_sets": [3]
>     },
>     {
>       "id": "w",
>       "near_duplicate_score": 0.25,
>       "near_duplicate_sets": [0]
>     }
>   ],
>   "non_iid_issues": [
>     {
>       "id": "w",
>       "non_iid_score": 0.25
>     }
>   ],
