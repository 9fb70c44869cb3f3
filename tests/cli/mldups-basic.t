# mldups: rows 7 and 8 are near duplicates of each other
$ mldups --verbose ../data/feat-blobs.tsv | cut -f 1,4-
> id	near_duplicate_score	is_near_duplicate_issue	near_duplicate_set
> 0	0.7379102107377733	0	
> 1	0.50693130860476	0	
> 2	0.5686223708523697	0	
> 3	0.4813531986054669	0	
> 4	0.7310054954032198	0	
> 5	0.7379102107377733	0	
> 6	0.6321205588285577	0	
> 7	0.013044812471397105	1	8
> 8	0.013044812471397105	1	7
> 9	0.4813531986054669	0	
> 10	0.6321205588285577	0	
> 11	0.6530679382696427	0	
> 12	0.9999964596117044	0	
! mldups: info: median_distance_to_nearest_neighbor=0.7615773105863911 threshold=0.13 average_near_duplicate_score=0.5529600872329298 num_issues=2 k=10
? 0
