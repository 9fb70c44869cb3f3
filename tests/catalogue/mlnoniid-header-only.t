# mlnoniid: a header and no rows: no data rows, exit 1
$ mlnoniid data/feat-header-only.tsv
! mlnoniid: data/feat-header-only.tsv: no data rows
? 1
