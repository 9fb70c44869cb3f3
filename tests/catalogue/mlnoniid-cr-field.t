# mlnoniid: a carriage return inside a field (not a line end) is refused
$ mlnoniid data/feat-cr-field.tsv
! mlnoniid: data/feat-cr-field.tsv:3: carriage return inside a field
? 1
