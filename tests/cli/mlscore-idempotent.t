# an existing label_score is replaced in place: running twice changes nothing
$ mlscore ../data/tiny.tsv > $TMPDIR/once; mlscore $TMPDIR/once | cmp - $TMPDIR/once && echo same
> same
