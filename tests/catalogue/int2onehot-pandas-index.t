# int2onehot: a CSV export with an unnamed first column (pandas' index): the empty name passes through
$ int2onehot -d , data/pandas-index.csv >$TMPDIR/got; s=$?
$ sed '1s/^/idx/' data/pandas-index.csv | int2onehot -d , | sed '1s/^idx//' | cmp -s - $TMPDIR/got && echo same || echo differs; exit $s
> same
