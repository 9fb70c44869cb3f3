# int2onehot: a UTF-8 byte order mark is refused with a hint
$ int2onehot data/bom.tsv
! int2onehot: data/bom.tsv:1: starts with a UTF-8 byte order mark; remove it, e.g. sed '1s/^\xEF\xBB\xBF//'
? 1
