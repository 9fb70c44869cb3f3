# mlnull: a header and no rows: no data rows, exit 1
$ mlnull data/feat-header-only.tsv
> id	f_x	f_y	null_score	is_null_issue
! mlnull: data/feat-header-only.tsv: no data rows
? 1
