# mloutlier: a carriage return inside a field (not a line end) is refused
$ mloutlier data/feat-cr-field.tsv
! mloutlier: data/feat-cr-field.tsv:3: carriage return inside a field
? 1
