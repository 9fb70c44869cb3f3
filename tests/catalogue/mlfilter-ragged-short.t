# mlfilter: a row with a field less than the header
$ mlfilter data/ragged-short.tsv
! mlfilter: data/ragged-short.tsv:3: row has 4 fields, the header has 5
? 1
