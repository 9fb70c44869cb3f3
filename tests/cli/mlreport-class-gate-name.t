# --class-fail-under CLASS=SCORE gates one class by name (repeatable; a class's own threshold wins over the every-class one): c1 (0.946429) fails 0.95, c0 (0.95) passes 0.95, c2 (0.985714) passes its own 0.98 under an every-class 0.99
$ mlreport --class-fail-under c1=0.95 --class-fail-under c0=0.95 --class-fail-under 0.99 --class-fail-under c2=0.98 ../conformance/quickstart/input.tsv >/dev/null
! mlreport: quality gate: class 'c1' label quality score 0.946429 is below 0.95
? 3
