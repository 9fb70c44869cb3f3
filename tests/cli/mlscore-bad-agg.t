# an -a value out of range is a usage error
$ mlscore -a ema:2 ../data/tiny.tsv
! mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:2'
! Try 'mlscore --help' for more information.
? 2
