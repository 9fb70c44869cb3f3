# --adjust with confidence_weighted_entropy is refused, as in cleanlab
$ mlscore --adjust -m confidence_weighted_entropy ../data/tiny.tsv 2>&1 | head -1
> mlscore: --adjust does not go with -m confidence_weighted_entropy (cleanlab: adjust_pred_probs is not currently supported for ClassLabelScorer.CONFIDENCE_WEIGHTED_ENTROPY.)
