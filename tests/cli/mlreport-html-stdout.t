# --html - with the report on stdout too is a usage error (exit 2) before any input is read: text and HTML would follow each other on stdout
$ mlreport --html - /nonexistent
! mlreport: --html -: the report goes to standard output already; write it with -o FILE, or the page with --html FILE
! usage: mlreport [-m METHOD] [-a AGGREGATOR] [--adjust] [-f FILTER]
!                 [--frac-noise F] [--min-examples-per-class N]
!                 [--num-to-remove-per-class N,...] [--format text|json] [--top N]
!                 [--html FILE] [--fail-under SCORE] [--class-fail-under SCORE]
!                 [--features | --no-features] [--feature-prefix P] [--id COL]
!                 [-l COL] [-d DELIM] [-o FILE] [FILE ...]
? 2
