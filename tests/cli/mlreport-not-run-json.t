# a check that did not run: JSON names each with its reason (checks_not_run), exit 1, the reason once on stderr
$ printf 'labels\tf_0\tf_1\n0\t1\tnan\n1\tnan\t\n0\t0.5\t0.25\n' | mlreport --features --format json >$TMPDIR/r.json; s=$?
$ grep -A 9 '"checks_not_run"' $TMPDIR/r.json; exit $s
>   "checks_not_run": [
>     {
>       "issue_type": "outlier",
>       "reason": "<stdin>:2: column 'f_1': missing feature value (the kNN graph needs every feature): 'nan'"
>     },
>     {
>       "issue_type": "near_duplicate",
>       "reason": "<stdin>:2: column 'f_1': missing feature value (the kNN graph needs every feature): 'nan'"
>     },
>     {
! mlreport: checks not run: outlier, near_duplicate, non_iid: <stdin>:2: column 'f_1': missing feature value (the kNN graph needs every feature): 'nan'
? 1
