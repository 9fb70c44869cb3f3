# mldups: a row with a field more than the header
$ mldups data/feat-ragged-long.tsv
! mldups: data/feat-ragged-long.tsv:3: row has 4 fields, the header has 3
? 1
