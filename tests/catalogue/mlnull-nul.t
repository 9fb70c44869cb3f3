# mlnull: a NUL byte (binary data) is an error at its line
$ mlnull data/feat-nul.tsv
> id	f_x	f_y	null_score	is_null_issue
> 0	0.0	0.0	1.0	0
! mlnull: data/feat-nul.tsv:3: NUL byte in the input (binary data?)
? 1
