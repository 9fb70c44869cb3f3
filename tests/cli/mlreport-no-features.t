# --no-features: the label audit alone, byte for byte the report of the same stream without its features, kNN graph and check columns; not with --features
$ mlreport --no-features data/given.tsv >"$TMPDIR/a"; cut -f1-4 data/given.tsv | mlreport >"$TMPDIR/b"; cmp "$TMPDIR/a" "$TMPDIR/b" && echo same; mlreport --features --no-features data/given.tsv
> same
! mlreport: --features and --no-features exclude each other
! usage: mlreport [-m METHOD] [-a AGGREGATOR] [--adjust] [-f FILTER]
!                 [--frac-noise F] [--min-examples-per-class N]
!                 [--num-to-remove-per-class N,...] [--format text|json] [--top N]
!                 [--html FILE] [--fail-under SCORE] [--class-fail-under SCORE]
!                 [--features | --no-features] [--feature-prefix P] [--id COL]
!                 [-l COL] [-d DELIM] [-o FILE] [FILE ...]
? 2
