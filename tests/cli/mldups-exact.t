# mldups: exact duplicates score 0 and list each other
$ mldups -k 2 ../data/feat-dups.tsv | cut -f 1,4-
> id	near_duplicate_score	is_near_duplicate_issue	near_duplicate_set
> 0	0.6321205588285577	0	
> 1	0.0	1	2,5
> 2	0.0	1	1,5
> 3	0.9367930018853245	0	
> 4	0.8960501060140019	0	
> 5	0.0	1	1,2
> 6	0.7205005288166337	0	
? 0
