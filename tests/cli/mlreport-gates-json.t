# the JSON records each gate (overall first, then classes worst first: threshold, measured value, passed) and the run (tool, version, inputs, options as given); a tripped gate still writes the JSON to stdout
$ cp ../conformance/quickstart/input.tsv "$TMPDIR/q.tsv" && cd "$TMPDIR"
$ mlreport --fail-under 0.9 --class-fail-under c2=0.99 --class-fail-under 0.9 --format json q.tsv >r.json
$ echo "exit $?"
$ awk '/^  "gates"/,0' r.json
> exit 3
>   "gates": [
>     {
>       "gate": "overall_multilabel_health_score",
>       "class": null,
>       "threshold": 0.9,
>       "value": 0.8928571428571429,
>       "passed": false
>     },
>     {
>       "gate": "label_quality_score",
>       "class": "c1",
>       "threshold": 0.9,
>       "value": 0.9464285714285714,
>       "passed": true
>     },
>     {
>       "gate": "label_quality_score",
>       "class": "c0",
>       "threshold": 0.9,
>       "value": 0.95,
>       "passed": true
>     },
>     {
>       "gate": "label_quality_score",
>       "class": "c2",
>       "threshold": 0.99,
>       "value": 0.9857142857142858,
>       "passed": false
>     }
>   ],
>   "run": {
>     "tool": "mlreport",
>     "version": "0.1.0",
>     "inputs": ["q.tsv"],
>     "options": ["--fail-under", "0.9", "--class-fail-under", "c2=0.99", "--class-fail-under", "0.9", "--format", "json"]
>   }
> }
! mlreport: quality gate: overall multilabel health score 0.892857 is below 0.9
! mlreport: quality gate: class 'c2' label quality score 0.985714 is below 0.99
