# mlfilter: a class name that is not UTF-8 is refused
$ mlfilter data/utf8-class.tsv
! mlfilter: data/utf8-class.tsv:1: class name is not valid UTF-8: 'bÿ'
? 1
