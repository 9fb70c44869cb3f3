# mldups: a row with a field less than the header
$ mldups data/feat-ragged-short.tsv
! mldups: data/feat-ragged-short.tsv:3: row has 2 fields, the header has 3
? 1
