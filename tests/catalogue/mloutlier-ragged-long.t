# mloutlier: a row with a field more than the header
$ mloutlier data/feat-ragged-long.tsv
! mloutlier: data/feat-ragged-long.tsv:3: row has 4 fields, the header has 3
? 1
