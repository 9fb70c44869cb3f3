# mlfilter: a CSV export with an unnamed first column (pandas' index): the empty name passes through
$ mlfilter -d , data/pandas-index.csv >$TMPDIR/got; s=$?
$ sed '1s/^/idx/' data/pandas-index.csv | mlfilter -d , | sed '1s/^idx//' | cmp -s - $TMPDIR/got && echo same || echo differs; exit $s
> same
