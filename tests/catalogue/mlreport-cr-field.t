# mlreport: a carriage return inside a field (not a line end) is refused
$ mlreport data/cr-field.tsv
! mlreport: data/cr-field.tsv:3: carriage return inside a field
? 1
