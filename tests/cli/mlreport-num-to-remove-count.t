# --num-to-remove-per-class needs one count per class (checked once the header is read): exit 2
$ mlreport --num-to-remove-per-class 1,2 ../conformance/quickstart/input.tsv
! mlreport: --num-to-remove-per-class needs 3 non-negative integers (one per class)
! Try 'mlreport --help' for more information.
? 2
