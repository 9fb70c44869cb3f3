# mlscore: a header and no rows: no data rows, exit 1
$ mlscore data/header-only.tsv
! mlscore: data/header-only.tsv: no data rows
? 1
