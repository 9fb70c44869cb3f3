# mldups: a header and no rows: no data rows, exit 1
$ mldups data/feat-header-only.tsv
! mldups: data/feat-header-only.tsv: no data rows
? 1
