# --num-to-remove-per-class needs one value per class (exit 2)
$ mlfilter --num-to-remove-per-class 1,2 conformance/quickstart/input.tsv
! mlfilter: --num-to-remove-per-class needs 3 non-negative integers (one per class)
! usage: mlfilter [-f FILTER] [--frac-noise F] [--min-examples-per-class N]
!                 [--num-to-remove-per-class N,N,...] [--rank[=METHOD]]
!                 [-v | --annotate] [--per-class] [--joint FILE]
!                 [--columns COL,...] [-l COL] [-d DELIM] [-D DELIM] [-o FILE]
!                 [FILE ...]
? 2
