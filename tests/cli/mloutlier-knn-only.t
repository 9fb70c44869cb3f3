# mloutlier: a graph without features is enough (no precision fix metric)
$ printf 'id\tknn\tknn_dist\n0\t1\t0.5\n1\t0\t0.5\n2\t1\t3\n' | mloutlier --verbose
> id	knn	knn_dist	outlier_score	is_outlier_issue
> 0	1	0.5	0.36787944117144233	0
> 1	0	0.5	0.36787944117144233	0
> 2	1	3	0.0024787521766663585	0
! mloutlier: info: threshold=0.37037 issue_threshold=3.8750033750033754 scaling_factor=0.5 average_ood_score=0.24607921150651701 num_issues=0 k=1 metric=None
? 0
