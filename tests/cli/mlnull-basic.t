# mlnull: fraction of present features; rows entirely missing are issues
$ mlnull --verbose ../data/feat-nulls.tsv
> id	f_a	f_b	f_c	null_score	is_null_issue
> 0	1		3	0.6666666666666666	0
> 1	nan	nan	nan	0.0	1
> 2	1	2	3	1.0	0
> 3		2		0.3333333333333333	0
> 4	4	5	nan	0.6666666666666666	0
! mlnull: info: average_null_score=0.5333333333333333 num_issues=1 most_common_issue.pattern=010 most_common_issue.count=1 column_impact=0.4,0.4,0.6
? 0
