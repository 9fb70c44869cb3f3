# mlknn: -d , reads and writes CSV, quoting the list fields
$ printf 'f_x\n0\n1\n3\n' | mlknn -d , -k 2
> f_x,knn,knn_dist
> 0,"1,2","1.0,3.0"
> 1,"0,2","1.0,2.0"
> 3,"1,0","2.0,3.0"
? 0
