# mlreport: invalid UTF-8 in the id column is shown untouched in the report
$ mlreport data/utf8-passthrough.tsv >$TMPDIR/got; s=$?
$ grep '^r7' $TMPDIR/got | od -An -c | tr -s ' '; exit $s
>  r 7 303 ( 0 . 1 5
>  6 [ a ] 
>  [ b ] 
>  [ - a ] \n
