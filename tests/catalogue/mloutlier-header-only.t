# mloutlier: a header and no rows: no data rows, exit 1
$ mloutlier data/feat-header-only.tsv
! mloutlier: data/feat-header-only.tsv: no data rows
? 1
