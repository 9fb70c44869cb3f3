# mlreport: a header and no rows: no data rows, exit 1
$ mlreport data/header-only.tsv
! mlreport: data/header-only.tsv: no data rows
? 1
