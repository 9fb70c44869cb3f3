# both gates: each tripped gate says why on stderr, exit 3
$ mlreport --fail-under 1 --class-fail-under 0.99 ../conformance/quickstart/input.tsv >/dev/null
! mlreport: quality gate: overall multilabel health score 0.892857 is below 1
! mlreport: quality gate: class 'c1' label quality score 0.946429 is below 0.99
! mlreport: quality gate: class 'c0' label quality score 0.95 is below 0.99
! mlreport: quality gate: class 'c2' label quality score 0.985714 is below 0.99
? 3
