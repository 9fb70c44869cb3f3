# mlnull: an infinite value is present (numpy's isnan), NaN and empty are missing
$ printf 'f_a\tf_b\n1\tinf\nnan\t-inf\n\t\n' | mlnull
> f_a	f_b	null_score	is_null_issue
> 1	inf	1.0	0
> nan	-inf	0.5	0
> 		0.0	1
? 0
