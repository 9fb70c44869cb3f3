# a UTF-8 byte order mark is refused
$ printf '\357\273\277id\tlabels\n1\t0\n' | int2onehot -k 2
! int2onehot: <stdin>:1: starts with a UTF-8 byte order mark; remove it, e.g. sed '1s/^\xEF\xBB\xBF//'
? 1
