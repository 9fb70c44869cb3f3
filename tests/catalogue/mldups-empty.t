# mldups: an empty file (not even a header) is an error
$ mldups data/empty.tsv
! mldups: data/empty.tsv: empty input: no header line
? 1
