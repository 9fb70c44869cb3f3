# mlnull: a carriage return inside a field (not a line end) is refused
$ mlnull data/feat-cr-field.tsv
> id	f_x	f_y	null_score	is_null_issue
> 0	0.0	0.0	1.0	0
! mlnull: data/feat-cr-field.tsv:3: carriage return inside a field
? 1
