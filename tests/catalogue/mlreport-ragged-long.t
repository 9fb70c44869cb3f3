# mlreport: a row with a field more than the header
$ mlreport data/ragged-long.tsv
! mlreport: data/ragged-long.tsv:3: row has 6 fields, the header has 5
? 1
