# an unknown -m is a usage error listing the accepted values
$ mlscore -m foo ../data/tiny.tsv
! mlscore: -m: unknown method 'foo' (use self_confidence, normalized_margin or confidence_weighted_entropy)
! Try 'mlscore --help' for more information.
? 2
