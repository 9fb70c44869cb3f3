# mlknn: a header and no rows: no data rows, exit 1
$ mlknn data/feat-header-only.tsv
! mlknn: data/feat-header-only.tsv: no data rows
? 1
