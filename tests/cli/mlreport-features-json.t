# --features --format json without p_ columns: one issue_summary row per check in execution order, each feature check's flagged rows by id, most severe first
$ printf 'id\tlabels\tf_a\tf_b\nr0\t0\t0.0\t0.5\nr1\t1\t1.1\t1.5\nr2\t2\t4.2\t2.5\nr3\t0\t2.3\t3.5\nr4\t1\t2.4\t0.5\nr5\t2\t4.5\t1.5\nr6\t0\t1.6\t2.5\nr7\t1\t0.7\t3.5\nr8\t2\t1.8\t0.5\nr9\t0\t4.9\t1.5\nr10\t1\t2.10\t2.5\nr11\t2\t2.11\t3.5\nr12\t0\t4.12\t0.5\nr13\t1\t1.13\t1.5\nr14\t1\t40\t40\nr15\t0,2\t1.1\t2.5\n' >"$TMPDIR/feat.tsv"
$ cd "$TMPDIR" && mlreport --features --format json feat.tsv
> {
>   "num_examples": 16,
>   "num_classes": 3,
>   "issue_summary": [
>     {
>       "issue_type": "null",
>       "score": 1.0,
>       "num_issues": 0
>     },
>     {
>       "issue_type": "outlier",
>       "score": 0.35618739461978155,
>       "num_issues": 1
>     },
>     {
>       "issue_type": "near_duplicate",
>       "score": 0.6084547646818139,
>       "num_issues": 2
>     },
>     {
>       "issue_type": "non_iid",
>       "score": 0.21403476944713176,
>       "num_issues": 0
>     }
>   ],
>   "null_issues": [],
>   "outlier_issues": [
>     {
>       "id": "r14",
>       "outlier_score": 1.3544189874840986e-12
>     }
>   ],
>   "near_duplicate_issues": [
>     {
>       "id": "r1",
>       "near_duplicate_score": 0.05823546641575095,
>       "near_duplicate_sets": [13],
>       "distance_to_nearest_neighbor": 0.029999999999999805
>     },
>     {
>       "id": "r13",
>       "near_duplicate_score": 0.05823546641575095,
>       "near_duplicate_sets": [1],
>       "distance_to_nearest_neighbor": 0.029999999999999805
>     }
>   ],
>   "non_iid_issues": [],
>   "gates": [],
>   "run": {
>     "tool": "mlreport",
>     "version": "0.1.0",
>     "inputs": ["feat.tsv"],
>     "options": ["--features", "--format", "json"]
>   }
> }
