# mlfilter: a header and no rows: no data rows, exit 1
$ mlfilter data/header-only.tsv
! mlfilter: data/header-only.tsv: no data rows
? 1
