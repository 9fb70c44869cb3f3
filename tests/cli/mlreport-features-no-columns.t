# --features needs feature columns
$ mlreport --features ../../examples/quickstart.tsv
! mlreport: ../../examples/quickstart.tsv:1: no feature columns (f_<name>)
? 1
