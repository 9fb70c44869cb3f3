# mloutlier: an empty line after the last row is a ragged row, not the end
$ mloutlier data/feat-blank-line.tsv
! mloutlier: data/feat-blank-line.tsv:15: row has 1 field, the header has 3
? 1
