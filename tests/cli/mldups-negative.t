# mldups: a negative --threshold is taken as 0, with a warning (as cleanlab)
$ mldups --threshold -1 ../data/feat-blobs.tsv | cut -f 6 | sort -u
>
> near_duplicate_set
! mldups: warning: --threshold -1 is negative; using 0
? 0
