# mlnull: a feature value that is neither a number nor missing
$ printf 'f_a\n1\nx\n' | mlnull
> f_a	null_score	is_null_issue
> 1	1.0	0
! mlnull: <stdin>:3: column 'f_a': feature value is not a number: 'x'
? 1
