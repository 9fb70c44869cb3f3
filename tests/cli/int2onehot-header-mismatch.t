# every file's header must be the same
$ printf 'id\tlabels\n' > $TMPDIR/h; int2onehot -c cat,dog,owl ../data/small.tsv $TMPDIR/h 2>&1 > /dev/null | sed 's#^.*/h:#h:#'
> h:1: header differs from the first file's: 2 columns, expected 5
