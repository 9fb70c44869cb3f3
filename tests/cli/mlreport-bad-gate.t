# a --fail-under that is not a number is a usage error
$ mlreport --fail-under high ../conformance/quickstart/input.tsv
! mlreport: --fail-under: a score, not 'high'
! Try 'mlreport --help' for more information.
? 2
