# an unknown --format is a usage error (exit 2) before any input is read
$ mlreport --format xml /nonexistent
! mlreport: --format: text or json, not 'xml'
! usage: mlreport [-m METHOD] [-a AGGREGATOR] [--adjust] [-f FILTER]
!                 [--frac-noise F] [--min-examples-per-class N]
!                 [--num-to-remove-per-class N,...] [--format text|json] [--top N]
!                 [--html FILE] [--fail-under SCORE] [--class-fail-under SCORE]
!                 [--features | --no-features] [--feature-prefix P] [--id COL]
!                 [-l COL] [-d DELIM] [-o FILE] [FILE ...]
? 2
