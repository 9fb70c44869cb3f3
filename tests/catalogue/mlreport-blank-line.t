# mlreport: an empty line after the last row is a ragged row, not the end
$ mlreport data/blank-line.tsv
! mlreport: data/blank-line.tsv:10: row has 1 field, the header has 5
? 1
