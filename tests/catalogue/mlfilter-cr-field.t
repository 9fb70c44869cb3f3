# mlfilter: a carriage return inside a field (not a line end) is refused
$ mlfilter data/cr-field.tsv
! mlfilter: data/cr-field.tsv:3: carriage return inside a field
? 1
