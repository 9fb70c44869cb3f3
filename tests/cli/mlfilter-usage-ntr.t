# --num-to-remove-per-class needs one value per class (exit 2)
$ mlfilter --num-to-remove-per-class 1,2 ../conformance/quickstart/input.tsv
! mlfilter: --num-to-remove-per-class needs 3 non-negative integers (one per class)
! Try 'mlfilter --help' for more information.
? 2
