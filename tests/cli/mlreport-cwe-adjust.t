# -m confidence_weighted_entropy --adjust is refused, as cleanlab does
$ mlreport -m confidence_weighted_entropy --adjust conformance/quickstart/input.tsv
! mlreport: --adjust does not go with -m confidence_weighted_entropy (cleanlab: adjust_pred_probs is not currently supported for ClassLabelScorer.CONFIDENCE_WEIGHTED_ENTROPY.)
! usage: mlreport [-m METHOD] [-a AGGREGATOR] [--adjust] [-f FILTER]
!                 [--frac-noise F] [--min-examples-per-class N]
!                 [--num-to-remove-per-class N,...] [--format text|json] [--top N]
!                 [--html FILE] [--fail-under SCORE] [--class-fail-under SCORE]
!                 [--features | --no-features] [--feature-prefix P] [--id COL]
!                 [-l COL] [-d DELIM] [-o FILE] [FILE ...]
? 2
