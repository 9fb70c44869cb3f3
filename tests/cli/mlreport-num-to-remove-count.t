# --num-to-remove-per-class needs one count per class (checked once the header is read): exit 2
$ mlreport --num-to-remove-per-class 1,2 conformance/quickstart/input.tsv
! mlreport: --num-to-remove-per-class needs 3 non-negative integers (one per class)
! usage: mlreport [-m METHOD] [-a AGGREGATOR] [--adjust] [-f FILTER]
!                 [--frac-noise F] [--min-examples-per-class N]
!                 [--num-to-remove-per-class N,...] [--format text|json] [--top N]
!                 [--html FILE] [--fail-under SCORE] [--class-fail-under SCORE]
!                 [--features | --no-features] [--feature-prefix P] [--id COL]
!                 [-l COL] [-d DELIM] [-o FILE] [FILE ...]
? 2
