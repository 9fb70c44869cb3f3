# mlknn: a row with a field less than the header
$ mlknn data/feat-ragged-short.tsv
! mlknn: data/feat-ragged-short.tsv:3: row has 2 fields, the header has 3
? 1
