# mlknn: a carriage return inside a field (not a line end) is refused
$ mlknn data/feat-cr-field.tsv
! mlknn: data/feat-cr-field.tsv:3: carriage return inside a field
? 1
