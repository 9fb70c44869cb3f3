# mlscore: a class name that is not UTF-8 is refused
$ mlscore data/utf8-class.tsv
! mlscore: data/utf8-class.tsv:1: class name is not valid UTF-8: 'bÿ'
? 1
