# mldups: a carriage return inside a field (not a line end) is refused
$ mldups data/feat-cr-field.tsv
! mldups: data/feat-cr-field.tsv:3: carriage return inside a field
? 1
