# --format json: the whole document's shape (keys, row orders, ids as row numbers without an id column, shortest round-trip reals; gates and run last)
$ printf 'name\tlabels\tp_cat\tp_dog\nr0\tcat\t0.9\t0.1\nr1\tcat\t0.8\t0.2\nr2\tcat\t0.95\t0.3\nr3\tdog\t0.1\t0.9\nr4\tdog\t0.2\t0.85\nr5\tdog\t0.05\t0.7\nr6\tcat,dog\t0.9\t0.8\nr7\tcat,dog\t0.7\t0.9\nr8\tcat\t0.1\t0.9\nr9\tdog\t0.9\t0.2\nr10\t\t0.1\t0.1\nr11\tcat,dog\t0.2\t0.8\n' >"$TMPDIR/tiny.tsv"
$ cd "$TMPDIR" && mlreport --format json tiny.tsv
> {
>   "num_examples": 12,
>   "num_classes": 2,
>   "class_names": ["cat", "dog"],
>   "issue_summary": [
>     {
>       "issue_type": "label",
>       "score": 0.6591666666666668,
>       "num_issues": 3
>     }
>   ],
>   "overall_multilabel_health_score": 0.75,
>   "classes_by_multilabel_quality": [
>     {
>       "Class Name": "cat",
>       "Class Index": 0,
>       "Label Issues": 2,
>       "Inverse Label Issues": 1,
>       "Label Noise": 0.16666666666666666,
>       "Inverse Label Noise": 0.08333333333333333,
>       "Label Quality Score": 0.8333333333333334
>     },
>     {
>       "Class Name": "dog",
>       "Class Index": 1,
>       "Label Issues": 1,
>       "Inverse Label Issues": 1,
>       "Label Noise": 0.08333333333333333,
>       "Inverse Label Noise": 0.08333333333333333,
>       "Label Quality Score": 0.9166666666666666
>     }
>   ],
>   "common_multilabel_issues": [
>     {
>       "Class Name": "cat",
>       "Class Index": 0,
>       "In Given Label": true,
>       "In Suggested Label": false,
>       "Num Examples": 2,
>       "Issue Probability": 0.16666666666666666
>     },
>     {
>       "Class Name": "cat",
>       "Class Index": 0,
>       "In Given Label": false,
>       "In Suggested Label": true,
>       "Num Examples": 1,
>       "Issue Probability": 0.08333333333333333
>     },
>     {
>       "Class Name": "dog",
>       "Class Index": 1,
>       "In Given Label": true,
>       "In Suggested Label": false,
>       "Num Examples": 1,
>       "Issue Probability": 0.08333333333333333
>     },
>     {
>       "Class Name": "dog",
>       "Class Index": 1,
>       "In Given Label": false,
>       "In Suggested Label": true,
>       "Num Examples": 1,
>       "Issue Probability": 0.08333333333333333
>     }
>   ],
>   "label_issues": [
>     {
>       "id": 8,
>       "given_label": ["cat"],
>       "predicted_label": ["dog"],
>       "issue_classes": ["-cat", "+dog"],
>       "label_score": 0.09999999999999998
>     },
>     {
>       "id": 9,
>       "given_label": ["dog"],
>       "predicted_label": ["cat"],
>       "issue_classes": ["+cat", "-dog"],
>       "label_score": 0.11999999999999998
>     },
>     {
>       "id": 11,
>       "given_label": ["cat", "dog"],
>       "predicted_label": ["dog"],
>       "issue_classes": ["-cat"],
>       "label_score": 0.32
>     }
>   ],
>   "gates": [],
>   "run": {
>     "tool": "mlreport",
>     "version": "0.1.0",
>     "inputs": ["tiny.tsv"],
>     "options": ["--format", "json"]
>   }
> }
