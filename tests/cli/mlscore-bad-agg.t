# an -a value out of range is a usage error
$ mlscore -a ema:2 data/tiny.tsv
! mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:2'
! usage: mlscore [-m METHOD] [-a AGGREGATOR] [--adjust] [--per-class] [-l COL]
!                [-d DELIM] [-D DELIM] [--columns COL,...] [-o FILE] [FILE ...]
? 2
