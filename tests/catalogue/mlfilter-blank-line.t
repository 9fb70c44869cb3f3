# mlfilter: an empty line after the last row is a ragged row, not the end
$ mlfilter data/blank-line.tsv
! mlfilter: data/blank-line.tsv:10: row has 1 field, the header has 5
? 1
