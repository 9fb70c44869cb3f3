# mldups: exact duplicate groups of 11 and 13 rows score 0
$ mldups ../data/feat-groups.tsv | cut -f 1,4,5 | sed -n '1,5p;33,41p'
> id	near_duplicate_score	is_near_duplicate_issue
> 0	0.0	1
> 1	0.0	1
> 2	1.0	0
> 3	0.0	1
> 31	0.0	1
> 32	1.0	0
> 33	1.0	0
> 34	0.0	1
> 35	1.0	0
> 36	1.0	0
> 37	0.0	1
> 38	1.0	0
> 39	1.0	0
? 0
