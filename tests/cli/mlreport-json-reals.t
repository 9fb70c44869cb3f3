# JSON reals are Python's repr (0.1 prints as 0.1), so they read back to the same double: the health score and Label Noise equal the fixtures' text
$ mlreport --format json ../conformance/quickstart/input.tsv | grep -E '"(overall_multilabel_health_score|Label Noise|Label Quality Score)"'
$ printf 'labels\tp_a\tp_b\tlabel_score\tis_label_issue\n0\t0.9\t0.2\t0.1\t1\n1\t0.1\t0.8\t0.30000000000000004\t0\n0,1\t0.7\t0.6\t1e-05\t0\n\t0.2\t0.3\t1.0\t0\n' | mlreport --format json | grep -E '"(score|label_score|id)"'
>   "overall_multilabel_health_score": 0.8928571428571429,
>       "Label Noise": 0.05357142857142857,
>       "Label Quality Score": 0.9464285714285714
>       "Label Noise": 0.05,
>       "Label Quality Score": 0.95
>       "Label Noise": 0.014285714285714285,
>       "Label Quality Score": 0.9857142857142858
>       "score": 0.3500025,
>       "id": 0,
>       "label_score": 0.1
