# mlreport: more than 2^31 bytes of input (2,200,000 rows of 1 KB) from a pipe: the same summary as data/base.tsv, 275,000 times over
$ awk -v n=2200000 'NR == 1 { h = $0; next } { row[m++] = $0 } END { pad = sprintf("%1000s", ""); gsub(/ /, "p", pad); print h "\tpad"; for (i = 0; i < n; i++) print row[i % m] "\t" pad }' data/base.tsv | { mlreport --format json; echo "exit $?" >$TMPDIR/st; } | sed -n '2,3p;/"num_issues"/p;/health_score/p'
$ cat $TMPDIR/st
>   "num_examples": 2200000,
>   "num_classes": 3,
>       "num_issues": 550000
>   "overall_multilabel_health_score": 0.75,
> exit 0
