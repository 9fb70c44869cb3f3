# -m confidence_weighted_entropy --adjust is refused, as cleanlab does
$ mlreport -m confidence_weighted_entropy --adjust ../conformance/quickstart/input.tsv
! mlreport: --adjust does not go with -m confidence_weighted_entropy (cleanlab: adjust_pred_probs is not currently supported for ClassLabelScorer.CONFIDENCE_WEIGHTED_ENTROPY.)
! Try 'mlreport --help' for more information.
? 2
